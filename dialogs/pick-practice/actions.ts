// The payload of the practice choice card: the practice (its id: the AGB code, with the tenant) and the command that waited for it.
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { err, optionalText, PRACTICE_ID } from '../../cards/fields.js';

export const SelectPracticeAction = act('selectPractice', {
  practiceId: z.preprocess((v) => (v === '' ? undefined : v), z.string(err('choice')).regex(PRACTICE_ID, { error: 'choice' })),
  /** A command id; the router runs it only when it is registered and needs a practice. */
  then: optionalText(40),
  args: optionalText(500),
});
export type SelectPracticeAction = z.infer<typeof SelectPracticeAction>;

export const SCHEMAS = { selectPractice: SelectPracticeAction };
