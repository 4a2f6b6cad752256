// A checked view of a plan against one rule set: for every chosen intervention, how the region treats it.
// Shared by the engine (findings), the status (which thresholds apply) and the advisor (open requirements).
import { addMonths } from './dates.js';
import { elementOf, INTERVENTION_IDS, type Element, type OtherFunding, type Plan, type PlannedIntervention } from './model.js';
import type { Offer, RuleOf, RuleSet } from './schema.js';

export type Treatment =
  | { kind: 'unknown' }
  | { kind: 'not-offered'; offer?: Offer }
  | { kind: 'not-in-year'; offer: Offer }
  | { kind: 'not-yet-available'; offer: Offer; availableFrom: string; yearStart: string }
  | { kind: 'disputed-year'; offer: Offer }
  | { kind: 'excluded'; offer: Offer }
  | { kind: 'funded-elsewhere'; offer: Offer; rule: RuleOf<'double-funding'>; funding: OtherFunding }
  | { kind: 'needs-approval'; offer: Offer; rule: RuleOf<'double-funding'>; funding: OtherFunding }
  | { kind: 'approval-used'; offer: Offer; rule: RuleOf<'double-funding'>; funding: OtherFunding; moved: readonly string[] }
  | { kind: 'allowed'; offer: Offer; early: boolean }
  | { kind: 'offered'; offer: Offer };

export interface ViewItem {
  year: number;
  choice: PlannedIntervention;
  element: Element | undefined;
  treatment: Treatment;
}

export interface PlanView {
  ruleSet: RuleSet;
  years: ReadonlyMap<number, readonly ViewItem[]>;
}

function inYears(offer: Offer, year: number): boolean {
  return year >= offer.fromYear && (offer.toYear === undefined || year <= offer.toYear);
}

function fundingMatch(rule: RuleOf<'double-funding'>, id: string, plan: Plan): OtherFunding | undefined {
  if (rule.subregions && !rule.subregions.includes(plan.subregion ?? '')) return undefined;
  return (plan.otherFunding ?? []).find((f) => {
    if (rule.schemes && !rule.schemes.includes(f.scheme)) return false;
    if (rule.matchIntervention && f.intervention === id) return true;
    return (rule.projects ?? []).some((p) => p.project === f.project && (p.interventions as readonly string[]).includes(id));
  });
}

// The double-funding rules of a set, found once per set: every item of every check asks for them.
const doubleFundingRules = new WeakMap<RuleSet, readonly RuleOf<'double-funding'>[]>();
function doubleFundingRulesOf(set: RuleSet): readonly RuleOf<'double-funding'>[] {
  let rules = doubleFundingRules.get(set);
  if (rules === undefined) {
    rules = set.rules.filter((r): r is RuleOf<'double-funding'> => r.kind === 'double-funding');
    doubleFundingRules.set(set, rules);
  }
  return rules;
}

function doubleFunding(set: RuleSet, offer: Offer, plan: Plan): Treatment | undefined {
  // Without other funding no rule can match (fundingMatch finds nothing): the usual plan leaves here.
  if (plan.otherFunding === undefined || plan.otherFunding.length === 0) return undefined;
  for (const rule of doubleFundingRulesOf(set)) {
    const funding = fundingMatch(rule, offer.id, plan);
    if (!funding) continue;
    const approval = rule.approvalWhenMoreThan;
    const entries = plan.otherFunding.filter((f) => approval && f.scheme === approval.scheme && f.intervention);
    if (approval && funding.scheme === approval.scheme && entries.length > approval.count)
      return { kind: 'needs-approval', offer, rule, funding };
    return { kind: 'funded-elsewhere', offer, rule, funding };
  }
  return undefined;
}

// The element of every catalogue id (RULES.md §3), looked up rather than sliced out of the id on every item of every
// check; also the catalogue test, so the engine need not load rules/catalog.ts (descriptions, problem words).
const ELEMENT_OF_ID: ReadonlyMap<string, Element | undefined> = new Map(INTERVENTION_IDS.map((id) => [id, elementOf(id)]));
const elementOfId = (id: string): Element | undefined => (ELEMENT_OF_ID.has(id) ? ELEMENT_OF_ID.get(id) : elementOf(id));

// A memo of a pure function (every check asks it for every year; date arithmetic is the costly part), bounded.
const yearStarts = new Map<string, string>();

