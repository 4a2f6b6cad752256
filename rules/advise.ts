// "Welke interventie past bij ons?" (RULES.md §6 `mtvp advise`, issue 2 item 5): ranks the interventions a region
// allows in a programme year against a free-text Dutch problem description, with a boost for what the practice's
// plan still needs. Pure and deterministic: same question and context, same list.
import { CATALOG } from './catalog.js';
import { interventionName, t } from './i18n/index.js';
import { indexOffers, type OfferIndex } from './advise/offer-index.js';
import { rank, select, type Ranked } from './advise/rank.js';
import { planNeeds } from './advise/requirements.js';
import { capQuestion } from './advise/caps.js';
import { namedInterventions } from './advise/named.js';
import { laterMatches, plannedMatches } from './advise/beyond.js';
import type { PlannedMatch } from './advise/beyond.js';
import { answerRulesQuestion, rulesQuestion, type RulesAnswer } from './advise/rules-question.js';
import type { Element, InterventionId, IsoDate, Locale, OtherFunding, Plan, Region, Suggestion } from './model.js';
import { formatSource, ruleSetId, type Offer, type RuleSet } from './schema.js';
import { ruleSetForYear } from './engine.js';
import { yearStart } from './plan-view.js';
import { ruleSetFor, ruleSetsOf } from './sets/index.js';

export interface AdviseContext {
  region: Region;
  subregion?: string;
  /** Programme year the practice chooses for (default 1). */
  year?: number;
  /** Picks the rule set in force on that date; without it (and without a plan) the region's latest version. */
  startDate?: IsoDate;
  ruleSetVersion?: string;
  plan?: Plan;
  /** What the practice is already funded for elsewhere (RULES.md §6 `otherFunding`); a plan's own list wins. */
  otherFunding?: readonly OtherFunding[];
  locale?: Locale;
}

export type Advise = (question: string, ctx: AdviseContext) => Suggestion[];

/** An intervention the question matched or named that this practice cannot choose, with the engine's reason. */
export interface ExcludedSuggestion {
  id: InterventionId;
  name: string;
  element: Element;
  reason: string;
  source: string;
}

/** A match the region offers only from a later programme year (issue 13 §3): shown after this year's, marked so. */
export type LaterSuggestion = Suggestion & { fromYear: number };

/** Suggestions, the rule set's answer when the question is a rules question, and what was left out and why. */
export interface AdviceResult {
  suggestions: Suggestion[];
  answer?: RulesAnswer;
  excluded: ExcludedSuggestion[];
  /** Best matches the plan already has in the advised year, with the year since when. */
  planned: PlannedMatch[];
  later: LaterSuggestion[];
}

export type AdviseFull = (question: string, ctx: AdviseContext) => AdviceResult;
export type { RulesAnswer } from './advise/rules-question.js';
export type { PlannedMatch } from './advise/beyond.js';

export const MAX_SUGGESTIONS = 5;

const CHOOSABLE: ReadonlySet<string> = new Set(['offered', 'allowed']);

/**
 * RULES.md §6: an offer may be chosen in `year` when it is offered or allowed and the year is within its range;
 * with the year's first day known, not before the offer's `availableFrom` (issue 9 §2, 004 B.1 "Per 2026").
 */
export function candidatesFor(ruleSet: RuleSet, year: number, yearStartDate?: IsoDate): Offer[] {
  return ruleSet.offers.filter(
    (o) =>
      CHOOSABLE.has(o.status) &&
      o.fromYear <= year &&
      year <= (o.toYear ?? Number.POSITIVE_INFINITY) &&
      (yearStartDate === undefined || o.availableFrom === undefined || o.availableFrom <= yearStartDate),
  );
}

