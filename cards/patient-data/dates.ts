// Birth dates in free text (issue 12 §4). Which dates count as birth dates, and why:
// - A full date (day, month and year) before 2023 is refused. MTVP started in 2023, so a topic or note about the
//   programme has no reason to name a day before it; a day before it is most likely someone's birth date (adults
//   1920–2009, but also a child's, 2010–2022: the issue saw "12-03-2015" stored). "Sinds 2019" or "maart 2019"
//   (no day) still pass.
// - A full date from 2023 on is a session or period date and passes ("overleg 15-03-2025"), unless a birth word
//   precedes it.
// - A 2-digit year is read as 2023–2039 when it is 23–39 (a practice manager types "overleg 12-03-25" for a session)
//   and refused otherwise: 40–99 is 1940–1999, and 00–22 is before MTVP, as above. Fixed, not relative to today, so
//   the guard is a pure function; revisit before 2040.
// - A birth word ("geboren", "geb.", "geboortedatum", "geboortejaar", "DOB", "born", "date of birth") or the
//   genealogical "°" followed by a number is refused whatever the date, even "geboren in 2024".
// - 8 digits without separators that form a date before 2023, as yyyymmdd (19480312) or ddmmyyyy (12031948).
//   6 digits (120348) are not read as a date: too many counts and codes look like one.

const FIRST_MTVP_YEAR = 2023;
const LAST_TWO_DIGIT_MTVP_YEAR = 39;

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, febr: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// dd-mm-yyyy, d/m/yy, dd.mm.yy (any of - / . between the parts).
const DAY_FIRST = /(?<![\d.,/-])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d/-]|\.\d)/g;
// yyyy-mm-dd, yyyy/m/d, yyyy.mm.dd.
const YEAR_FIRST = /(?<![\d.,/-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/-]|\.\d)/g;
// 12 maart 1948, 12 mrt. '48, 1e januari 1950, 12-mrt-1948. A bare 2-digit "year" followed by a count word is a count
// ("1 mei 40 deelnemers", "12 maart 45 minuten"); any other word after it ("19 maart 54 besproken") keeps it a year,
// since a refused count costs a rephrase and a stored birth date cannot be taken back.
const COUNT_WORD = '(?! ?(?:deelnemers|minuten|min\\b|uur|personen|mensen|pati[eë]nten|huisartsen|keer|procent|%))';
const WRITTEN = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:e|ste|de)?[ -](${MONTH_NAMES})\\.?[ -](?:'(\\d{2})|(\\d{4})|(\\d{2})${COUNT_WORD})(?!\\d)`,
  'gi',
);
const COMPACT = /(?<![\d.,/-])\d{8}(?![\d]|[.,/-]\d)/g;
// A birth word (or °) and then, within a few words on the same clause, a digit.
const BIRTH_WORD =
  /(?:\b(?:geboren|geb|geboorte ?datum|geb\. ?datum|geboortejaar|dob|d\.o\.b|born|date of birth|birth ?date)\b\.?|°)[^\d.!?;\n]{0,25}\d/i;

/** A 2-digit year as the year a practice manager most likely meant (see above). */
function fullYear(year: string): number {
  const y = Number(year);
  if (year.length === 4) return y;
  return y <= LAST_TWO_DIGIT_MTVP_YEAR ? 2000 + y : 1900 + y;
}

const isDay = (d: number, m: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;

function compactYears(s: string): number[] {
  const ymd = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))] as const;
  const dmy = [Number(s.slice(4, 8)), Number(s.slice(2, 4)), Number(s.slice(0, 2))] as const;
  return [ymd, dmy].filter(([y, mo, d]) => y >= 1900 && y <= 2099 && isDay(d, mo)).map(([y]) => y);
}

/** Every full date in the text, as its (full) year; parts that are no day and month are skipped. */
function datesIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(DAY_FIRST)) if (isDay(Number(m[1]), Number(m[2]))) years.push(fullYear(m[3] ?? ''));
  for (const m of text.matchAll(YEAR_FIRST)) if (isDay(Number(m[3]), Number(m[2]))) years.push(Number(m[1]));
  for (const m of text.matchAll(WRITTEN)) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month !== undefined && isDay(Number(m[1]), month)) years.push(fullYear(m[3] ?? m[4] ?? m[5] ?? ''));
  }
  for (const m of text.matchAll(COMPACT)) years.push(...compactYears(m[0]));
  return years;
}

export function findsBirthDate(text: string): boolean {
  if (BIRTH_WORD.test(text)) return true;
  return datesIn(text).some((year) => year < FIRST_MTVP_YEAR);
}

/** The text with every date-shaped part blanked, so the BSN search does not read "12-03-2025" as 8 digits. */
export function withoutDates(text: string): string {
  // Only real days are blanked: "12.34.5678" is no date and may be a BSN without its leading zero.
  return text
    .replace(DAY_FIRST, (s, d: string, m: string) => (isDay(Number(d), Number(m)) ? ' ' : s))
    .replace(YEAR_FIRST, (s, _y: string, m: string, d: string) => (isDay(Number(d), Number(m)) ? ' ' : s))
    .replace(WRITTEN, ' ')
    .replace(COMPACT, (s) => (compactYears(s).length > 0 ? ' ' : s));
}
