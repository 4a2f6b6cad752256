// The RHO consultant's summary of the region's practices (issue 11 §4; `samenvatting` on demand, the weekly job in the
// consultant channel): a chart by status, totals, then per subregion the practices most urgent first, each with
// programme year, plan verdict now, intervisie, the key thresholds, open items, the next deadline and "Details"; the
// deadlines of the next four weeks; the practices whose channel no longer accepts the bot. Long regions are paged.
import * as z from 'zod';
import { Metric } from '../rules/model.js';
import { ChartBar, chartView, type ChartView } from './rho-chart.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, metricName, ShownDate, STATUS_LOOK, t, type ButtonView } from './shared.js';
import tpl from './templates/rho-summary.card.json' with { type: 'json' };

export const SummaryRow = z.object({
  practiceId: z.string().min(1),
  name: z.string().min(1).max(200),
  subregion: z.string().max(80).optional(),
  programmeYear: z.number().int().min(0).max(10),
  /** The saved plan checked against the rule sets deployed now; null: no plan saved yet. */
  planOk: z.boolean().nullable(),
  intervisie: z.object({ value: z.number().min(0), target: z.number().min(0) }).optional(),
  /** Up to two thresholds not met yet (value against target). */
  thresholds: z
    .array(z.object({ metric: Metric, value: z.number(), target: z.number() }))
    .max(2)
    .default([]),
  missed: z.number().int().min(0),
  atRisk: z.number().int().min(0),
  nextDue: ShownDate.optional(),
  /** The practice's channel stopped accepting the bot on this date. */
  inactiveSince: ShownDate.optional(),
});
export type SummaryRow = z.input<typeof SummaryRow>;

/** Rows per card: a page stays far below Teams' ~80 KB with this many practices and their buttons (measured per page). */
export const SUMMARY_ROWS = 40;
/** Listed deadlines and stopped channels on the first page; the rest is counted. */
export const LISTED = 25;
/** The choice of the subregion filter that means "all". */
export const ALL_SUBREGIONS = '*';

const Counted = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item).max(LISTED), more: z.number().int().min(0) });

export const RhoSummaryCardData = z.object({
  ...baseFields,
  regionName: z.string().min(1),
  asOf: ShownDate,
  page: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }).default({ index: 0, count: 1 }),
  /** Paging buttons (on demand); the weekly post sends every page at once. */
  paging: z.boolean().default(false),
  subregion: z.string().max(80).optional(),
  subregions: z.array(z.string().max(80)).max(100).default([]),
  chart: z.array(ChartBar).max(100).default([]),
  rows: z.array(SummaryRow).max(SUMMARY_ROWS),
  totals: z.object({
    practices: z.number().int().min(0),
    missed: z.number().int().min(0),
    atRisk: z.number().int().min(0),
    inactive: z.number().int().min(0).default(0),
  }),
  deadlines: Counted(z.object({ date: ShownDate, practice: z.string().min(1).max(200), what: z.string().min(1).max(200) })).optional(),
  inactive: Counted(z.object({ practice: z.string().min(1).max(200), since: ShownDate })).optional(),
});
export type RhoSummaryCardInput = z.input<typeof RhoSummaryCardData>;
type Data = z.output<typeof RhoSummaryCardData>;

interface RowView {
  header: { text: string }[];
  name: string;
  badge: string;
  color: string;
  line: string;
  buttons: ButtonView[];
}
interface RhoSummaryView {
  title: string;
  pageText: { text: string }[];
  totals: string;
  filter: { label: string; value: string; choices: { title: string; value: string }[]; buttons: ButtonView[] }[];
  chart: ChartView[];
  none: { text: string }[];
  rows: RowView[];
  lists: { title: string; lines: string }[];
  buttons: ButtonView[];
}

export const rhoSummaryTemplate = prepareTemplate<RhoSummaryView>(tpl);

function rowLine(r: z.output<typeof SummaryRow>, locale: Data['locale']): string {
  return [
    t(locale, 'summary.year', { year: r.programmeYear }),
    t(locale, r.planOk === null ? 'summary.noPlan' : r.planOk ? 'summary.planOk' : 'summary.planNotOk'),
    ...(r.intervisie ? [t(locale, 'summary.intervisie', r.intervisie)] : []),
    ...r.thresholds.map((x) => t(locale, 'summary.threshold', { metric: metricName(x.metric, locale), value: x.value, target: x.target })),
    ...(r.missed + r.atRisk > 0 ? [t(locale, 'summary.open', { missed: r.missed, atRisk: r.atRisk })] : []),
    ...(r.nextDue ? [t(locale, 'summary.nextDue', { date: r.nextDue })] : []),
    ...(r.inactiveSince ? [t(locale, 'summary.inactiveRow', { date: r.inactiveSince })] : []),
  ].join(' · ');
}

