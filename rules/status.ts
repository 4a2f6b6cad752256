// status(practice, asOf): where a practice stands on asOf (a calendar date, never the clock).
// Pro-rata: "at-risk" when the value is below floor(target × share of the period elapsed, asOf included), and below
// the target on its last day; "missed" once the period (or deadline) has passed, and an earlier period that was
// missed stays listed with its dates (rules/status-periods.ts); "at-risk" for a deadline within AT_RISK_DAYS.
import { addDays, addMonths, programmeYear } from './dates.js';
import { ruleSetForYear } from './engine.js';
import { regionName } from './i18n/index.js';
import type { CountEntry, IntervisieSession, IsoDate, Locale, PracticeFacts, StatusItem, StatusResult, StatusState } from './model.js';
import { viewPlan } from './plan-view.js';
import { formatSource, type Offer, type RuleOf, type RuleSet, ruleSetId, type Threshold } from './schema.js';
import { intervisieItems, runsOf } from './status-intervisie.js';
import { monitoringItems } from './status-monitoring.js';
import { milestoneItems } from './status-milestones.js';
import {
  aggregate,
  deadlineState,
  elapsedShare,
  lastProgrammeYear,
  listed,
  type Period,
  periodsOf,
  shown,
  verdict,
} from './status-periods.js';
import { statusMessages as sm } from './status-messages.js';

export interface Ctx {
  facts: PracticeFacts;
  asOf: IsoDate;
  set: RuleSet;
  locale: Locale;
  year: number;
}

const src = (r: { source: RuleOf<'intervisie'>['source']; seeAlso?: RuleOf<'intervisie'>['source'][] }) =>
  formatSource(r.source, r.seeAlso ?? []);

function intervisieCount(ctx: Ctx): StatusItem[] {
  const rule = ctx.set.rules.find((r): r is RuleOf<'intervisie'> => r.kind === 'intervisie');
  const rho = regionName(ctx.set.region, ctx.locale);
  if (!rule)
    return [
      {
        kind: 'intervisie-count',
        status: 'not-applicable',
        ruleId: 'intervisie',
        message: sm.intervisieNoMinimum(ctx.locale, rho),
        source: formatSource(ctx.set.source),
      },
    ];
  if (ctx.year === 0)
    return [
      {
        kind: 'intervisie-count',
        status: 'not-applicable',
        ruleId: rule.id,
        source: src(rule),
        message: sm.notStarted(ctx.locale, ctx.facts.startDate),
      },
    ];
  return intervisieItems(rule, ctx.facts, ctx.asOf, ctx.year, ctx.locale, rho);
}

function intervisieFirst(ctx: Ctx): StatusItem[] {
  const rule = ctx.set.rules.find((r): r is RuleOf<'intervisie-first'> => r.kind === 'intervisie-first');
  if (!rule) return [];
  const start = ctx.facts.firstInterventionStart;
  if (!start)
    return [
      {
        kind: 'intervisie-first',
        status: 'not-applicable',
        ruleId: rule.id,
        source: src(rule),
        message: sm.firstMissingStart(ctx.locale, rule.monthsAfterFirstIntervention),
      },
    ];
  const due = addMonths(start, rule.monthsAfterFirstIntervention);
  const held = earliestBetween(ctx.facts.intervisie, start, due < ctx.asOf ? due : ctx.asOf);
  const status = deadlineState(held !== undefined, due, ctx.asOf);
  return [
    {
      kind: 'intervisie-first',
      status,
      ruleId: rule.id,
      due,
      value: held ? 1 : 0,
      target: 1,
      source: src(rule),
      message: sm.first(ctx.locale, { due, state: status, held }),
    },
  ];
}

/** The first session date in [from, to], one look per run (equal sessions of a day are one object, repeated). */
function earliestBetween(sessions: readonly IntervisieSession[], from: IsoDate, to: IsoDate): IsoDate | undefined {
  let earliest: IsoDate | undefined;
  for (const { session: s } of runsOf(sessions)) {
    if (s.date >= from && s.date <= to && (earliest === undefined || s.date < earliest)) earliest = s.date;
  }
  return earliest;
}

