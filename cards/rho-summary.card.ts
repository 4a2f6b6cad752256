// The RHO consultant's summary of the region's practices (issue 11 §4, on demand with `samenvatting`): most urgent
// first, each with programme year, plan verdict, intervisie, open items and the next deadline, and "Details".
import { z } from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, ShownDate, STATUS_LOOK, t, type ButtonView } from './shared.js';
import tpl from './templates/rho-summary.card.json' with { type: 'json' };

export const SummaryRow = z.object({
  practiceId: z.string().min(1),
  name: z.string().min(1).max(200),
  subregion: z.string().max(80).optional(),
  programmeYear: z.number().int().min(0).max(10),
  /** null: no plan saved yet. */
  planOk: z.boolean().nullable(),
  intervisie: z.object({ value: z.number().min(0), target: z.number().min(0) }).optional(),
  missed: z.number().int().min(0),
  atRisk: z.number().int().min(0),
  nextDue: ShownDate.optional(),
});
export type SummaryRow = z.infer<typeof SummaryRow>;

/** Rows per card: a card stays far below Teams' ~80 KB with this many practices and their buttons. */
export const SUMMARY_ROWS = 40;

export const RhoSummaryCardData = z.object({
  ...baseFields,
  regionName: z.string().min(1),
  asOf: ShownDate,
  rows: z.array(SummaryRow).max(SUMMARY_ROWS),
  totals: z.object({ practices: z.number().int().min(0), missed: z.number().int().min(0), atRisk: z.number().int().min(0) }),
  /** Practices beyond the shown rows (the least urgent). */
  more: z.number().int().min(0).default(0),
});
export type RhoSummaryCardInput = z.input<typeof RhoSummaryCardData>;

interface RowView {
  name: string;
  badge: string;
  color: string;
  line: string;
  buttons: ButtonView[];
}
interface RhoSummaryView {
  title: string;
  totals: string;
  none: { text: string }[];
  rows: RowView[];
  more: { text: string }[];
}

export const rhoSummaryTemplate = prepareTemplate<RhoSummaryView>(tpl);

function rowView(r: SummaryRow, locale: z.infer<typeof RhoSummaryCardData>['locale'], cardId: string): RowView {
  const state = r.missed > 0 ? 'missed' : r.atRisk > 0 ? 'at-risk' : 'on-track';
  const look = STATUS_LOOK[state];
  const parts = [
    t(locale, 'summary.year', { year: r.programmeYear }),
    t(locale, r.planOk === null ? 'summary.noPlan' : r.planOk ? 'summary.planOk' : 'summary.planNotOk'),
    ...(r.intervisie ? [t(locale, 'summary.intervisie', r.intervisie)] : []),
    ...(r.missed + r.atRisk > 0 ? [t(locale, 'summary.open', { missed: r.missed, atRisk: r.atRisk })] : []),
    ...(r.nextDue ? [t(locale, 'summary.nextDue', { date: r.nextDue })] : []),
  ];
  return {
    name: r.subregion ? `${escapeMarkdown(r.name)} (${escapeMarkdown(r.subregion)})` : escapeMarkdown(r.name),
    badge: `● ${t(locale, look.label)}`,
    color: look.color,
    line: parts.join(' · '),
    buttons: [button(t(locale, 'summary.details'), 'openPracticeStatus', cardId, { practiceId: r.practiceId })],
  };
}

export function rhoSummaryView(input: RhoSummaryCardInput): RhoSummaryView {
  const d = RhoSummaryCardData.parse(input);
  return {
    title: t(d.locale, 'summary.title', { region: d.regionName, date: d.asOf }),
    totals: t(d.locale, 'summary.totals', d.totals),
    none: d.totals.practices === 0 ? [{ text: t(d.locale, 'summary.none') }] : [],
    rows: d.rows.map((r) => rowView(r, d.locale, d.cardId)),
    more: d.more > 0 ? [{ text: t(d.locale, 'summary.more', { more: d.more }) }] : [],
  };
}

export function renderRhoSummaryCard(input: RhoSummaryCardInput): AdaptiveCardJson {
  return rhoSummaryTemplate.render(rhoSummaryView(input));
}
