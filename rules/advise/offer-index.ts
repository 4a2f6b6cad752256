// The full-text index behind the advisor: one MiniSearch document per candidate offer, over its name, our
// description, the seed's reason and the problem words, all through the Dutch normalisation of ./normalise.ts.
import MiniSearch from 'minisearch';
import { CATALOG } from '../catalog.js';
import { interventionName } from '../i18n/index.js';
import type { Offer } from '../schema.js';
import { MAX_QUERY_WORDS, MAX_WORD_CHARS } from './caps.js';
import { processTerm, tokenize } from './normalise.js';

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

/** The index's own tokenizer, without overlong words and at most MAX_QUERY_WORDS (./caps.ts); indexing keeps the plain one. */
function queryTokens(question: string): string[] {
  return tokenize(question)
    .filter((word) => word.length <= MAX_WORD_CHARS)
    .slice(0, MAX_QUERY_WORDS);
}

export function indexOffers(candidates: readonly Offer[]): OfferIndex {
  const index = new MiniSearch<IndexedOffer>({
    fields: ['name', 'description', 'reason', 'words'],
    tokenize,
    processTerm,
    searchOptions: {
      boost: FIELD_BOOST,
      combineWith: 'OR',
      // Prefix and fuzzy only on longer words: on short ones they match half the vocabulary.
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // Overlong words never reach the fuzzy search (./caps.ts): its cost grows with the word's length.
      tokenize: queryTokens,
    },
  });
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
