// Coercion of submitted card inputs (always strings in Teams) into typed values; messages are ErrorKeys (i18n/submit.ts).
import * as z from 'zod';
import { containsPatientData } from './patient-data.js';
import type { ErrorKey } from './i18n/submit.js';

/** Missing or empty gives 'required', anything else the given key. */
export function err(key: ErrorKey) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : key) };
}

function blankToUndefined(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return v;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/**
 * A practice id as storage/practice-id.ts makes it: the AGB code, with `@<tenant id>` for a practice linked in a tenant
 * (every practice linked in Teams since issue 12 §5).
 */
export const PRACTICE_ID = /^\d{8}(@[\w.-]{1,100})?$/;

export const requiredText = (max: number) => z.preprocess(blankToUndefined, z.string(err('invalid')).max(max, { error: 'tooLong' }));

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string(err('invalid')).max(max, { error: 'tooLong' }).optional());

const noPatientData = (s: string | undefined) => s === undefined || !containsPatientData(s);

/** Free text typed by a user: never patient data (issue 4). */
export const freeText = (max: number) => requiredText(max).refine(noPatientData, { error: 'patientData' });
export const optionalFreeText = (max: number) => optionalText(max).refine(noPatientData, { error: 'patientData' });

function toNumber(v: unknown, decimals: boolean): unknown {
  const s = blankToUndefined(v);
  if (typeof s !== 'string') return s;
  const normal = decimals ? s.replace(',', '.') : s;
  const pattern = decimals ? /^\d+(\.\d+)?$/ : /^\d+$/;
  return pattern.test(normal) ? Number(normal) : Number.NaN;
}

export const wholeNumber = (min: number, max: number, key: ErrorKey) =>
  z.preprocess((v) => toNumber(v, false), z.number(err(key)).int({ error: key }).min(min, { error: key }).max(max, { error: key }));

export const decimalNumber = (min: number, max: number, key: ErrorKey) =>
  z.preprocess((v) => toNumber(v, true), z.number(err(key)).min(min, { error: key }).max(max, { error: key }));

/** `dd-mm-jjjj` typed in a text input, or `yyyy-mm-dd` from Input.Date, to an existing ISO date. */
export function toIsoDate(input: string): string | undefined {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(input);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  const [y, m, d] = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (dt.getUTCFullYear() !== year || dt.getUTCMonth() !== month - 1 || dt.getUTCDate() !== day) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dateSchema = z.string(err('date')).transform((s, ctx) => {
  const iso = toIsoDate(s);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: 'date', input: s });
    return z.NEVER;
  }
  return iso;
});
export const dateInput = z.preprocess(blankToUndefined, dateSchema);
export const optionalDateInput = z.preprocess(blankToUndefined, dateSchema.optional());

/** Input.ChoiceSet with isMultiSelect submits "a,b,c"; nothing chosen submits "" or nothing. */
export const csvList = z.preprocess(
  (v) => {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    return typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v;
  },
  z.array(z.string(), { error: 'invalid' }),
);

/** A value from a fixed list; blank gives 'required'. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, err('choice')));
