// "Welke interventie past bij ons?" (RULES.md §6 `mtvp advise`, issue 2 item 5): ranks the interventions a region
// allows in a programme year against a free-text Dutch problem description, with a boost for what the practice's
// plan still needs. Pure and deterministic: same question and context, same list.
import { CATALOG } from './catalog.js';
import { indexOffers, type OfferIndex } from './advise/offer-index.js';
import { planNeeds, type PlanNeeds } from './advise/requirements.js';
import type { IsoDate, Locale, Plan, Region, Suggestion } from './model.js';
import { formatSource, ruleSetId, type Offer, type RuleSet } from './schema.js';
import { RULE_SETS, ruleSetFor } from './sets/index.js';

export interface AdviseContext {
  region: Region;
  subregion?: string;
  /** Programme year the practice chooses for (default 1). */
  year?: number;
  /** Picks the rule set in force on that date; without it (and without a plan) the region's latest version. */
  startDate?: IsoDate;
  ruleSetVersion?: string;
  plan?: Plan;
  locale?: Locale;
}

export type Advise = (question: string, ctx: AdviseContext) => Suggestion[];

export const MAX_SUGGESTIONS = 5;

/** How much an open requirement of the plan lifts a matching candidate (multiplier, and a floor without match). */
const FILL_BOOST = 1.5;
const FILL_BASE = 0.1;
/** An intervention the RHO does not support (status `allowed`) ranks a little below a supported one. */
const ALLOWED_FACTOR = 0.8;

const CHOOSABLE: ReadonlySet<string> = new Set(['offered', 'allowed']);

/** RULES.md §6: an offer may be chosen in `year` when it is offered or allowed and the year is within its range. */
export function candidatesFor(ruleSet: RuleSet, year: number): Offer[] {
  return ruleSet.offers.filter(
    (o) => CHOOSABLE.has(o.status) && o.fromYear <= year && year <= (o.toYear ?? Number.POSITIVE_INFINITY),
  );
}

function pickRuleSet(ctx: AdviseContext): RuleSet {
  const version = ctx.ruleSetVersion ?? ctx.plan?.ruleSetVersion;
  const startDate = ctx.startDate ?? ctx.plan?.startDate;
  // No clock in rules/: without a date or version the region's latest version is the honest default.
  const set =
    version === undefined && startDate === undefined
      ? RULE_SETS.filter((s) => s.region === ctx.region).at(-1)
      : ruleSetFor(ctx.region, startDate ?? '0000-01-01', version);
  if (!set) throw new RangeError(`Geen regelset voor ${ctx.region}${version ? `@${version}` : ''}`);
  return set;
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function toSuggestion(offer: Offer, score: number, fills: string | undefined, locale: Locale): Suggestion {
  const entry = CATALOG[offer.id];
  return {
    id: offer.id,
    name: locale === 'en' ? entry.nameEn : offer.name,
    element: entry.element,
    score,
    why: offer.reason,
    support: offer.support.text,
    condition: offer.condition.text,
    cost: offer.cost,
    ...(fills === undefined ? {} : { fills }),
    source: formatSource(offer.source),
  };
}

/**
 * A fresh advisor with its own index cache (one MiniSearch index per rule set and year, built on first use).
 * The cache only memoises a pure function of immutable rule sets, so sharing one advisor is safe.
 */
export function createAdvisor(): Advise {
  const indexes = new Map<string, OfferIndex>();
  const indexFor = (ruleSet: RuleSet, year: number): OfferIndex => {
    const key = `${ruleSetId(ruleSet)}#${year}`;
    let index = indexes.get(key);
    if (!index) {
      index = indexOffers(candidatesFor(ruleSet, year));
      indexes.set(key, index);
    }
    return index;
  };

  return (question, ctx) => {
    const ruleSet = pickRuleSet(ctx);
    const year = ctx.year ?? 1;
    const locale = ctx.locale ?? 'nl';
    const index = indexFor(ruleSet, year);
    const plan = ctx.plan && ctx.subregion && !ctx.plan.subregion ? { ...ctx.plan, subregion: ctx.subregion } : ctx.plan;
    const needs: PlanNeeds | undefined = plan ? planNeeds(plan, ruleSet, year, locale) : undefined;

    const textScore = index.search(question);

    const ranked = [...index.offers.values()]
      .filter((o) => !needs?.chosen.has(o.id))
      .map((offer) => {
        const fills = needs?.fills(offer);
        const text = textScore.get(offer.id) ?? 0;
        const raw = fills === undefined ? text : text * FILL_BOOST + FILL_BASE;
        const score = round3(raw * (offer.status === 'allowed' ? ALLOWED_FACTOR : 1));
        return { offer, fills, score };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));

    const suggestions: Suggestion[] = [];
    for (const { offer, fills, score } of ranked) {
      if (suggestions.length >= MAX_SUGGESTIONS) break;
      // Double funding depends on the practice (otherFunding, subregion), so it is checked per candidate, late.
      if (needs?.excluded(offer)) continue;
      suggestions.push(toSuggestion(offer, score, fills, locale));
    }
    return suggestions;
  };
}

/**
 * The shared advisor. Its only state is the index cache inside the closure: derived from frozen rule sets and
 * never observable in a result, so it is an immutable memo rather than module-level mutable state (STYLE.md §8).
 */
export const advise: Advise = createAdvisor();