/** The version in force when `year` starts (issue 9 §2), unless a version is pinned. */
function pickRuleSet(ctx: AdviseContext, year: number): RuleSet {
  const version = ctx.ruleSetVersion ?? ctx.plan?.ruleSetVersion;
  const startDate = ctx.startDate ?? ctx.plan?.startDate;
  if (version === undefined && startDate !== undefined) return ruleSetForYear({ region: ctx.region, startDate }, year);
  // No clock in rules/: without a date or version the region's latest version is the honest default.
  const set =
    version === undefined && startDate === undefined
      ? ruleSetsOf(ctx.region).at(-1)
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

/** The practice as the engine sees it: the given plan, or a plan without years when only its situation is known. */
function practicePlan(ctx: AdviseContext, ruleSet: RuleSet): Plan | undefined {
  const plan = ctx.plan;
  if (plan) {
    return {
      ...plan,
      ...(ctx.subregion && !plan.subregion ? { subregion: ctx.subregion } : {}),
      ...(ctx.otherFunding && !plan.otherFunding ? { otherFunding: [...ctx.otherFunding] } : {}),
    };
  }
  if (ctx.subregion === undefined && ctx.otherFunding === undefined) return undefined;
  return bareplan(ctx, ruleSet);
}

function bareplan(ctx: AdviseContext, ruleSet: RuleSet): Plan {
  return {
    region: ruleSet.region,
    startDate: ctx.startDate ?? ruleSet.validFrom,
    ruleSetVersion: ruleSet.version,
    ...(ctx.subregion === undefined ? {} : { subregion: ctx.subregion }),
    ...(ctx.otherFunding === undefined ? {} : { otherFunding: [...ctx.otherFunding] }),
    years: [],
  };
}

/**
 * A fresh advisor with its own index cache (one MiniSearch index per rule set and year, built on first use).
 * The cache only memoises a pure function of immutable rule sets, so sharing one advisor is safe.
 */
export function createFullAdvisor(): AdviseFull {
  const indexes = new Map<string, OfferIndex>();
  const indexFor = (ruleSet: RuleSet, year: number, start: IsoDate | undefined): OfferIndex => {
    const key = `${ruleSetId(ruleSet)}#${year}#${start ?? ''}`;
    let index = indexes.get(key);
    if (!index) {
      index = indexOffers(candidatesFor(ruleSet, year, start));
      indexes.set(key, index);
    }
    return index;
  };

  return (asked_, ctx) => {
    // Every path below reads at most MAX_QUESTION_CHARS (issue 12 §1): the rules question, the search, named ones.
    const question = capQuestion(asked_);
    const year = ctx.year ?? 1;
    const ruleSet = pickRuleSet(ctx, year);
    const startDate = ctx.startDate ?? ctx.plan?.startDate;
    const start = startDate === undefined ? undefined : yearStart(startDate, year);
    const locale = ctx.locale ?? 'nl';
    const plan = practicePlan(ctx, ruleSet);
    const needs = plan ? planNeeds(plan, ruleSet, year, locale) : undefined;

    // A rules question is answered from the rule set; the only suggestion is the intervention it asks about.
    const asked = rulesQuestion(question);
    if (asked) {
      const answerYear = asked.year ?? year;
      const answerSet = answerYear === year ? ruleSet : pickRuleSet(ctx, answerYear);
      const answer = answerRulesQuestion(asked, { ruleSet: answerSet, year: answerYear, plan: plan ?? bareplan(ctx, answerSet), locale });
      const offer =
        answer.verdict !== 'no' && answerYear === year ? indexFor(ruleSet, year, start).offers.get(answer.intervention ?? '') : undefined;
      const suggestions = offer ? [toSuggestion(offer, 1, needs?.fills(offer)?.sentence, locale)] : [];
      return { suggestions, answer, excluded: [], planned: [], later: [] };
    }

    const index = indexFor(ruleSet, year, start);
    const textScore = index.search(question);
    const fillOf = (offer: Offer) => needs?.fills(offer);
    const isExcluded = (offer: Offer) => needs?.excluded(offer) !== undefined;
    let candidates = [...index.offers.values()].filter((o) => !needs?.chosen.has(o.id));
    // Double funding depends on the practice (otherFunding, subregion), so it is checked per candidate, late.
    const skipped: Ranked[] = [];
    let chosen = select(rank(candidates, textScore, fillOf), isExcluded, MAX_SUGGESTIONS, skipped);
    if (skipped.length > 0) {
      // What the practice cannot choose must not set the bar for the rest (the relative cut-off in rank.ts).
      const left: ReadonlySet<string> = new Set(skipped.map((r) => r.offer.id));
      candidates = candidates.filter((o) => !left.has(o.id));
      const rest = new Map([...textScore].filter(([id]) => !left.has(id)));
      chosen = select(rank(candidates, rest, fillOf), isExcluded, MAX_SUGGESTIONS, skipped);
    }
    const excluded = skipped.flatMap((r) => {
      const finding = needs?.excluded(r.offer);
      return finding ? [excludedEntry(r.offer.id, finding.message, finding.source, locale)] : [];
    });
    // An intervention the question names that the region does not allow this year is explained, not silently missing.
    for (const id of namedInterventions(question)) {
      if (index.offers.has(id) || excluded.some((e) => e.id === id)) continue;
      const answer = answerRulesQuestion(
        { topic: 'choose', intervention: id },
        { ruleSet, year, plan: plan ?? bareplan(ctx, ruleSet), locale },
      );
      if (answer.verdict === 'no') excluded.push(excludedEntry(id, answer.text, answer.source, locale));
    }
    const best = Math.max(0, ...textScore.values());
    const planned = plan && needs ? plannedMatches(index.offers, textScore, needs.chosen, plan, year, MAX_SUGGESTIONS) : [];
    const later = laterMatches(question, best, year, plan, new Set([...index.offers.keys(), ...excluded.map((e) => e.id)]), (y) =>
      indexFor(pickRuleSet(ctx, y), y, startDate === undefined ? undefined : yearStart(startDate, y)),
    ).map(({ offer, score, fromYear }) => ({ ...toSuggestion(offer, score, undefined, locale), fromYear }));
    return { suggestions: chosen.map((r) => toSuggestion(r.offer, r.score, r.fill?.sentence, locale)), excluded, planned, later };
  };
}

function excludedEntry(id: InterventionId, reason: string, source: string, locale: Locale): ExcludedSuggestion {
  return { id, name: interventionName(id, locale), element: CATALOG[id].element, reason, source };
}

/** The suggestions only (RULES.md §6 `mtvp advise`), from a fresh advisor with its own cache. */
export function createAdvisor(): Advise {
  const full = createFullAdvisor();
  return (question, ctx) => full(question, ctx).suggestions;
}

/** The shared advisor with the rules answer and the left-out interventions (the bot, `mtvp advise`). */
export const adviseFull: AdviseFull = createFullAdvisor();

/**
 * The shared advisor. Its only state is the index cache inside the closure: derived from frozen rule sets and
 * never observable in a result, so it is an immutable memo rather than module-level mutable state (STYLE.md §8).
 */
export const advise: Advise = (question, ctx) => adviseFull(question, ctx).suggestions;

export { guidedQuestion, PRESSURE_POINTS, TEAM_SIZES, type PressurePoint, type TeamSize } from './advise/guided.js';
