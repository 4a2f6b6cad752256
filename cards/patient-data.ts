// Issue 4, tightened in issue 12 §4: free text must not carry patient data. One guard (cards/patient-data/) reads
// every free-text field (cards/fields.ts freeText/optionalFreeText), the advisor's question and any unknown input
// before it is echoed (dialogs/shared/reply.ts). It refuses BSNs (8 or 9 digits, 11-proef, any grouping, full-width)
// and birth dates (numeric and written Dutch forms, or any date after a birth word); see bsn.ts and dates.ts for
// what passes and why.
import { bsnIn, birthDateIn } from './patient-data/guard.js';

export { isValidBsn } from './patient-data/bsn.js';

export function containsBsn(text: string): boolean {
  return bsnIn(text);
}

export function containsBirthDate(text: string): boolean {
  return birthDateIn(text);
}

export function containsPatientData(text: string): boolean {
  return birthDateIn(text) || bsnIn(text);
}
