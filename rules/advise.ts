// "Welke interventie past bij ons?" (RULES.md §6 `mtvp advise`, issue 2 item 5): ranks the interventions a region
// allows in a programme year against a free-text Dutch problem description, with a boost for what the practice's
// plan still needs. Pure and deterministic: same question and context, same list.
import { CATALOG } from './catalog.js';
import { interventionName, t } from './i18n/index.js';
import { indexOffers, type OfferIndex } from './advise/offer-index.js';
import { rank, select } from './advise/rank.js';
import { planNeeds } from './advise/requirements.js';
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

const CHOOSABLE: ReadonlySet<string> = new Set(['offered', 'allowed']);

/** RULES.md §6: an offer may be chosen in `year` when it is offered or allowed and the year is within its range. */
export function candidatesFor(ruleSet: RuleSet, year: number): Offer[] {
  return ruleSet.offers.filter((o) => CHOOSABLE.has(o.status) && o.fromYear <= year && year <= (o.toYear ?? Number.POSITIVE_INFINITY));
}

function pickRuleSet(ctx: AdviseContext): RuleSet {
  const version = ctx.ruleSetVersion ?? ctx.plan?.ruleSetVersion;
  const startDate = ctx.startDate ?? ctx.plan?.startDate;
  // No clock in rules/: without a date or version the region's latest version is the honest default.
  const set =
    version === undefined && startDate === undefined
      ? RULE_SETS.filter((s) => s.region === ctx.region).at(-1)
      : ruleSetFor(ctx.region, startDate ?? '0000-01-01', version);
  if (!set) throw new RangeError(t('nl', 'rules.noRuleSet', { region: version ? `${ctx.region}@${version}` : ctx.region }));
  return set;
}

function toSuggestion(offer: Offer, score: number, fills: string | undefined, locale: Locale): Suggestion {
  const entry = CATALOG[offer.id];
  return {
    id: offer.id,
    name: interventionName(offer.id, locale),
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
    const needs = plan ? planNeeds(plan, ruleSet, year, locale) : undefined;

    const candidates = [...index.offers.values()].filter((o) => !needs?.chosen.has(o.id));
    const ranked = rank(candidates, index.search(question), (offer) => needs?.fills(offer));
    // Double funding depends on the practice (otherFunding, subregion), so it is checked per candidate, late.
    const chosen = select(ranked, (offer) => needs?.excluded(offer) ?? false, MAX_SUGGESTIONS);
    return chosen.map((r) => toSuggestion(r.offer, r.score, r.fill?.sentence, locale));
  };
}

/**
 * The shared advisor. Its only state is the index cache inside the closure: derived from frozen rule sets and
 * never observable in a result, so it is an immutable memo rather than module-level mutable state (STYLE.md §8).
 */
export const advise: Advise = createAdvisor();

export { guidedQuestion, PRESSURE_POINTS, TEAM_SIZES, type PressurePoint, type TeamSize } from './advise/guided.js';
