// The payload of the count form: one required metric over a period, a whole number.
import type { z } from 'zod';
import { act } from '../../cards/actions.js';
import { choice, dateInput, wholeNumber } from '../../cards/fields.js';
import { METRICS } from '../../rules/model.js';

/** The form's fields, shared by logging and correcting (dialogs/entries): the same checks for both. */
export const COUNT_FIELDS = {
  metric: choice(METRICS),
  from: dateInput,
  to: dateInput,
  value: wholeNumber(0, 100_000, 'count'),
};

export function countChecks(a: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (a.to < a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period', input: a.to });
}

export const LogCountAction = act('logCount', COUNT_FIELDS).superRefine(countChecks);
export type LogCountAction = z.infer<typeof LogCountAction>;

export const SCHEMAS = {
  startLogCounts: act('startLogCounts', {}),
  logCount: LogCountAction,
};
