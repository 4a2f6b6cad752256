// When reminders may be posted (issue 11 §3): "Working days and hours only, and not on Dutch public holidays". Pure:
// the caller passes the Amsterdam calendar date and hour. The holidays are the "algemeen erkende feestdagen" of the
// Algemene termijnenwet art. 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
// Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei" (the Sundays
// of Easter and Pentecost fall on a Sunday anyway). Koningsdag: 27 April, or 26 April when the 27th is a Sunday.
import { addDays } from './dates.js';
import type { IsoDate } from './model.js';

export const HOLIDAYS = [
  'nieuwjaarsdag',
  'tweedePaasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'tweedePinksterdag',
  'eersteKerstdag',
  'tweedeKerstdag',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** Working hours in Europe/Amsterdam: a reminder is posted from WORK_START up to (not including) WORK_END. */
export const WORK_START = 8;
export const WORK_END = 18;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${y}-${pad2(m)}-${pad2(d)}`;

/** Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Dutch public holidays of a year, in calendar order. */
export function dutchHolidays(year: number): { date: IsoDate; holiday: Holiday }[] {
  const easter = easterSunday(year);
  const kings = iso(year, 4, 27);
  return [
    { date: iso(year, 1, 1), holiday: 'nieuwjaarsdag' as const },
    { date: addDays(easter, 1), holiday: 'tweedePaasdag' as const },
    { date: isoWeekday(kings) === 7 ? iso(year, 4, 26) : kings, holiday: 'koningsdag' as const },
    { date: iso(year, 5, 5), holiday: 'bevrijdingsdag' as const },
    { date: addDays(easter, 39), holiday: 'hemelvaartsdag' as const },
    { date: addDays(easter, 50), holiday: 'tweedePinksterdag' as const },
    { date: iso(year, 12, 25), holiday: 'eersteKerstdag' as const },
    { date: iso(year, 12, 26), holiday: 'tweedeKerstdag' as const },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

export function isDutchHoliday(date: IsoDate): boolean {
  return dutchHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** Monday to Friday and not a Dutch public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !isDutchHoliday(date);
}

/** The ISO week of a date, `2026-W49`; the year is the ISO week-year (2024-12-30 is in `2025-W01`). */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Date.parse(thursday) - Date.parse(iso(year, 1, 1))) / (7 * 86_400_000)) + 1;
  return `${year}-W${pad2(week)}`;
}