/** The first day of programme year `year` of a practice that started on `startDate` (RULES.md §1). */
export function yearStart(startDate: string, year: number): string {
  if (year === 1) return startDate;
  const key = `${startDate}|${year}`;
  let start = yearStarts.get(key);
  if (start === undefined) {
    if (yearStarts.size >= 10_000) yearStarts.clear();
    start = addMonths(startDate, 12 * (year - 1));
    yearStarts.set(key, start);
  }
  return start;
}

export function treat(set: RuleSet, offers: ReadonlyMap<string, Offer>, id: string, year: number, plan: Plan): Treatment {
  if (!ELEMENT_OF_ID.has(id)) return { kind: 'unknown' };
  const offer = offers.get(id);
  if (!offer || offer.status === 'not-offered') return { kind: 'not-offered', offer };
  if (offer.status === 'excluded') return { kind: 'excluded', offer };
  if (offer.availableFrom !== undefined) {
    const start = yearStart(plan.startDate, year);
    if (start < offer.availableFrom) return { kind: 'not-yet-available', offer, availableFrom: offer.availableFrom, yearStart: start };
  }
  // 003 §6.2: the table ticks this year too, the explanation does not; it counts, with a warning (both readings).
  const disputed = offer.disputedFromYear !== undefined && year >= offer.disputedFromYear && year < offer.fromYear;
  if (disputed) return doubleFunding(set, offer, plan) ?? { kind: 'disputed-year', offer };
  const early = !inYears(offer, year);
  if (early && set.outsideOfferedYears.treatAs === 'not-offered') return { kind: 'not-in-year', offer };
  const funded = doubleFunding(set, offer, plan);
  if (funded) return funded;
  if (offer.status === 'allowed' || early) return { kind: 'allowed', offer, early };
  return { kind: 'offered', offer };
}

// Each set's offers by id, indexed once per set (rule-set objects never change, so the index never goes stale).
const offerIndex = new WeakMap<RuleSet, ReadonlyMap<string, Offer>>();
export function offersOf(set: RuleSet): ReadonlyMap<string, Offer> {
  let offers = offerIndex.get(set);
  if (offers === undefined) {
    offers = new Map(set.offers.map((o) => [o.id, o]));
    offerIndex.set(set, offers);
  }
  return offers;
}

/** The plan's years in year order; the usual plan lists them in order already and is not copied. */
function byYear(plan: Plan): readonly Plan['years'][number][] {
  const years = plan.years;
  for (let i = 1; i < years.length; i++)
    if ((years[i]?.year ?? 0) < (years[i - 1]?.year ?? 0)) return [...years].sort((a, b) => a.year - b.year);
  return years;
}

export function viewPlan(plan: Plan, set: RuleSet): PlanView {
  const offers = offersOf(set);
  const years = new Map<number, ViewItem[]>();
  // 001 §4 "deze interventie over te hevelen": only `moves` interventions may move with approval, the first ones
  // in the plan (by year, then as listed); any further TBHZ-funded one stays excluded.
  const moved: string[] = [];
  for (const entry of byYear(plan)) {
    const items = years.get(entry.year) ?? [];
    for (const choice of entry.interventions) {
      if (items.some((i) => i.choice.id === choice.id)) continue;
      let treatment = treat(set, offers, choice.id, entry.year, plan);
      if (treatment.kind === 'needs-approval') {
        const limit = treatment.rule.approvalWhenMoreThan?.moves;
        if (!moved.includes(choice.id)) {
          if (limit !== undefined && moved.length >= limit)
            treatment = {
              kind: 'approval-used',
              offer: treatment.offer,
              rule: treatment.rule,
              funding: treatment.funding,
              moved: [...moved],
            };
          else moved.push(choice.id);
        }
      }
      items.push({ year: entry.year, choice, element: elementOfId(choice.id), treatment });
    }
    years.set(entry.year, items);
  }
  return { ruleSet: set, years };
}

/** Does this item count towards a minimum of `el`? `offered` counts only the RHO's own offer in its years. */
export function counts(item: ViewItem, el: Element, mode: 'allowed' | 'offered'): boolean {
  const t = item.treatment;
  if (t.kind !== 'offered' && t.kind !== 'allowed' && t.kind !== 'needs-approval' && t.kind !== 'disputed-year') return false;
  if (mode === 'offered' && (t.offer.status !== 'offered' || (t.kind === 'allowed' && t.early))) return false;
  const also = t.offer.alsoCountsAs ? elementOfId(t.offer.alsoCountsAs) : undefined;
  return item.element === el || also === el;
}
