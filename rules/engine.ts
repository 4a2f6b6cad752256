// check(plan, ruleSet): every finding of RULES.md §6, deterministic, each with its rule id and seed source.
import type { CheckResult, Element, Finding, Locale, Plan, Severity, YearVersion } from './model.js';
import { t } from './i18n/index.js';
import { messages as m } from './messages.js';
import { counts, type PlanView, type Treatment, type ViewItem, viewPlan, yearStart } from './plan-view.js';
import { formatSource, type Offer, type Rule, type RuleOf, type RuleSet, ruleSetId } from './schema.js';
import { ruleSetFor } from './sets/index.js';

export class UnknownRuleSetError extends Error {
  constructor(
    readonly region: string,
    readonly version: string | undefined,
  ) {
    super(t('nl', 'rules.unknownRuleSet', { region, version: version ?? '?' }));
    this.name = 'UnknownRuleSetError';
  }
}

/** The version that decides a plan as a whole when its years are not split: the one in force on the start date. */
export function resolveRuleSet(plan: Pick<Plan, 'region' | 'startDate' | 'ruleSetVersion'>): RuleSet {
  const set = ruleSetFor(plan.region, plan.startDate, plan.ruleSetVersion);
  if (!set) throw new UnknownRuleSetError(plan.region, plan.ruleSetVersion);
  return set;
}

/**
 * Issue 9 §2 (RULES.md §6): programme year `year` is checked against the version in force when that year starts
 * (latest validFrom on or before it), unless the plan pins `ruleSetVersion`.
 */
export function ruleSetForYear(plan: Pick<Plan, 'region' | 'startDate' | 'ruleSetVersion'>, year: number): RuleSet {
  if (plan.ruleSetVersion !== undefined) return resolveRuleSet(plan);
  return calendarOf(plan.region, plan.startDate).set(year);
}

/** Per region and start date: each programme year's first day and the version in force on it, filled on first use. */
interface Calendar {
  start(year: number): string;
  set(year: number): RuleSet;
}

// A memo of pure lookups (every check asks for every year; date arithmetic and the set search are the costly part),
// bounded. The published sets never change while the process runs.
// Keyed by region, then start date: no key string is built on every check.
const calendars = new Map<string, Map<string, Calendar>>();
let calendarCount = 0;
function calendarOf(region: Plan['region'], startDate: string): Calendar {
  let ofRegion = calendars.get(region);
  if (ofRegion === undefined) {
    ofRegion = new Map();
    calendars.set(region, ofRegion);
  }
  let calendar = ofRegion.get(startDate);
  if (calendar === undefined) {
    const starts: string[] = [];
    const sets: RuleSet[] = [];
    calendar = {
      start: (year) => (starts[year] ??= yearStart(startDate, year)),
      set: (year) => {
        let set = sets[year];
        if (set === undefined) {
          set = ruleSetFor(region, calendar?.start(year) ?? startDate);
          if (!set) throw new UnknownRuleSetError(region, undefined);
          sets[year] = set;
        }
        return set;
      },
    };
    if (calendarCount >= 10_000) {
      for (const dates of calendars.values()) dates.clear();
      calendarCount = 0;
    }
    ofRegion.set(startDate, calendar);
    calendarCount++;
  }
  return calendar;
}

const setIds = new WeakMap<RuleSet, string>();
const idOf = (set: RuleSet): string => cached(setIds, set, () => ruleSetId(set));

/** The version that decided `year` in a check result (the result's `ruleSet` when the year is not in the plan). */
export function versionOfYear(result: Pick<CheckResult, 'ruleSet' | 'versions'>, year: number): string {
  return result.versions.find((v) => v.year === year)?.ruleSet ?? result.ruleSet;
}

/** The version of every year of the plan, in year order. */
export function yearVersions(plan: Pick<Plan, 'region' | 'startDate' | 'ruleSetVersion' | 'years'>): YearVersion[] {
  const years = [...new Set(plan.years.map((y) => y.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, yearStart: yearStart(plan.startDate, year), ruleSet: ruleSetId(ruleSetForYear(plan, year)) }));
}

