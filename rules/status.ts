// status(practice, asOf): where a practice stands on asOf (a calendar date, never the clock).
// Pro-rata: "at-risk" when the value is below floor(target × share of the period elapsed); "missed" only once
// the period (or deadline) has passed; "at-risk" for a deadline within AT_RISK_DAYS.
import { addDays, addMonths, daysBetween, programmeYear, programmeYearRange } from './dates.js';
import { resolveRuleSet } from './engine.js';
import { regionName } from './i18n/index.js';
import type { IsoDate, Locale, PracticeFacts, StatusItem, StatusResult, StatusState } from './model.js';
import { viewPlan } from './plan-view.js';
import { formatSource, type RuleOf, type RuleSet, ruleSetId, type Threshold } from './schema.js';
import { statusMessages as sm } from './status-messages.js';

const AT_RISK_DAYS = 30;

interface Ctx {
  facts: PracticeFacts;
  asOf: IsoDate;
  set: RuleSet;
  locale: Locale;
  year: number;
}

const src = (r: { source: RuleOf<'intervisie'>['source']; seeAlso?: RuleOf<'intervisie'>['source'][] }) =>
  formatSource(r.source, r.seeAlso ?? []);

function share(from: IsoDate, until: IsoDate, asOf: IsoDate): number {
  const total = daysBetween(from, until);
  return Math.min(1, Math.max(0, daysBetween(from, asOf) / total));
}

function deadlineState(done: boolean, due: IsoDate, asOf: IsoDate): StatusState {
  if (done) return 'met';
  if (asOf > due) return 'missed';
  return daysBetween(asOf, due) <= AT_RISK_DAYS ? 'at-risk' : 'on-track';
}

function intervisieCount(ctx: Ctx): StatusItem {
  const rule = ctx.set.rules.find((r): r is RuleOf<'intervisie'> => r.kind === 'intervisie');
  const rho = regionName(ctx.set.region, ctx.locale);
  if (!rule)
    return {
      kind: 'intervisie-count',
      status: 'not-applicable',
      ruleId: 'intervisie',
      message: sm.intervisieNoMinimum(ctx.locale, rho),
      source: formatSource(ctx.set.source),
    };
  if (rule.perYear === undefined || ctx.year === 0)
    return {
      kind: 'intervisie-count',
      status: 'not-applicable',
      ruleId: rule.id,
      source: src(rule),
      message: ctx.year === 0 ? sm.notStarted(ctx.locale, ctx.facts.startDate) : sm.intervisieNoMinimum(ctx.locale, rho, rule.note),
    };
  const { from, until } = programmeYearRange(ctx.facts.startDate, ctx.year);
  const inYear = ctx.facts.intervisie.filter((s) => s.date >= from && s.date < until && s.date <= ctx.asOf);
  const gps = ctx.facts.gps;
  const counted = inYear.filter(
    (s) =>
      (rule.minMinutes === undefined || s.minutes === undefined || s.minutes >= rule.minMinutes) &&
      (!rule.allGps || gps === undefined || s.gpsPresent === undefined || s.gpsPresent >= gps),
  );
  const value = counted.length;
  const expectedShare = share(from, until, ctx.asOf);
  const status: StatusState = value >= rule.perYear ? 'met' : value < Math.floor(rule.perYear * expectedShare) ? 'at-risk' : 'on-track';
  const due = addDays(until, -1);
  return {
    kind: 'intervisie-count',
    status,
    ruleId: rule.id,
    value,
    target: rule.perYear,
    expectedShare,
    due,
    source: src(rule),
    message: sm.intervisieCount(ctx.locale, {
      year: ctx.year,
      value,
      target: rule.perYear,
      skipped: inYear.length - value,
      due,
      state: status,
      minMinutes: rule.minMinutes,
    }),
  };
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
  const held = ctx.facts.intervisie
    .map((s) => s.date)
    .filter((d) => d >= start && d <= due && d <= ctx.asOf)
    .sort()[0];
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

function thresholdItem(ctx: Ctx, year: number, threshold: Threshold, interventionId: string): StatusItem {
  const { from, until } = programmeYearRange(ctx.facts.startDate, year);
  const np = ctx.facts.normpraktijken ?? 1;
  const target = Math.round(threshold.target * (threshold.perNormpraktijk ? np : 1) * 100) / 100;
  const entries = ctx.facts.counts.filter((c) => c.metric === threshold.metric && c.from >= from && c.from < until);
  const latest = [...entries].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from)).at(-1);
  const value = threshold.aggregate === 'sum' ? (entries.length ? entries.reduce((n, c) => n + c.value, 0) : undefined) : latest?.value;
  const ended = ctx.asOf >= until;
  const expectedShare = share(from, until, ctx.asOf);
  let status: StatusState;
  if ((value ?? 0) >= target) status = 'met';
  else if (ended) status = 'missed';
  else if (threshold.aggregate === 'latest') status = value === undefined && expectedShare < 0.25 ? 'on-track' : 'at-risk';
  else status = (value ?? 0) < Math.floor(target * expectedShare) ? 'at-risk' : 'on-track';
  const due = addDays(until, -1);
  return {
    kind: 'threshold',
    status,
    ruleId: `offer.${interventionId}.${threshold.metric}`,
    metric: threshold.metric,
    intervention: interventionId,
    ...(value !== undefined ? { value } : {}),
    target,
    expectedShare,
    due,
    source: formatSource(threshold.source),
    message: sm.threshold(ctx.locale, {
      metric: threshold.metric,
      year,
      value,
      target,
      due,
      state: status,
      note: threshold.note,
      ...(threshold.perNormpraktijk ? { perNp: { base: threshold.target, np } } : {}),
    }),
  };
}

/** Threshold items for the interventions chosen in `year` (the latest planned year up to it); none for others. */
function thresholds(ctx: Ctx, year: number): StatusItem[] {
  const view = viewPlan(ctx.facts, ctx.set);
  const planned = [...view.years.keys()]
    .filter((y) => y <= year)
    .sort((a, b) => a - b)
    .at(-1);
  if (planned === undefined) return [];
  const seen = new Set<string>();
  const items: StatusItem[] = [];
  for (const item of view.years.get(planned) ?? []) {
    const t = item.treatment;
    if (t.kind !== 'offered' && t.kind !== 'allowed' && t.kind !== 'needs-approval') continue;
    for (const threshold of t.offer.thresholds) {
      if (seen.has(threshold.metric)) continue;
      seen.add(threshold.metric);
      items.push(thresholdItem(ctx, year, threshold, t.offer.id));
    }
  }
  return items;
}

export function status(facts: PracticeFacts, asOf: IsoDate, opts: { locale?: Locale } = {}): StatusResult {
  const set = resolveRuleSet(facts);
  const year = programmeYear(facts.startDate, asOf);
  const ctx: Ctx = { facts, asOf, set, locale: opts.locale ?? 'nl', year };
  const items = [intervisieCount(ctx), ...intervisieFirst(ctx), praktijkplan(ctx)];
  if (year >= 2) items.push(...thresholds(ctx, year - 1));
  if (year >= 1) items.push(...thresholds(ctx, year));
  return { asOf, programmeYear: year, ruleSet: ruleSetId(set), items };
}
