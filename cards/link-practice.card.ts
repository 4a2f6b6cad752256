// The form that links a team to a practice, also used to edit it and to re-show it with errors (issue 4 §1).
import { z } from 'zod';
import { REGIONS } from '../rules/model.js';
import { NO_SUBREGION, REGION_NAMES, SUBREGION_NAMES } from './options.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, InputDate, labels, SubmitErrors, type LabelKey, type Labels } from './shared.js';
import tpl from './templates/link-practice.card.json' with { type: 'json' };

const Choice = z.object({ value: z.string().min(1), title: z.string().min(1) });
const shown = z.union([z.string(), z.number()]).transform(String).optional();

export const LinkPracticeCardData = z.object({
  ...baseFields,
  mode: z.enum(['new', 'edit']).default('new'),
  /** Selectable start quarters as their first day (`2023-07-01` shows as "Q3 2023"). */
  quarters: z.array(InputDate.refine((d) => /-(01|04|07|10)-01$/.test(d))).min(1).max(40),
  /** Funding choices; defaults to the common TBHZ / regioprestatie combinations. */
  fundingOptions: z.array(Choice).min(1).max(30).optional(),
  /** What to show in the inputs: the stored practice, or what the user entered before. */
  values: z
    .object({
      name: shown, agb: shown, region: shown, subregion: shown, startQuarter: shown,
      normpraktijken: shown, gps: shown, firstInterventionStart: shown,
      funding: z.union([z.string(), z.array(z.string())]).optional(),
    })
    .default({}),
  errors: SubmitErrors,
});
export type LinkPracticeCardInput = z.input<typeof LinkPracticeCardData>;

const DEFAULT_FUNDING: readonly [string, LabelKey][] = [
  ['tbhz:zelfmetingen', 'fund_tbhz_zelfmetingen'],
  ['tbhz:online-spreekuur', 'fund_tbhz_online'],
  ['regioprestatie:beeldbellen', 'fund_regio_beeldbellen'],
  ['tbhz:awp.lean', 'fund_tbhz_lean'],
  ['tbhz:awp.triage-training', 'fund_tbhz_triage'],
  ['tbhz:awp.regie-veelgebruikers', 'fund_tbhz_veelgebruikers'],
  ['tbhz:gg.positieve-gezondheid', 'fund_tbhz_pg'],
  ['zorgprogramma', 'fund_zorgprogramma'],
  ['ict-programma', 'fund_ict'],
  ['resultaatbeloning', 'fund_resultaatbeloning'],
  ['subsidie', 'fund_subsidie'],
  ['achterstandsfonds', 'fund_achterstandsfonds'],
];

export function quarterTitle(isoFirstDay: string): string {
  const [year, month] = isoFirstDay.split('-');
  return `Q${Math.floor((Number(month) - 1) / 3) + 1} ${year}`;
}

type Choices = { title: string; value: string }[];
interface LinkPracticeView {
  t: Labels;
  cardId: string;
  title: string;
  submitTitle: string;
  errors: { title: string; lines: string }[];
  v: Record<'name' | 'agb' | 'region' | 'subregion' | 'startQuarter' | 'normpraktijken' | 'gps' | 'firstInterventionStart' | 'funding', string>;
  regions: Choices;
  subregions: Choices;
  quarters: Choices;
  funding: Choices;
}

export const linkPracticeTemplate = prepareTemplate<LinkPracticeView>(tpl);

export function linkPracticeView(input: LinkPracticeCardInput): LinkPracticeView {
  const d = LinkPracticeCardData.parse(input);
  const t = labels(d.locale);
  const v = d.values;
  const funding = Array.isArray(v.funding) ? v.funding.join(',') : (v.funding ?? '');
  const firstStart = v.firstInterventionStart !== undefined && InputDate.safeParse(v.firstInterventionStart).success ? v.firstInterventionStart : '';
  return {
    t,
    cardId: d.cardId,
    title: d.mode === 'edit' ? t.linkEditTitle : t.linkTitle,
    submitTitle: d.mode === 'edit' ? t.saveChanges : t.submitLink,
    errors: errorBlock(d.errors, t),
    v: {
      name: v.name ?? '', agb: v.agb ?? '', region: v.region ?? '', subregion: v.subregion ?? NO_SUBREGION,
      startQuarter: v.startQuarter ?? '', normpraktijken: v.normpraktijken ?? '', gps: v.gps ?? '',
      firstInterventionStart: firstStart, funding,
    },
    regions: REGIONS.map((r) => ({ value: r, title: REGION_NAMES[r] })),
    subregions: [
      { value: NO_SUBREGION, title: t.subregionNone },
      ...Object.entries(SUBREGION_NAMES).map(([value, title]) => ({ value, title })),
    ],
    quarters: d.quarters.map((q) => ({ value: q, title: quarterTitle(q) })),
    funding: d.fundingOptions ?? DEFAULT_FUNDING.map(([value, key]) => ({ value, title: t[key] })),
  };
}

export function renderLinkPracticeCard(input: LinkPracticeCardInput): AdaptiveCardJson {
  return linkPracticeTemplate.render(linkPracticeView(input));
}