interface Ctx {
  view: PlanView;
  /** The view's years in order (viewPlan adds them in year order), listed once for every rule that walks them. */
  years: readonly number[];
  set: RuleSet;
  /** `region@version` of `set`, stored on every finding (STYLE §3: rule id + version identify a decision). */
  setId: string;
  locale: Locale;
  out: Finding[];
}

/** The value cached under `key`, built on first use. Rule-set objects are immutable, so caches keyed by them never go stale. */
function cached<K, V>(cache: { get(k: K): V | undefined; set(k: K, v: V): unknown }, key: K, build: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

/** Per offer or rule: a cache for values derived from it (one inner map per rule-set object). */
function perObject<O extends object, K, V>(outer: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  return cached(outer, owner, () => new Map<K, V>());
}

// Each offer's or rule's source line is formatted once.
const sourceLines = new WeakMap<object, string>();
const src = (x: { source: Offer['source']; seeAlso?: Offer['source'][] }): string =>
  cached(sourceLines, x, () => formatSource(x.source, x.seeAlso ?? []));

// A "no RHO support" finding depends only on the offer, the locale and (when chosen early) the year, and recurs in
// every check of a plan with extras: its rule id, message and source are built once per combination.
interface SupportNote {
  ruleId: string;
  message: string;
  source: string;
}
const supportNotes = new WeakMap<Offer, Map<string, SupportNote>>();

/** Whether the minimum of `element` counts only the offer, so an "allowed" extra does not count (once per set). */
const offerOnlyMinimum = new WeakMap<RuleSet, Map<Element | undefined, boolean>>();
const countsOnlyOffered = (set: RuleSet, element: Element | undefined): boolean =>
  cached(perObject(offerOnlyMinimum, set), element, () =>
    set.rules.some((r) => (r.kind === 'min-count' || r.kind === 'must-add') && r.count === 'offered' && r.element === element),
  );

function add(ctx: Ctx, f: Omit<Finding, 'severity'> & { severity?: Severity }): void {
  const severity: Severity =
    f.severity ?? (f.kind === 'prerequisite' || f.kind === 'needs-approval' ? 'warning' : f.kind === 'no-rho-support' ? 'info' : 'error');
  // The key order of RULES.md §6, so CLI output reads like the contract; absent optional keys stay undefined
  // (JSON.stringify leaves them out) rather than being spread in, which keeps this hot path cheap.
  ctx.out.push({
    kind: f.kind,
    severity,
    ruleId: f.ruleId,
    element: f.element,
    year: f.year,
    intervention: f.intervention,
    message: f.message,
    source: f.source,
    ruleSet: ctx.setId,
  });
}

/** A finding about one item of the plan (its year, intervention and element). */
function addItem(
  ctx: Ctx,
  item: ViewItem,
  kind: Finding['kind'],
  ruleId: string,
  message: string,
  source: string,
  severity?: Severity,
): void {
  add(ctx, { kind, severity, ruleId, element: item.element, year: item.year, intervention: item.choice.id, message, source });
}

/** An offered item without RHO support, or one allowed on own initiative: an info finding, from the cache. */
function supportFinding(ctx: Ctx, item: ViewItem, t: Extract<Treatment, { kind: 'allowed' | 'offered' }>): void {
  const { set, locale } = ctx;
  const early = t.kind === 'allowed' && t.early;
  const key = early ? `${locale}|${item.year}` : t.kind === 'allowed' ? locale : `${locale}|offered`;
  const note = cached(perObject(supportNotes, t.offer), key, (): SupportNote => {
    const [region, year, id, element] = [set.region, item.year, t.offer.id, item.element];
    return {
      ruleId: `offer.${t.offer.id}.support`,
      message: early
        ? m.earlyAllowed({ locale, region, year, id, element, fromYear: t.offer.fromYear })
        : m.noSupport({ locale, region, year, id, element, notCounted: t.kind === 'allowed' && countsOnlyOffered(set, item.element) }),
      source: early ? formatSource(set.outsideOfferedYears.source) : src(t.offer),
    };
  });
  ctx.out.push({
    kind: 'no-rho-support',
    severity: 'info',
    ruleId: note.ruleId,
    element: item.element,
    year: item.year,
    intervention: item.choice.id,
    message: note.message,
    source: note.source,
    ruleSet: ctx.setId,
  });
}

function itemFindings(ctx: Ctx, item: ViewItem): void {
  const t = item.treatment;
  // Most items are plainly offered: leave before building any message objects (hot path of every check).
  if (t.kind === 'offered') {
    if (t.offer.support.level === 'no') supportFinding(ctx, item, t);
    return;
  }
  if (t.kind === 'allowed') return supportFinding(ctx, item, t);
  const { set, locale } = ctx;
  const region = set.region;
  const { year, element } = item;
  const id = item.choice.id;
  // Values written out, not spread from a shared object: see rules/messages.ts.
  switch (t.kind) {
    case 'unknown':
      return addItem(
        ctx,
        item,
        'unknown-intervention',
        'catalog.unknown',
        m.unknown({ locale, region, year, id, element }),
        formatSource(set.source),
      );
    case 'not-offered':
      return addItem(
        ctx,
        item,
        'not-offered',
        `offer.${id}`,
        m.notOffered({ locale, region, year, id, element }),
        t.offer ? src(t.offer) : formatSource(set.source),
      );
    case 'not-in-year':
      return addItem(
        ctx,
        item,
        'not-offered',
        `offer.${t.offer.id}.years`,
        m.notInYear({ locale, region, year, id, element, fromYear: t.offer.fromYear, toYear: t.offer.toYear }),
        src(t.offer),
      );
    case 'excluded':
      return addItem(
        ctx,
        item,
        'excluded',
        `offer.${t.offer.id}.excluded`,
        m.excluded({
          locale,
          region,
          year,
          id,
          element,
          because: t.offer.excludedBecause ?? 'double-funding',
          into: t.offer.integratedInto,
        }),
        src(t.offer),
      );
    case 'funded-elsewhere':
      return addItem(
        ctx,
        item,
        'excluded',
        t.rule.id,
        m.fundedElsewhere({ locale, region, year, id, element, scheme: t.funding.scheme }),
        src(t.rule),
      );
    case 'needs-approval':
      return addItem(
        ctx,
        item,
        'needs-approval',
        t.rule.id,
        m.needsApproval({ locale, region, year, id, element, scheme: t.funding.scheme }),
        src(t.rule),
      );
    case 'approval-used':
      return addItem(
        ctx,
        item,
        'excluded',
        `${t.rule.id}.one-moves`,
        m.approvalUsed({ locale, region, year, id, element, scheme: t.funding.scheme, moved: t.moved }),
        src(t.rule),
      );
    case 'not-yet-available':
      return addItem(
        ctx,
        item,
        'not-offered',
        `offer.${t.offer.id}.available-from`,
        m.notYetAvailable({ locale, region, year, id, element, availableFrom: t.availableFrom, yearStart: t.yearStart }),
        src(t.offer),
      );
    case 'disputed-year':
      return addItem(
        ctx,
        item,
        'needs-approval',
        `offer.${t.offer.id}.disputed-year`,
        m.disputedYear({ locale, region, year, id, element, fromYear: t.offer.fromYear, reading: t.offer.reading }),
        t.offer.reading && 'source' in t.offer.reading ? formatSource(t.offer.reading.source, [t.offer.source]) : src(t.offer),
        'warning',
      );
  }
}

function ids(view: PlanView, year: number, el: Element): string[] {
  return (view.years.get(year) ?? []).filter((i) => i.element === el && i.treatment.kind !== 'unknown').map((i) => i.choice.id);
}

function continued(view: PlanView, year: number, prevId: string): boolean {
  return (view.years.get(year) ?? []).some((i) => {
    if (i.choice.id === prevId) return true;
    const t = i.treatment;
    return (
      'offer' in t &&
      t.offer !== undefined &&
      (t.offer.continues === prevId || (t.offer.deepens as readonly string[] | undefined)?.includes(prevId) === true)
    );
  });
}

/** How many items of `year` count towards a minimum of `el` (a year lists each id once, so this is the number of ids). */
function countedCount(view: PlanView, year: number, el: Element, mode: 'allowed' | 'offered'): number {
  let n = 0;
  for (const item of view.years.get(year) ?? []) if (counts(item, el, mode)) n++;
  return n;
}

/** Whether `year` chose `id` (a year lists each id once). */
const chose = (view: PlanView, year: number, id: string): boolean => (view.years.get(year) ?? []).some((i) => i.choice.id === id);

// Runs for every rule of every check: the usual plan passes them all, so the checks below count and compare
// without building lists, and the source line and message parameters are only made for a finding.
function ruleFindings(ctx: Ctx, rule: Rule): void {
  const { view, locale } = ctx;
  const region = ctx.set.region;
  switch (rule.kind) {
    case 'min-count': {
      if (!view.years.has(rule.year)) return;
      const actual = countedCount(view, rule.year, rule.element, rule.count);
      if (actual < rule.min)
        add(ctx, {
          kind: 'min-count',
          ruleId: rule.id,
          element: rule.element,
          year: rule.year,
          source: src(rule),
          message: m.minCount({
            locale,
            region,
            year: rule.year,
            element: rule.element,
            min: rule.min,
            actual,
            fromOffer: rule.count === 'offered',
          }),
        });
      return;
    }
    case 'must-add': {
      const previous = view.years.get(rule.year - 1);
      if (!view.years.has(rule.year) || previous === undefined) return;
      // Last year's ids of the element, and what counted for it (a upc course that counts as awp via alsoCountsAs
      // and simply continues is not an extra intervention either).
      const el = rule.element;
      const before = (id: string): boolean =>
        previous.some((i) => i.choice.id === id && ((i.element === el && i.treatment.kind !== 'unknown') || counts(i, el, 'allowed')));
      if (!(view.years.get(rule.year) ?? []).some((i) => counts(i, el, rule.count) && !before(i.choice.id)))
        add(ctx, {
          kind: 'must-add',
          ruleId: rule.id,
          element: rule.element,
          year: rule.year,
          source: src(rule),
          message: m.mustAdd({ locale, region, year: rule.year, element: rule.element }),
        });
      return;
    }
    case 'must-continue':
      for (const year of ctx.years) {
        if (year < rule.fromYear || (rule.toYear !== undefined && year > rule.toYear) || !view.years.has(year - 1)) continue;
        const previous = ids(view, year - 1, rule.element);
        const missing = previous.filter((id) => !continued(view, year, id));
        if (previous.length === 0 || missing.length === 0) continue;
        if (rule.mode === 'any' && missing.length === previous.length)
          add(ctx, {
            kind: 'must-continue',
            ruleId: rule.id,
            element: rule.element,
            year,
            source: src(rule),
            message: m.mustContinueAny({ locale, region, year, element: rule.element, previous }),
          });
        if (rule.mode === 'all')
          for (const id of missing)
            add(ctx, {
              kind: 'must-continue',
              ruleId: rule.id,
              element: rule.element,
              year,
              intervention: id,
              source: src(rule),
              message: m.mustContinueOne({ locale, region, year, id }),
            });
      }
      return;
    case 'new-or-deepening':
      for (const year of ctx.years) {
        if (year < rule.fromYear) continue;
        const ok = (view.years.get(year) ?? []).some(
          (i) =>
            i.element !== undefined &&
            rule.elements.includes(i.element) &&
            (i.choice.deepening === true || !chose(view, year - 1, i.choice.id)),
        );
        if (!ok)
          add(ctx, {
            kind: 'min-count',
            ruleId: rule.id,
            element: rule.elements[0],
            year,
            source: src(rule),
            message: m.newOrDeepening({ locale, region, year, elements: rule.elements }),
          });
      }
      return;
    case 'deepening-justification':
      for (const year of ctx.years)
        if (year >= rule.fromYear)
          for (const item of view.years.get(year) ?? [])
            if (item.choice.deepening && !item.choice.justification?.trim())
              add(ctx, {
                kind: 'justification-required',
                ruleId: rule.id,
                year,
                intervention: item.choice.id,
                element: item.element,
                source: src(rule),
                message: m.justification({ locale, region, year, id: item.choice.id }),
              });
      return;
    case 'prerequisite':
      prerequisite(ctx, rule);
      return;
    default:
      return; // deadlines, intervisie and double funding are handled by status() and per item
  }
}

function prerequisite(ctx: Ctx, rule: RuleOf<'prerequisite'>): void {
  const { years, view } = ctx;
  const first = years.find((y) => chose(view, y, rule.intervention));
  if (first === undefined) return;
  const required = rule.requires;
  const met = required !== undefined && years.some((y) => y < first && chose(view, y, required));
  if (met) return;
  add(ctx, {
    kind: 'prerequisite',
    ruleId: rule.id,
    year: first,
    intervention: rule.intervention,
    element: rule.intervention.split('.')[0] as Element,
    source: src(rule),
    message: m.prerequisite({
      locale: ctx.locale,
      region: ctx.set.region,
      id: rule.intervention,
      requirement: rule.requirement,
      inPlan: required !== undefined,
    }),
  });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ELEMENT_ORDER: Record<string, number> = { awp: 0, gg: 1, sn: 2, upc: 3 };

// Plain code-point order: deterministic everywhere and much cheaper than localeCompare on the hot path.
const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function compare(a: Finding, b: Finding): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (ELEMENT_ORDER[a.element ?? ''] ?? 9) - (ELEMENT_ORDER[b.element ?? ''] ?? 9) ||
    cmp(a.intervention ?? '', b.intervention ?? '') ||
    cmp(a.ruleId, b.ruleId)
  );
}

