// The payload of the intervisie form: a date, duration and attendance counts, a topic (never patient data).
import type { z } from 'zod';
import { act } from '../../cards/actions.js';
import { dateInput, freeText, optionalFreeText, wholeNumber } from '../../cards/fields.js';

export const LogIntervisieAction = act('logIntervisie', {
  date: dateInput,
  minutes: wholeNumber(30, 480, 'minutes'),
  gpsPresent: wholeNumber(0, 50, 'gpsPresent'),
  participants: wholeNumber(1, 100, 'participants'),
  topic: freeText(200),
  note: optionalFreeText(1000),
}).superRefine((a, ctx) => {
  if (a.participants < a.gpsPresent)
    ctx.addIssue({ code: 'custom', path: ['participants'], message: 'participants', input: a.participants });
});
export type LogIntervisieAction = z.infer<typeof LogIntervisieAction>;

export const SCHEMAS = {
  startLogIntervisie: act('startLogIntervisie', {}),
  logIntervisie: LogIntervisieAction,
};
