// The payloads of the corrections card (issue 13 §5): which entry (its RowKey) as it was listed (its ETag), and the
// correction forms, with the same fields and checks as logging.
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { COUNT_FIELDS, countChecks } from '../log-counts/actions.js';
import { INTERVISIE_FIELDS, intervisieChecks } from '../log-intervisie/actions.js';

// A session (`s|…`) or count (`c|…`) RowKey: never the characters Azure refuses in keys (storage/keys.ts encodes them).
const key = z
  .string()
  .max(1024)
  .regex(/^[sc]\|[^/\\#?\u0000-\u001f\u007f-\u009f]+$/);
// Sent as `entry`: the Playground's React renderer refuses a button data field named `key`.
const target = { entry: key, etag: z.string().min(1).max(200) };

export const CorrectIntervisieAction = act('correctIntervisie', { ...INTERVISIE_FIELDS, ...target }).superRefine(intervisieChecks);
export type CorrectIntervisieAction = z.infer<typeof CorrectIntervisieAction>;
export const CorrectCountAction = act('correctCount', { ...COUNT_FIELDS, ...target }).superRefine(countChecks);
export type CorrectCountAction = z.infer<typeof CorrectCountAction>;
/** Which entry a button is about, as the card listed it. */
export type EntryTarget = { cardId: string; entry: string; etag: string };

export const SCHEMAS = {
  openEntries: act('openEntries', {}),
  listEntries: act('listEntries', {}),
  editEntry: act('editEntry', target),
  removeEntry: act('removeEntry', target),
  confirmRemoveEntry: act('confirmRemoveEntry', target),
  correctIntervisie: CorrectIntervisieAction,
  correctCount: CorrectCountAction,
};
