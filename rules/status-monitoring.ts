// Monitoring figures without a target (issue 13 §1; schema `Monitor`): a trend compares a programme year with the one
// before, where the seed asks for a rise ("een structurele stijging van het aantal verwijzingen", 004 §B.3); a tally is
// a figure the practice must be able to show (004 §B.3 b). Neither is ever "missed": no number in the seed to miss.
import { addMonths } from './dates.js';
import { metricName, t } from './i18n/index.js';
import type { CountEntry, IsoDate, StatusItem, StatusState } from './model.js';
import { formatSource, type Monitor } from './schema.js';
import type { Ctx, Runs } from './status.js';
import { aggregate, elapsedShare, periodsOf, shown, type Period } from './status-periods.js';
import { periodText } from './status-messages.js';

const tail = (note: string | undefined, locale: string): string => (note && locale === 'nl' ? ` ${note}` : '');

function entriesIn(ctx: Ctx, metric: Monitor['metric'], from: IsoDate, until: IsoDate): CountEntry[] {
  return ctx.facts.counts.filter((c) => c.metric === metric && c.from >= from && c.from < until && c.from <= ctx.asOf);
}

/** The period before `p` of the same length (the programme year before; before year 1, the 12 months before the start). */
function previousOf(p: Period): { from: IsoDate; until: IsoDate } {
  return { from: addMonths(p.from, -12), until: p.from };
}

function trendItem(ctx: Ctx, m: Monitor, intervention: string, p: Period): StatusItem {
  const { locale } = ctx;
  const entries = entriesIn(ctx, m.metric, p.from, p.until);
  const value = aggregate(entries, m.aggregate);
  const prev = previousOf(p);
  let previous = aggregate(entriesIn(ctx, m.metric, prev.from, prev.until), m.aggregate);
  let baseKey: 'status.trend.base.previous' | 'status.trend.base.zero' = 'status.trend.base.previous';
  // A stock (portal users) without a figure for the year before: the first figure of this year is the baseline.
  if (previous === undefined && m.aggregate === 'latest' && entries.length >= 2) {
    previous = [...entries].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))[0]?.value;
    baseKey = 'status.trend.base.zero';
  }
  const running = ctx.asOf < p.until;
  const share = m.aggregate === 'sum' && running ? elapsedShare(p, ctx.asOf) : 1;
  const metric = metricName(m.metric, locale);
  const period = periodText(locale, shown(p));
  const base = {
    kind: 'threshold' as const,
    ruleId: `offer.${intervention}.${m.metric}`,
    metric: m.metric,
    intervention,
    measure: 'trend' as const,
    ...(value !== undefined ? { value } : {}),
    period: shown(p),
    source: formatSource(m.source),
  };
  if (previous === undefined)
    return {
      ...base,
      status: 'not-applicable',
      message: t(locale, 'status.trendNoBase', {
        metric,
        period,
        logged: value !== undefined,
        value: value ?? 0,
        note: tail(m.note, locale),
      }),
    };
  const grow = 1 + (m.risePercent ?? 0) / 100;
  const expected = Math.round(previous * grow * share * 100) / 100;
  const rising = m.risePercent !== undefined ? (value ?? 0) >= expected && (value ?? 0) > 0 : (value ?? 0) > expected;
  // Risen for good: the period is over (or on its last day), or a stock reached the rise the seed names.
  const done = !running || elapsedShare(p, ctx.asOf) >= 1 || (m.aggregate === 'latest' && m.risePercent !== undefined);
  const state: StatusState = rising ? (done ? 'met' : 'on-track') : value === undefined && running && share < 0.25 ? 'on-track' : 'at-risk';
  return {
    ...base,
    status: state,
    previous,
    ...(m.risePercent !== undefined ? { risePercent: m.risePercent } : {}),
    expectedShare: share,
    message: t(locale, 'status.trend', {
      metric,
      period,
      logged: value !== undefined,
      value: value ?? 0,
      base: t(locale, baseKey, { value: previous }),
      running: running && share < 1,
      expected,
      pct: m.risePercent !== undefined,
      risePercent: m.risePercent ?? 0,
      state: t(locale, `status.trend.state.${state === 'met' ? 'met' : state === 'on-track' ? 'rising' : 'flat'}`),
      note: tail(m.note, locale),
    }),
  };
}

function tallyItem(ctx: Ctx, m: Monitor, intervention: string, p: Period): StatusItem {
  const value = aggregate(entriesIn(ctx, m.metric, p.from, p.until), m.aggregate);
  const used = (value ?? 0) > 0;
  const state: StatusState = used ? 'met' : ctx.asOf < p.until && elapsedShare(p, ctx.asOf) <= 0.5 ? 'on-track' : 'at-risk';
  return {
    kind: 'threshold',
    status: state,
    ruleId: `offer.${intervention}.${m.metric}`,
    metric: m.metric,
    intervention,
    measure: 'tally',
    ...(value !== undefined ? { value } : {}),
    period: shown(p),
    source: formatSource(m.source),
    message: t(ctx.locale, 'status.tally', {
      metric: metricName(m.metric, ctx.locale),
      period: periodText(ctx.locale, shown(p)),
      logged: value !== undefined,
      value: value ?? 0,
      used,
      note: tail(m.note, ctx.locale),
    }),
  };
}

/** The monitoring items of the offers the practice runs: only the current period of each (nothing to miss earlier). */
export function monitoringItems(ctx: Ctx, runs: Runs): StatusItem[] {
  const items: StatusItem[] = [];
  for (const { offer, routes } of runs.values())
    for (const m of offer.monitoring ?? [])
      for (const p of periodsOf(m.period, ctx.facts, [...routes.keys()], ctx.asOf))
        if (ctx.asOf < p.until) items.push(m.measure === 'trend' ? trendItem(ctx, m, offer.id, p) : tallyItem(ctx, m, offer.id, p));
  return items;
}
