// The region's summary as cards (issue 11 §4): rows grouped by subregion, most urgent first within each; the chart,
// the deadlines of the next four weeks and the stopped channels on the first card; as many cards as it takes to keep
// each below Teams' message size, measured as the JSON that is sent.
import type { ChartBar } from '../../cards/rho-chart.js';
import { LISTED, renderRhoSummaryCard, SUMMARY_ROWS, type RhoSummaryCardInput, type SummaryRow } from '../../cards/rho-summary.card.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import { kindLabel } from '../../cards/status.card.js';
import { formatDate } from '../../rules/dates.js';
import { t } from '../../rules/i18n/index.js';
import type { IsoDate, Locale } from '../../rules/model.js';
import { bySubregionThenUrgency, urgencyOf, type PracticeSummary } from './rows.js';

/** Teams refuses a message of about 80 KB or more (issue 11 §4); the card is kept below this, envelope aside. */
export const MAX_CARD_BYTES = 78_000;

export const cardBytes = (card: AdaptiveCardJson): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

export interface SummaryPagesInput {
  locale: Locale;
  newId: () => string;
  regionName: string;
  today: IsoDate;
  summaries: readonly PracticeSummary[];
  /** Only this subregion's practices. */
  subregion?: string;
  /** Paging buttons on each card (on demand). */
  paging: boolean;
}

/** Every subregion of the region's practices, alphabetically. */
export function subregionsOf(summaries: readonly PracticeSummary[]): string[] {
  return [...new Set(summaries.flatMap((s) => (s.row.subregion !== undefined ? [s.row.subregion] : [])))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
}

function chartOf(rows: readonly SummaryRow[], locale: Locale): ChartBar[] {
  const bars = new Map<string, ChartBar>();
  for (const r of rows) {
    const label = r.subregion ?? t(locale, 'summary.noSubregion');
    const bar = bars.get(label) ?? { label, missed: 0, atRisk: 0, onTrack: 0 };
    const u = urgencyOf(r);
    if (u === 'missed') bar.missed += 1;
    else if (u === 'at-risk') bar.atRisk += 1;
    else bar.onTrack += 1;
    bars.set(label, bar);
  }
  return [...bars.values()];
}

const counted = <T>(items: readonly T[]) => ({ items: items.slice(0, LISTED), more: Math.max(0, items.length - LISTED) });

/** What every card of the summary shares, and what only the first one shows. */
function common(i: SummaryPagesInput, shown: readonly PracticeSummary[]) {
  const rows = shown.map((s) => s.row);
  const deadlines = shown
    .flatMap((s) =>
      s.upcoming.map(({ due, item }) => ({
        due,
        practice: s.row.name,
        what: 'kind' in item ? kindLabel(item, i.locale) : item.name,
      })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.practice.localeCompare(b.practice, 'nl'))
    .map(({ due, practice, what }) => ({ date: formatDate(due), practice, what }));
  const inactive = rows.flatMap((r) => (r.inactiveSince !== undefined ? [{ practice: r.name, since: r.inactiveSince }] : []));
  const shared = {
    locale: i.locale,
    regionName: i.regionName,
    asOf: formatDate(i.today),
    paging: i.paging,
    ...(i.subregion !== undefined ? { subregion: i.subregion } : {}),
    subregions: subregionsOf(i.summaries),
    totals: {
      practices: rows.length,
      missed: rows.filter((r) => urgencyOf(r) === 'missed').length,
      atRisk: rows.filter((r) => urgencyOf(r) === 'at-risk').length,
      inactive: inactive.length,
    },
  } satisfies Partial<RhoSummaryCardInput>;
  const first = { chart: chartOf(rows, i.locale), deadlines: counted(deadlines), inactive: counted(inactive) };
  return { shared, first };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out.length > 0 ? out : [[]];
}

/** The summary's cards, in order. A card over MAX_CARD_BYTES has its rows split in two and the pages are drawn again. */
export function summaryCards(i: SummaryPagesInput): AdaptiveCardJson[] {
  const shown = i.summaries.filter((s) => i.subregion === undefined || s.row.subregion === i.subregion);
  const rows = shown.map((s) => s.row).sort(bySubregionThenUrgency);
  const { shared, first } = common(i, shown);
  let pages = chunks(rows, SUMMARY_ROWS);
  for (;;) {
    const count = pages.length;
    const cards = pages.map((page, index) =>
      renderRhoSummaryCard({ ...shared, ...(index === 0 ? first : {}), cardId: i.newId(), page: { index, count }, rows: page }),
    );
    const over = cards.findIndex((card, index) => cardBytes(card) > MAX_CARD_BYTES && (pages[index]?.length ?? 0) > 1);
    if (over < 0) return cards;
    const page = pages[over] ?? [];
    const half = Math.ceil(page.length / 2);
    pages = [...pages.slice(0, over), page.slice(0, half), page.slice(half), ...pages.slice(over + 1)];
  }
}
