// Text as the guard reads it (issue 12 §4): people paste numbers from other systems, with full-width digits,
// non-breaking or thin spaces, typographic dashes and invisible characters between the digits.

// Dashes NFKC leaves alone (hyphen, non-breaking hyphen, figure dash, en/em dash, minus sign, small hyphen-minus).
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
// Invisible characters that would split a number for a regex but not for a reader: soft hyphen, zero-width space,
// (non-)joiners, word joiner, byte-order mark.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Any other kind of space (NFKC maps most of them already; tabs and line breaks too) becomes one plain space.
const SPACES = /[\s\u3000]+/g;

/** NFKC (full-width digits and letters become ASCII, odd spaces become spaces), one dash, one space. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(SPACES, ' ');
}
