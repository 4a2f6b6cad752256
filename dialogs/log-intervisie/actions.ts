// The payload of the intervisie form: a date, duration and attendance counts, a topic (never patient data).
import type { z } from 'zod';
import { act } from '../../cards/actions.js';
import { dateInput, freeText, optionalFreeText, wholeNumber } from '../../cards/fields.js';

/** The form's fields, shared by logging and correcting (dialogs/entries): the same checks for both. */
export const INTERVISIE_FIELDS = {
  date: dateInput,
  minutes: wholeNumber(30, 480, 'minutes'),
  gpsPresent: wholeNumber(0, 50, 'gpsPresent'),
  participants: wholeNumber(1, 100, 'participants'),
  // HOOG counts intervisie per GP (000 §6.1 "Alle huisartsen uit de praktijk nemen minimaal 2 keer per jaar deel"):
  // staff names or initials, comma-separated; the patient-data check of free text applies.
  gpsAttending: optionalFreeText(3000).transform((text, ctx) => {
    if (text === undefined) return undefined;
    const names = text
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    if (names.length > 50 || names.some((n) => n.length > 60)) ctx.addIssue({ code: 'custom', message: 'gpsAttending', input: text });
    return names.length > 0 ? names : undefined;
  }),
  topic: freeText(200),
  note: optionalFreeText(1000),
};

type IntervisieFields = z.infer<z.ZodObject<typeof INTERVISIE_FIELDS>>;

export function intervisieChecks(a: IntervisieFields, ctx: z.RefinementCtx): void {
  if (a.participants < a.gpsPresent)
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants', input: a.participants });
  if (a.gpsAttending !== undefined && a.gpsAttending.length !== a.gpsPresent)
    ctx.addIssue({ code: 'custom', path: ['gpsAttending'], message: 'gpsAttending', input: a.gpsAttending });
}

export const LogIntervisieAction = act('logIntervisie', INTERVISIE_FIELDS).superRefine(intervisieChecks);
export type LogIntervisieAction = z.infer<typeof LogIntervisieAction>;

export const SCHEMAS = {
  startLogIntervisie: act('startLogIntervisie', {}),
  logIntervisie: LogIntervisieAction,
};