/** Every finding of the whole plan under one version. */
function findingsUnder(plan: Plan, set: RuleSet, locale: Locale): Finding[] {
  const view = viewPlan(plan, set);
  const ctx: Ctx = { view, years: [...view.years.keys()], set, setId: idOf(set), locale, out: [] };
  for (const items of ctx.view.years.values()) for (const item of items) itemFindings(ctx, item);
  for (const rule of set.rules) ruleFindings(ctx, rule);
  return ctx.out;
}

/**
 * The plan's findings. Each programme year is judged by its own version (ruleSetForYear): when the years fall
 * under different versions, every version checks the whole plan and keeps the findings of its own years, so a
 * cross-year rule ("year 2 adds one", "year 2 continues year 1") is judged by the later year's version, which
 * also reads the earlier year through its own offer. `ruleSet` is the version of the plan's last year (the one
 * that is being planned); `versions` lists the version of every year. `opts.ruleSet` pins one version (advisor).
 */
/** The distinct plan years in order; the usual already sorted, duplicate-free list is returned as is. */
function planYears(plan: Plan): number[] {
  const years = plan.years.map((y) => y.year);
  for (let i = 1; i < years.length; i++) if ((years[i] ?? 0) <= (years[i - 1] ?? 0)) return [...new Set(years)].sort((a, b) => a - b);
  return years;
}

