// The form that links a team to a practice, also used to edit it and to re-show it with errors (issue 4 §1).
import * as z from 'zod';
import { fundingName, regionName, subregionName } from '../rules/i18n/index.js';
import { REGIONS, SUBREGIONS, type Locale } from '../rules/model.js';
import { NO_SUBREGION, fundingValue, parseFundingValue } from './options.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, InputDate, labelsOf, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/link-practice.card.json' with { type: 'json' };

const Choice = z.object({ value: z.string().min(1), title: z.string().min(1) });
const shown = z.union([z.string(), z.number()]).transform(String).optional();

export const LinkPracticeCardData = z.object({
  ...baseFields,
  mode: z.enum(['new', 'edit']).default('new'),
  /** The stored practice's ETag when the form was opened: the save is refused when it changed since (issue 12 §3). */
  etag: z.string().max(300).optional(),
  /** Selectable start quarters as their first day (`2023-07-01` shows as "Q3 2023"). */
  quarters: z
    .array(InputDate.refine((d) => /-(01|04|07|10)-01$/.test(d)))
    .min(1)
    .max(40),
  /** Funding choices; defaults to the common TBHZ / regioprestatie combinations. */
  fundingOptions: z.array(Choice).min(1).max(30).optional(),
  /** What to show in the inputs: the stored practice, or what the user entered before. */
  values: z
    .object({
      name: shown,
      agb: shown,
      region: shown,
      subregion: shown,
      startQuarter: shown,
      normpraktijken: shown,
      gps: shown,
      firstInterventionStart: shown,
      funding: z.union([z.string(), z.array(z.string())]).optional(),
    })
    .default({}),
  errors: SubmitErrors,
});
export type LinkPracticeCardInput = z.input<typeof LinkPracticeCardData>;

/** The common funding combinations (TBHZ projects and interventions, regioprestatie, the other schemes). */
const DEFAULT_FUNDING: readonly string[] = [
  'tbhz:zelfmetingen',
  'tbhz:online-spreekuur',
  'regioprestatie:beeldbellen',
  'tbhz:awp.lean',
  'tbhz:awp.triage-training',
  'tbhz:awp.regie-veelgebruikers',
  'tbhz:gg.positieve-gezondheid',
  'zorgprogramma',
  'ict-programma',
  'resultaatbeloning',
  'subsidie',
  'achterstandsfonds',
];

/** A funding choice named from the catalog's scheme, project and intervention names (rules/i18n names.ts). */
function fundingChoices(locale: Locale): { value: string; title: string }[] {
  return DEFAULT_FUNDING.flatMap((value) => {
    const funding = parseFundingValue(value);
    return funding ? [{ value: fundingValue(funding), title: fundingName(funding, locale) }] : [];
  });
}

const LABELS = {
  fieldName: 'link.field.name',
  fieldAgb: 'link.field.agb',
  fieldRegion: 'link.field.region',
  fieldSubregion: 'link.field.subregion',
  fieldStartQuarter: 'link.field.startQuarter',
  fieldNormpraktijken: 'link.field.normpraktijken',
  fieldGps: 'link.field.gps',
  fieldFirstStart: 'link.field.firstStart',
  fieldFunding: 'link.field.funding',
  linkIntro: 'link.intro',
  choose: 'common.choose',
  pickDate: 'common.pickDate',
  cancel: 'common.cancel',
  phName: 'placeholder.name',
  phAgb: 'placeholder.agb',
  phNormpraktijken: 'placeholder.normpraktijken',
  phGps: 'placeholder.gps',
} as const;

export function quarterTitle(isoFirstDay: string): string {
  const [year, month] = isoFirstDay.split('-');
  return `Q${Math.floor((Number(month) - 1) / 3) + 1} ${year}`;
}

type Choices = { title: string; value: string }[];
interface LinkPracticeView {
  t: Labels<typeof LABELS>;
  cardId: string;
  etag: string;
  title: string;
  submitTitle: string;
  errors: { title: string; lines: string }[];
  v: Record<
    'name' | 'agb' | 'region' | 'subregion' | 'startQuarter' | 'normpraktijken' | 'gps' | 'firstInterventionStart' | 'funding',
    string
  >;
  regions: Choices;
  subregions: Choices;
  quarters: Choices;
  funding: Choices;
}

export const linkPracticeTemplate = prepareTemplate<LinkPracticeView>(tpl);

export function linkPracticeView(input: LinkPracticeCardInput): LinkPracticeView {
  const d = LinkPracticeCardData.parse(input);
  const { locale } = d;
  const v = d.values;
  const funding = Array.isArray(v.funding) ? v.funding.join(',') : (v.funding ?? '');
  const firstStart =
    v.firstInterventionStart !== undefined && InputDate.safeParse(v.firstInterventionStart).success ? v.firstInterventionStart : '';
  return {
    t: labelsOf(locale, LABELS),
    cardId: d.cardId,
    etag: d.etag ?? '',
    title: t(locale, d.mode === 'edit' ? 'link.editTitle' : 'link.title'),
    submitTitle: t(locale, d.mode === 'edit' ? 'common.saveChanges' : 'action.link'),
    errors: errorBlock(d.errors, locale),
    v: {
      name: v.name ?? '',
      agb: v.agb ?? '',
      region: v.region ?? '',
      subregion: v.subregion ?? NO_SUBREGION,
      startQuarter: v.startQuarter ?? '',
      normpraktijken: v.normpraktijken ?? '',
      gps: v.gps ?? '',
      firstInterventionStart: firstStart,
      funding,
    },
    regions: REGIONS.map((r) => ({ value: r, title: regionName(r, locale) })),
    subregions: [
      { value: NO_SUBREGION, title: t(locale, 'link.subregionNone') },
      ...REGIONS.flatMap((r) => SUBREGIONS[r]).map((value) => ({ value, title: subregionName(value, locale) })),
    ],
    quarters: d.quarters.map((q) => ({ value: q, title: quarterTitle(q) })),
    funding: d.fundingOptions ?? fundingChoices(locale),
  };
}

export function renderLinkPracticeCard(input: LinkPracticeCardInput): AdaptiveCardJson {
  return linkPracticeTemplate.render(linkPracticeView(input));
}
