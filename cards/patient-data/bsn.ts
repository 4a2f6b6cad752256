// BSNs in free text (issue 12 §4): 9 digits, or 8 without the leading zero, in any grouping with spaces, dots or dashes.

/** The Dutch citizen service number check ("11-proef"): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11); never all zeros. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * 8 digits are checked as a BSN written without its leading zero (people and spreadsheets drop it). The cost: an
 * AGB code or any other 8-digit number that happens to pass the padded 11-test (about 1 in 11) is refused in a note.
 * We accept that: the AGB code has its own field (not guarded, dialogs/link-practice/actions.ts), a note rarely needs
 * an 8-digit number, and a stored BSN cannot be taken back. An 8-digit number that fails the test passes.
 */
const passes = (digits: string): boolean =>
  (digits.length === 9 && isValidBsn(digits)) || (digits.length === 8 && isValidBsn(`0${digits}`));

// A run of digit groups joined by one space, dot or dash each: "123 456 782", "1234.56.782", "12-34-56-782".
const RUN = /(?<!\d)\d+(?:[ .-]\d+)*(?!\d)/g;

/**
 * Every window of consecutive groups of a run that holds 8 or 9 digits and uses one kind of separator is a candidate,
 * so a BSN is found next to other numbers ("bsn 123 456 782 12 keer") but digits are never cut out of one group
 * (a phone number's last eight digits are not a BSN). Phone numbers, amounts and dates are masked before (guard.ts).
 */
export function findsBsn(text: string): boolean {
  for (const m of text.matchAll(RUN)) {
    const groups = m[0].split(/[ .-]/);
    const seps = m[0].replace(/\d/g, '');
    for (let start = 0; start < groups.length; start += 1) {
      let digits = '';
      for (let end = start; end < groups.length; end += 1) {
        if (end > start && seps[end - 1] !== seps[start]) break;
        digits += groups[end];
        if (digits.length > 9) break;
        if (passes(digits)) return true;
      }
    }
  }
  return false;
}
