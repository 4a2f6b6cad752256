// What the advisor says beyond this year's new suggestions (issue 13 §3): matches the plan already has ("Triage
// training doen jullie al sinds jaar 1"), and matches the region offers only from a later programme year, marked so.
import type { InterventionId, Plan } from '../model.js';
import type { Offer } from '../schema.js';
import type { OfferIndex } from './offer-index.js';
import { MIN_RELATIVE_TEXT } from './rank.js';

/** An intervention the question matched that the plan already has in the advised year. */
export interface PlannedMatch {
  id: InterventionId;
  /** The first year of the unbroken run of plan years that has it, ending at the advised year. */
  since: number;
}

/** At most this many "doen jullie al" lines: they explain, the suggestions help. */
export const MAX_PLANNED = 3;
/** At most this many suggestions for a later year, after this year's. */
export const MAX_LATER = 2;
/** How many programme years ahead the advisor looks (the seeds offer nothing from later than year 2). */
export const LATER_YEARS = 2;

/** A text score counts when it is a real hit: at least a tenth of the question's best one (./rank.ts). */
export function isHit(score: number | undefined, best: number): score is number {
  return score !== undefined && score > 0 && score >= best * MIN_RELATIVE_TEXT;
}

export function sinceYear(plan: Plan, id: string, year: number): number {
  const has = (y: number) => plan.years.some((py) => py.year === y && py.interventions.some((i) => i.id === id));
  let since = year;
  while (since > 1 && has(since - 1)) since -= 1;
  return since;
}

/**
 * The planned interventions that rank among the question's best hits (the top `slots` of all matches, planned or
 * not): the answer then says the practice already does them, instead of leaving them out without a word.
 */
export function plannedMatches(
  offers: ReadonlyMap<string, Offer>,
  textScore: ReadonlyMap<string, number>,
  chosen: ReadonlySet<string>,
  plan: Plan,
  year: number,
  slots: number,
): PlannedMatch[] {
  const scores = [...textScore.values()].sort((a, b) => b - a);
  const best = scores[0] ?? 0;
  const bar = Math.max(scores[slots - 1] ?? 0, best * MIN_RELATIVE_TEXT);
  return [...textScore]
    .filter(([id, score]) => chosen.has(id) && score > 0 && score >= bar)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .flatMap(([id]) => {
      const offer = offers.get(id);
      return offer ? [{ id: offer.id, since: sinceYear(plan, id, year) }] : [];
    })
    .slice(0, MAX_PLANNED);
}

/**
 * Real hits among the offers of the next LATER_YEARS programme years that cannot be chosen in the advised year
 * (`seen`: this year's candidates and what was left out) and are not in that year's plan yet, best first.
 */
export function laterMatches(
  question: string,
  best: number,
  year: number,
  plan: Plan | undefined,
  seen: Set<string>,
  indexOfYear: (year: number) => OfferIndex,
): { offer: Offer; score: number; fromYear: number }[] {
  const out: { offer: Offer; score: number; fromYear: number }[] = [];
  for (let y = year + 1; y <= year + LATER_YEARS && out.length < MAX_LATER; y += 1) {
    const index = indexOfYear(y);
    const inPlan = new Set(plan?.years.find((py) => py.year === y)?.interventions.map((i) => i.id));
    const hits = [...index.search(question)]
      .filter(([id, score]) => !seen.has(id) && !inPlan.has(id) && isHit(score, best))
      .sort(([a, x], [b, z]) => z - x || (a < b ? -1 : 1));
    for (const [id, score] of hits.slice(0, MAX_LATER - out.length)) {
      const offer = index.offers.get(id);
      if (offer) out.push({ offer, score: Math.round(score * 1000) / 1000, fromYear: y });
    }
    for (const id of index.offers.keys()) seen.add(id);
  }
  return out;
}