export function check(plan: Plan, opts: { ruleSet?: RuleSet; locale?: Locale } = {}): CheckResult {
  const locale = opts.locale ?? 'nl';
  const pinned = opts.ruleSet ?? (plan.ruleSetVersion !== undefined || plan.years.length === 0 ? resolveRuleSet(plan) : undefined);
  const years = planYears(plan);
  const calendar = calendarOf(plan.region, plan.startDate);
  const sets = pinned ? years.map(() => pinned) : years.map((year) => calendar.set(year));
  const last = sets.at(-1) ?? pinned ?? resolveRuleSet(plan);
  let findings: Finding[];
  if (sets.every((set) => set === last)) findings = findingsUnder(plan, last, locale);
  else {
    findings = [];
    // A version reads the years up to its own last one: its rules look back (year − 1, prerequisites), never ahead.
    // Plain loops: a plan that spans versions (HOOG 2023 → 2024) is checked on the same hot path as any other.
    for (const set of new Set(sets)) {
      const upTo = years[sets.lastIndexOf(set)] ?? 0;
      // A plain copy and then the years: a spread with more keys costs microseconds on Node 20 (see rules/messages.ts).
      let part = plan;
      if (upTo !== years.at(-1)) {
        part = { ...plan };
        part.years = plan.years.filter((y) => y.year <= upTo);
      }
      for (const f of findingsUnder(part, set, locale))
        if ((f.year === undefined ? sets[0] : sets[years.indexOf(f.year)]) === set) findings.push(f);
    }
  }
  findings.sort(compare);
  const versions = years.map((year, i) => ({ year, yearStart: calendar.start(year), ruleSet: idOf(sets[i] ?? last) }));
  return { ok: !findings.some((f) => f.severity === 'error'), ruleSet: idOf(last), versions, findings };
}
