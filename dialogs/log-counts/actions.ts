// The payload of the count form: one required metric over a period, a whole number.
import type { z } from 'zod';
import { act } from '../../cards/actions.js';
import { choice, dateInput, wholeNumber } from '../../cards/fields.js';
import { METRICS } from '../../rules/model.js';

export const LogCountAction = act('logCount', {
  metric: choice(METRICS),
  from: dateInput,
  to: dateInput,
  value: wholeNumber(0, 100_000, 'count'),
}).superRefine((a, ctx) => {
  if (a.to < a.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period', input: a.to });
});
export type LogCountAction = z.infer<typeof LogCountAction>;

export const SCHEMAS = {
  startLogCounts: act('startLogCounts', {}),
  logCount: LogCountAction,
};
