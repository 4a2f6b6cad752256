// The search machinery the advisor and the intent matcher share (issue 13 §2): MiniSearch over texts folded,
// tokenised and stemmed by ./normalise.ts, with prefix and fuzzy matching only on longer words and the query capped
// (./caps.ts). One place, so a phrase and a question are always processed the same way.
import MiniSearch from 'minisearch';
import { MAX_QUERY_WORDS, MAX_WORD_CHARS } from './caps.js';
import { processTerm as dutchTerm, tokenize } from './normalise.js';

export type TermProcessor = (term: string) => string | null;

/** The index's own tokenizer, without overlong words and at most MAX_QUERY_WORDS (./caps.ts); indexing keeps the plain one. */
function queryTokens(question: string): string[] {
  return tokenize(question)
    .filter((word) => word.length <= MAX_WORD_CHARS)
    .slice(0, MAX_QUERY_WORDS);
}

/** The processed terms a question is searched with: what the index sees of it. */
export function queryTerms(question: string, processTerm: TermProcessor = dutchTerm): string[] {
  return queryTokens(question).flatMap((w) => processTerm(w) ?? []);
}

/** A MiniSearch index over `fields` (boosted per field), searched with OR, prefix and fuzzy on longer words only. */
export function textIndex<T extends { id: string }>(
  fields: readonly (keyof T & string)[],
  boost: Readonly<Record<string, number>>,
  processTerm: TermProcessor = dutchTerm,
): MiniSearch<T> {
  return new MiniSearch<T>({
    fields: [...fields],
    tokenize,
    processTerm,
    searchOptions: {
      boost: { ...boost },
      combineWith: 'OR',
      // Prefix and fuzzy only on longer words: on short ones they match half the vocabulary.
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // Overlong words never reach the fuzzy search (./caps.ts): its cost grows with the word's length.
      tokenize: queryTokens,
    },
  });
}
