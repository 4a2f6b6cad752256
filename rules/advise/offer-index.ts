// The full-text index behind the advisor: one MiniSearch document per candidate offer, over its name, our
// description, the seed's reason and the problem words, all through the shared search machinery of ./text-index.ts.
import { CATALOG } from '../catalog.js';
import { interventionName } from '../i18n/index.js';
import type { Offer } from '../schema.js';
import { textIndex } from './text-index.js';

/** The problem words are what staff actually say, so they weigh most; the seeds' reasons are long and generic. */
const FIELD_BOOST = { words: 3, name: 2, description: 1.5, reason: 1 } as const;

interface IndexedOffer {
  id: string;
  name: string;
  description: string;
  reason: string;
  words: string;
}

export interface OfferIndex {
  offers: ReadonlyMap<string, Offer>;
  /** Text relevance per offer id; offers the question does not match are absent. */
  search(question: string): ReadonlyMap<string, number>;
}

export function indexOffers(candidates: readonly Offer[]): OfferIndex {
  const index = textIndex<IndexedOffer>(['name', 'description', 'reason', 'words'], FIELD_BOOST);
  index.addAll(
    candidates.map((o) => {
      const entry = CATALOG[o.id];
      return {
        id: o.id,
        name: `${o.name} ${interventionName(o.id, 'nl')}`,
        description: entry.description,
        reason: o.reason,
        words: entry.problemWords.join(' '),
      };
    }),
  );
  return {
    offers: new Map(candidates.map((o) => [o.id, o])),
    search(question) {
      return new Map(index.search(question).map((hit) => [String(hit.id), hit.score]));
    },
  };
}
