// The one patient-data guard for every free-text field and for anything the bot would echo (issue 12 §4).
import { findsBsn } from './bsn.js';
import { findsBirthDate, withoutDates } from './dates.js';
import { normalise } from './normalise.js';

// Dutch phone numbers are 10 digits starting with 0 (06-12345678, 030-1234567, 0612345678) or +31/0031 and 9 digits
// (+31 6 12345678, +31 (0)30 1234567); blanked before the BSN search so their digit groups are not read as one.
const PHONE = /(?:(?<![\d+])(?:\+|00)31[ .-]?(?:\(0\)[ .-]?)?\d(?:[ .-]?\d){8}|(?<![\d+])0\d(?:[ .-]?\d){8})(?!\d)/g;
// Amounts (€2.500, € 12.500.000,-, 1.250,00 euro): thousands dots are no BSN grouping. Each alternative starts only at
// the start of a number (lookbehind), so a long run of digits is scanned once, not once per digit.
const AMOUNT = /€ ?\d[\d.,]*-?|(?<![\d.,])\d[\d.]*,\d{2}(?!\d)|(?<![\d.])\d[\d.]*(?= ?euro?\b)/gi;
// Times (10:30, 9.30 uur) carry no patient data and only add digit groups.
const TIME = /(?<!\d)\d{1,2}[:.]\d{2}(?= ?uur\b)|(?<!\d)\d{1,2}:\d{2}(?!\d)/gi;
// Year ranges (2023-2027, 2024/2025, 2023 2024): two years side by side are 8 digits but no BSN.
const YEAR_RANGE = /(?<!\d)(?:19|20)\d{2} ?[-/ ] ?(?:19|20)\d{2}(?!\d)/g;

/** Birth-date check on normalised text. */
export function birthDateIn(text: string): boolean {
  return findsBirthDate(normalise(text));
}

/** BSN check on normalised text, after phone numbers, amounts, times and dates are blanked. */
export function bsnIn(text: string): boolean {
  return findsBsn(withoutDates(normalise(text).replace(PHONE, ' ').replace(AMOUNT, ' ').replace(TIME, ' ').replace(YEAR_RANGE, ' ')));
}
