// Ranking and selection of the advisor: text relevance, the plan boost, and a list that stays useful when the
// question matches nothing. Deterministic: every order is score desc, then id asc.
import type { Offer } from '../schema.js';

export interface Fill {
  /** The rule id of the open requirement, so several candidates for one requirement can be told apart. */
  requirement: string;
  sentence: string;
}

export interface Ranked {
  offer: Offer;
  text: number;
  score: number;
  fill?: Fill;
}

/** How much an open requirement of the plan lifts a candidate (multiplier), and its score without a text match. */
const FILL_BOOST = 1.5;
const FILL_BASE = 0.1;
/** An intervention the RHO does not support (status `allowed`) ranks a little below a supported one. */
const ALLOWED_FACTOR = 0.8;
/** Fuzzy matching finds something in almost every question; a hit under a tenth of the best one is noise. */
export const MIN_RELATIVE_TEXT = 0.1;

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export function byScoreThenId(a: Ranked, b: Ranked): number {
  return b.score - a.score || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);
}

export function rank(
  offers: readonly Offer[],
  textScore: ReadonlyMap<string, number>,
  fillOf: (offer: Offer) => Fill | undefined,
): Ranked[] {
  const best = Math.max(0, ...textScore.values());
  return offers
    .map((offer) => {
      const fill = fillOf(offer);
      const matched = textScore.get(offer.id) ?? 0;
      // A weak match still orders the candidates of an open requirement, so the cut-off spares those.
      const text = fill !== undefined || matched >= best * MIN_RELATIVE_TEXT ? matched : 0;
      const raw = fill === undefined ? text : text * FILL_BOOST + FILL_BASE;
      const score = round3(raw * (offer.status === 'allowed' ? ALLOWED_FACTOR : 1));
      return { offer, text, score, ...(fill === undefined ? {} : { fill }) };
    })
    .filter((r) => r.score > 0)
    .sort(byScoreThenId);
}

/**
 * Text matches first, best first. Candidates that only fill an open requirement take the remaining places in turn
 * per requirement, so a plan missing both an `awp` and two `sn` interventions sees both, not five of one element.
 */
export function select(
  ranked: readonly Ranked[],
  excluded: (offer: Offer) => boolean,
  max: number,
  /** Collects the text matches left out because they are excluded for this practice, to say why (issue 9 §5). */
  skipped: Ranked[] = [],
): Ranked[] {
  const picked: Ranked[] = [];
  for (const r of ranked) {
    if (picked.length >= max) break;
    if (r.text <= 0) continue;
    if (excluded(r.offer)) skipped.push(r);
    else picked.push(r);
  }
  const queues = new Map<string, Ranked[]>();
  for (const r of ranked) {
    if (r.text > 0 || r.fill === undefined) continue;
    const queue = queues.get(r.fill.requirement) ?? [];
    queue.push(r);
    queues.set(r.fill.requirement, queue);
  }
  while (picked.length < max && [...queues.values()].some((q) => q.length > 0)) {
    for (const queue of queues.values()) {
      if (picked.length >= max) break;
      let next = queue.shift();
      while (next && excluded(next.offer)) next = queue.shift();
      if (next) picked.push(next);
    }
  }
  return picked.sort(byScoreThenId);
}
