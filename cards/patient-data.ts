// Issue 4: free text must not carry patient data, so a BSN (11-proef) or a date-of-birth pattern is refused.

const NINE_DIGITS = /(?<![\d])(\d{4})[ .]?(\d{2})[ .]?(\d{3})(?![\d])/g;
const DATE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const BIRTH_WORD = /\b(geb(oren)?\.?|geboortedatum|geb\.datum|dob|date of birth|born)\s*:?\s*\d/i;
// MTVP started in 2023; a date before 2010 in free text is a birth date, not a session or period.
const EARLIEST_PLAUSIBLE_YEAR = 2010;

/** The Dutch citizen service number check ("11-proef"): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function containsBsn(text: string): boolean {
  for (const m of text.matchAll(NINE_DIGITS)) {
    if (isValidBsn(`${m[1]}${m[2]}${m[3]}`)) return true;
  }
  return false;
}

export function containsBirthDate(text: string): boolean {
  if (BIRTH_WORD.test(text)) return true;
  for (const m of text.matchAll(DATE)) {
    const year = Number(m[3] ?? m[4]);
    if (year < EARLIEST_PLAUSIBLE_YEAR) return true;
  }
  return false;
}

export function containsPatientData(text: string): boolean {
  return containsBsn(text) || containsBirthDate(text);
}
