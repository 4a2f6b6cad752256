// Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates here are calendar days in Europe/Amsterdam;
// no clock and no time zone math is needed because every input is already a calendar date.
import type { IsoDate } from './model.js';

// parts() and fromUtc() run several times per status item (npm run bench): the usual `YYYY-MM-DD` takes a fast
// path without split()/toISOString(); anything else goes the general way, with the same result as before.
function parts(date: IsoDate): [number, number, number] {
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8))];
  }
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function fromUtc(ms: number): IsoDate {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  // Outside 1000–9999 (and for an invalid date, which throws) the ISO string has its own form.
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

// addMonths runs a dozen times per status() with the same few (start date, months): the weekly RHO summary calls status
// for every practice of a region (npm run bench -- weekly). A memo of a pure function, like the engine's rule-set
// caches: it never changes what addMonths returns, and it is emptied when it holds MONTHS_MEMO_MAX answers.
const MONTHS_MEMO_MAX = 10_000;
const monthsMemo = new Map<string, IsoDate>();

/** Adds whole months; a day that does not exist in the target month clamps to its last day (31-01 + 1 = 28/29-02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const key = `${date}|${months}`;
  let found = monthsMemo.get(key);
  if (found === undefined) {
    if (monthsMemo.size >= MONTHS_MEMO_MAX) monthsMemo.clear();
    found = computeAddMonths(date, months);
    monthsMemo.set(key, found);
  }
  return found;
}

function computeAddMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** RULES.md §1: year 1 = [start, start + 12 months), year 2 the next 12 months, … ; 0 before the start. */
export function programmeYear(startDate: IsoDate, asOf: IsoDate): number {
  if (asOf < startDate) return 0;
  let year = 1;
  while (addMonths(startDate, 12 * year) <= asOf) year += 1;
  return year;
}

/** First day of programme year `year` and the first day after it (half-open range). */
export function programmeYearRange(startDate: IsoDate, year: number): { from: IsoDate; until: IsoDate } {
  return { from: addMonths(startDate, 12 * (year - 1)), until: addMonths(startDate, 12 * year) };
}

/** `2025-03-15` → `15-03-2025`, the way Dutch users write dates. */
export function formatDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}