function rowViews(d: Data): RowView[] {
  return d.rows.map((r, i) => {
    const look = STATUS_LOOK[r.missed > 0 ? 'missed' : r.atRisk > 0 ? 'at-risk' : 'on-track'];
    const group = r.subregion ?? t(d.locale, 'summary.noSubregion');
    const first = i === 0 || d.rows[i - 1]?.subregion !== r.subregion;
    return {
      header: first ? [{ text: escapeMarkdown(group) }] : [],
      name: escapeMarkdown(r.name),
      badge: `● ${t(d.locale, look.label)}`,
      color: look.color,
      line: rowLine(r, d.locale),
      buttons: [button(t(d.locale, 'summary.details'), 'openPracticeStatus', d.cardId, { practiceId: r.practiceId })],
    };
  });
}

function lists(d: Data): RhoSummaryView['lists'] {
  const more = (n: number) => (n > 0 ? [t(d.locale, 'summary.listMore', { more: n })] : []);
  const out: RhoSummaryView['lists'] = [];
  if (d.deadlines && d.deadlines.items.length > 0) {
    const lines = d.deadlines.items.map((x) => `- ${x.date} · ${escapeMarkdown(x.practice)}: ${escapeMarkdown(x.what)}`);
    out.push({ title: t(d.locale, 'summary.deadlines'), lines: [...lines, ...more(d.deadlines.more)].join('\n') });
  }
  if (d.inactive && d.inactive.items.length > 0) {
    const lines = d.inactive.items.map((x) => `- ${escapeMarkdown(x.practice)} (${t(d.locale, 'summary.inactiveRow', { date: x.since })})`);
    out.push({ title: t(d.locale, 'summary.inactive'), lines: [...lines, ...more(d.inactive.more)].join('\n') });
  }
  return out;
}

function filterView(d: Data): RhoSummaryView['filter'] {
  if (d.subregions.length === 0) return [];
  return [
    {
      label: t(d.locale, 'summary.filter'),
      value: d.subregion ?? ALL_SUBREGIONS,
      choices: [
        { title: t(d.locale, 'summary.allSubregions'), value: ALL_SUBREGIONS },
        ...d.subregions.map((s) => ({ title: s, value: s })),
      ],
      buttons: [button(t(d.locale, 'summary.show'), 'summaryPage', d.cardId, { page: 0 })],
    },
  ];
}

function pageButtons(d: Data): ButtonView[] {
  const { index, count } = d.page;
  const at = (page: number) => ({ page, ...(d.subregion !== undefined ? { subregion: d.subregion } : {}) });
  return [
    ...(d.paging && index > 0 ? [button(t(d.locale, 'summary.previous'), 'summaryPage', d.cardId, at(index - 1))] : []),
    ...(d.paging && index + 1 < count ? [button(t(d.locale, 'summary.next'), 'summaryPage', d.cardId, at(index + 1))] : []),
    button(t(d.locale, 'summary.export'), 'exportCsv', d.cardId, d.subregion !== undefined ? { subregion: d.subregion } : {}),
  ];
}

export function rhoSummaryView(input: RhoSummaryCardInput): RhoSummaryView {
  const d = RhoSummaryCardData.parse(input);
  const region = d.subregion !== undefined ? `${d.regionName} · ${d.subregion}` : d.regionName;
  const chart = chartView(d.chart, d.locale);
  return {
    title: t(d.locale, 'summary.title', { region, date: d.asOf }),
    pageText: d.page.count > 1 ? [{ text: t(d.locale, 'summary.page', { page: d.page.index + 1, pages: d.page.count }) }] : [],
    totals: t(d.locale, 'summary.totals', d.totals),
    filter: filterView(d),
    chart: chart ? [chart] : [],
    none: d.totals.practices === 0 ? [{ text: t(d.locale, 'summary.none') }] : [],
    rows: rowViews(d),
    lists: lists(d),
    buttons: pageButtons(d),
  };
}

export function renderRhoSummaryCard(input: RhoSummaryCardInput): AdaptiveCardJson {
  return rhoSummaryTemplate.render(rhoSummaryView(input));
}
