// The payloads of the link cards: a practice (AGB, region, start quarter, size, other funding) or an RHO channel.
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { choice, csvList, dateInput, decimalNumber, freeText, optionalDateInput, requiredText, wholeNumber } from '../../cards/fields.js';
import { NO_SUBREGION, parseFundingValue } from '../../cards/options.js';
import { addMonths } from '../../rules/dates.js';
import { REGIONS, SUBREGIONS, type OtherFunding } from '../../rules/model.js';

const ALL_SUBREGIONS = Object.values(SUBREGIONS).flat();
const subregion = z.preprocess(
  (v) => (v === '' || v === NO_SUBREGION || v === undefined ? undefined : v),
  z
    .string()
    .refine((s) => ALL_SUBREGIONS.includes(s), { error: 'choice' })
    .optional(),
);
// MTVP starts at the start of a quarter (PRODUCT.md).
const startQuarter = dateInput.refine((iso) => /^\d{4}-(01|04|07|10)-01$/.test(iso), { error: 'quarter' });
const funding = csvList.transform((values, ctx): OtherFunding[] => {
  const out: OtherFunding[] = [];
  for (const v of values) {
    const parsed = parseFundingValue(v);
    if (parsed === undefined) ctx.addIssue({ code: 'custom', message: 'choice', input: v });
    else out.push(parsed);
  }
  return out;
});

export const LinkPracticeAction = act('linkPractice', {
  // A practice name is free text too: the patient-data guard applies (issue 12 §4).
  name: freeText(120),
  agb: z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v),
    requiredText(8).pipe(z.string().regex(/^\d{8}$/, { error: 'agb' })),
  ),
  region: choice(REGIONS),
  subregion,
  startQuarter,
  normpraktijken: decimalNumber(0.1, 10, 'normpraktijken'),
  gps: wholeNumber(1, 50, 'gps'),
  firstInterventionStart: optionalDateInput,
  funding,
  // The ETag of the practice the form was opened with (empty: a new practice, or a card from before forms carried it).
  etag: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(300).optional()),
}).superRefine((a, ctx) => {
  if (a.subregion !== undefined && !SUBREGIONS[a.region].includes(a.subregion)) {
    ctx.addIssue({ code: 'custom', path: ['subregion'], message: 'choice', input: a.subregion });
  }
  // The first intervention starts in programme year 1: the growth model asks for one in year 1 (RULES.md §4; 004 §A
  // dates the first intervisie from it), so a date before the start or after year 1 (2099) is a typing error.
  const first = a.firstInterventionStart;
  if (first !== undefined && (first < a.startQuarter || first >= addMonths(a.startQuarter, 12)))
    ctx.addIssue({ code: 'custom', path: ['firstInterventionStart'], message: 'firstStart', input: first });
});
export type LinkPracticeAction = z.infer<typeof LinkPracticeAction>;

export const LinkConsultantAction = act('linkConsultantChannel', { region: choice(REGIONS) });
export type LinkConsultantAction = z.infer<typeof LinkConsultantAction>;

export const SCHEMAS = {
  startLink: act('startLink', {}),
  linkPractice: LinkPracticeAction,
  startLinkConsultant: act('startLinkConsultant', {}),
  linkConsultantChannel: LinkConsultantAction,
};