function praktijkplan(ctx: Ctx): StatusItem {
  const rule = ctx.set.rules.find((r): r is RuleOf<'praktijkplan-deadline'> => r.kind === 'praktijkplan-deadline');
  if (!rule)
    return {
      kind: 'praktijkplan-deadline',
      status: 'not-applicable',
      ruleId: 'praktijkplan',
      source: formatSource(ctx.set.source),
      message: sm.noPlanDeadline(ctx.locale, regionName(ctx.set.region, ctx.locale)),
    };
  const due = addMonths(ctx.facts.startDate, rule.monthsAfterStart);
  const submitted = ctx.facts.praktijkplanSubmitted;
  const status: StatusState = submitted ? (submitted <= due ? 'met' : 'missed') : deadlineState(false, due, ctx.asOf);
  return {
    kind: 'praktijkplan-deadline',
    status,
    ruleId: rule.id,
    due,
    source: src(rule),
    message: sm.planDeadline(ctx.locale, { due, state: status, submitted, note: rule.note }),
  };
}

function thresholdItem(ctx: Ctx, threshold: Threshold, interventionId: string, period: Period): StatusItem {
  const np = ctx.facts.normpraktijken ?? 1;
  const target = Math.round(threshold.target * (threshold.perNormpraktijk ? np : 1) * 100) / 100;
  // A rolling window counts every entry that overlaps it; other periods the entries that start in them.
  const inPeriod = (c: CountEntry) =>
    (period.kind === 'rolling-12-months' ? c.to >= period.from : c.from >= period.from) && c.from < period.until && c.from <= ctx.asOf;
  const entries = ctx.facts.counts.filter((c) => c.metric === threshold.metric && inPeriod(c));
  const value = aggregate(entries, threshold.aggregate);
  const expectedShare = elapsedShare(period, ctx.asOf);
  let status = verdict(value ?? 0, target, period, ctx.asOf);
  // A rate (hours per week) is due from the start: behind unless nothing is logged yet in the first quarter.
  if (threshold.aggregate === 'latest' && (status === 'on-track' || status === 'at-risk'))
    status = value === undefined && expectedShare < 0.25 ? 'on-track' : 'at-risk';
  const due = addDays(period.until, -1);
  return {
    kind: 'threshold',
    status,
    ruleId: `offer.${interventionId}.${threshold.metric}`,
    metric: threshold.metric,
    intervention: interventionId,
    ...(threshold.route !== undefined ? { route: threshold.route } : {}),
    ...(value !== undefined ? { value } : {}),
    target,
    expectedShare,
    due,
    period: shown(period),
    source: formatSource(threshold.source),
    message: sm.threshold(ctx.locale, {
      metric: threshold.metric,
      period: shown(period),
      value,
      target,
      due,
      state: status,
      note: threshold.note,
      ...(threshold.perNormpraktijk ? { perNp: { base: threshold.target, np } } : {}),
    }),
  };
}

/** A route-specific threshold while the practice has not said which route it took: information, no target to chase. */
function chooseRouteItem(ctx: Ctx, threshold: Threshold, offer: Offer): StatusItem {
  const route = offer.routes?.find((r) => r.id === threshold.route);
  return {
    kind: 'threshold',
    status: 'not-applicable',
    ruleId: `offer.${offer.id}.${threshold.metric}`,
    metric: threshold.metric,
    intervention: offer.id,
    ...(threshold.route !== undefined ? { route: threshold.route } : {}),
    source: formatSource(
      threshold.source,
      (offer.routes ?? []).map((r) => r.source),
    ),
    message: sm.chooseRoute(ctx.locale, {
      metric: threshold.metric,
      intervention: offer.id,
      route: route?.name ?? threshold.route ?? '',
      routes: (offer.routes ?? []).map((r) => r.name),
    }),
  };
}

/** For each offer the practice runs: the programme years it runs in (the latest planned year up to a year stands for that year), with the route taken. */
export type Runs = Map<string, { offer: Offer; routes: Map<number, string | undefined> }>;

function runningOffers(ctx: Ctx): Runs {
  const view = viewPlan(ctx.facts, ctx.set);
  const planned = [...view.years.keys()].sort((a, b) => a - b);
  const last = Math.min(ctx.year, lastProgrammeYear(ctx.facts));
  const runs: Runs = new Map();
  for (let year = 1; year <= last; year += 1) {
    const source = planned.filter((y) => y <= year).at(-1);
    if (source === undefined) continue;
    for (const item of view.years.get(source) ?? []) {
      const t = item.treatment;
      if (t.kind !== 'offered' && t.kind !== 'allowed' && t.kind !== 'needs-approval') continue;
      const run = runs.get(t.offer.id) ?? { offer: t.offer, routes: new Map<number, string | undefined>() };
      const route = item.choice.route;
      run.routes.set(year, route !== undefined && t.offer.routes?.some((r) => r.id === route) ? route : undefined);
      runs.set(t.offer.id, run);
    }
  }
  return runs;
}

/**
 * Threshold items: per threshold of a running offer the periods of its kind. A threshold with a route counts only in
 * the years the practice took that route; in the current year without a chosen route it becomes a "kies route" item.
 */
function thresholds(ctx: Ctx, runs: Runs): StatusItem[] {
  const items: StatusItem[] = [];
  for (const { offer, routes } of runs.values()) {
    const seen = new Set<string>();
    for (const threshold of offer.thresholds) {
      if (seen.has(threshold.metric)) continue;
      seen.add(threshold.metric);
      const years = [...routes.keys()].filter((y) => threshold.route === undefined || routes.get(y) === threshold.route);
      for (const period of periodsOf(threshold.period, ctx.facts, years, ctx.asOf)) {
        const item = thresholdItem(ctx, threshold, offer.id, period);
        if (listed(period, item.status, ctx.asOf)) items.push(item);
      }
      if (threshold.route !== undefined && routes.has(ctx.year) && routes.get(ctx.year) === undefined)
        items.push(chooseRouteItem(ctx, threshold, offer));
    }
  }
  return items;
}

/** Route ids in the plan that the offer does not have, as `years[i].interventions[j].route` paths (for the CLI). */
export function unknownRoutes(facts: PracticeFacts): { path: (string | number)[]; route: string; routes: string[] }[] {
  return facts.years.flatMap((y, i) =>
    y.interventions.flatMap((p, j) => {
      if (p.route === undefined) return [];
      const routes = (ruleSetForYear(facts, y.year).offers.find((o) => o.id === p.id)?.routes ?? []).map((r) => r.id);
      return routes.includes(p.route) ? [] : [{ path: ['years', i, 'interventions', j, 'route'], route: p.route, routes }];
    }),
  );
}

function contextOf(facts: PracticeFacts, asOf: IsoDate, opts: { locale?: Locale }): Ctx {
  const year = programmeYear(facts.startDate, asOf);
  return { facts, asOf, set: ruleSetForYear(facts, Math.max(1, year)), locale: opts.locale ?? 'nl', year };
}

/**
 * The intervisie-count items of status() alone, the same objects in the same order (what the confirmation of a logged
 * session shows): a submit needs these, not the thresholds, milestones and deadlines around them (issue 10).
 */
export function intervisieCountItems(facts: PracticeFacts, asOf: IsoDate, opts: { locale?: Locale } = {}): StatusItem[] {
  return intervisieCount(contextOf(facts, asOf, opts));
}

/**
 * The practice's status on `asOf`, by the rule-set version in force when the current programme year started
 * (issue 9 §2): what the practice is told it still has to do follows the rules that apply to it now.
 */
export function status(facts: PracticeFacts, asOf: IsoDate, opts: { locale?: Locale } = {}): StatusResult {
  const ctx = contextOf(facts, asOf, opts);
  const { set, year } = ctx;
  const items = [...intervisieCount(ctx), ...intervisieFirst(ctx), praktijkplan(ctx)];
  if (year >= 1) {
    const runs = runningOffers(ctx);
    items.push(...thresholds(ctx, runs), ...monitoringItems(ctx, runs));
  }
  return { asOf, programmeYear: year, ruleSet: ruleSetId(set), items, milestones: milestoneItems(set, facts, asOf, year, ctx.locale) };
}
