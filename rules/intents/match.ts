// Free text that is no command → the intent it most likely means (issue 13 §2), with the advisor's own search
// machinery (rules/advise/text-index.ts: folding, abbreviations, Snowball stemming, MiniSearch BM25 with prefix and
// fuzzy) over the example phrases of ./phrases.ts. Pure and deterministic: same text, same answer.
//
// Confidence (0–1) of a phrase: the geometric mean of how much of the phrase the question has (its search score
// over the score the phrase gets for itself, so rare words weigh more) and how much of the question the phrase
// explains (the question's words it matched). An intent's confidence is that of its best phrase, in either language.
import { stemmer as englishStem } from '@orama/stemmers/english';
import { capQuestion } from '../advise/caps.js';
import { stem as dutchStem, termProcessor } from '../advise/normalise.js';
import { queryTerms, textIndex, type TermProcessor } from '../advise/text-index.js';
import { INTENT_PHRASES, INTENTS, type Intent } from './phrases.js';

/** At or above: the intent runs (when no other intent comes within RUN_MARGIN). */
export const RUN_AT = 0.6;
/** At or above (and below RUN_AT): offered as "Bedoel je …?"; below: not understood at all. */
export const ASK_AT = 0.3;
/** Two intents this close are both plausible: the user is asked rather than guessed for. */
export const RUN_MARGIN = 0.1;
export const MAX_CANDIDATES = 3;

export interface IntentScore {
  intent: Intent;
  confidence: number;
  /** The question has words its best phrase does not explain ("… aan de telefoon"): for the advisor, the problem. */
  more: boolean;
}

export type IntentMatch =
  { kind: 'run'; intent: Intent; confidence: number; more: boolean } | { kind: 'ask'; candidates: IntentScore[] } | { kind: 'none' };

/**
 * Phrases are short, so only words that say nothing in any question are left out (articles, pronouns); "wat",
 * "nog" and "moeten" carry the intent here, unlike in a problem description for the advisor.
 */
const NL_STOP = new Set('de het een en of ik je jij we wij ze u jullie ons onze mijn me mij er'.split(' '));
const EN_STOP = new Set('the a an and or i you we they our us my me it to of'.split(' '));

interface PhraseDoc {
  id: string;
  text: string;
  intent: Intent;
}

interface LanguageIndex {
  processTerm: TermProcessor;
  search(text: string): { id: string; score: number; queryTerms: string[] }[];
  /** The score each phrase gets when the question is the phrase itself. */
  self: ReadonlyMap<string, number>;
  intentOf: ReadonlyMap<string, Intent>;
}

function languageIndex(language: 'nl' | 'en', processTerm: TermProcessor): LanguageIndex {
  const docs: PhraseDoc[] = INTENT_PHRASES.flatMap((group) =>
    group[language].map((text, i) => ({ id: `${group.intent}#${language}#${i}`, text, intent: group.intent })),
  );
  const index = textIndex<PhraseDoc>(['text'], { text: 1 }, processTerm);
  index.addAll(docs);
  const search = (text: string) => index.search(text).map((hit) => ({ id: String(hit.id), score: hit.score, queryTerms: hit.queryTerms }));
  const self = new Map(docs.map((d) => [d.id, search(d.text).find((hit) => hit.id === d.id)?.score ?? Number.POSITIVE_INFINITY]));
  return { processTerm, search, self, intentOf: new Map(docs.map((d) => [d.id, d.intent])) };
}

let built: readonly LanguageIndex[] | undefined;

/** Built on first use and never changed after: a memo of a pure function of the phrase table (as the advisor's cache). */
function indexes(): readonly LanguageIndex[] {
  built ??= [languageIndex('nl', termProcessor(NL_STOP, dutchStem)), languageIndex('en', termProcessor(EN_STOP, englishStem))];
  return built;
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Every intent with any match, best first (ties in the order of INTENTS). */
export function scoreIntents(text: string): IntentScore[] {
  const question = capQuestion(text);
  const best = new Map<Intent, IntentScore>();
  for (const lang of indexes()) {
    const asked = new Set(queryTerms(question, lang.processTerm));
    if (asked.size === 0) continue;
    for (const hit of lang.search(question)) {
      const intent = lang.intentOf.get(hit.id);
      if (intent === undefined) continue;
      const ofPhrase = Math.min(1, hit.score / (lang.self.get(hit.id) ?? Number.POSITIVE_INFINITY));
      const ofQuestion = Math.min(1, new Set(hit.queryTerms).size / asked.size);
      const confidence = round3(Math.sqrt(ofPhrase * ofQuestion));
      if (confidence > (best.get(intent)?.confidence ?? 0)) best.set(intent, { intent, confidence, more: ofQuestion < 1 });
    }
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || INTENTS.indexOf(a.intent) - INTENTS.indexOf(b.intent));
}

/** Run the best intent when it is clearly best, ask between the plausible ones, or say nothing matched. */
export function matchIntent(text: string): IntentMatch {
  const scores = scoreIntents(text);
  const [first, second] = scores;
  if (first === undefined || first.confidence < ASK_AT) return { kind: 'none' };
  if (first.confidence >= RUN_AT && (second === undefined || first.confidence - second.confidence >= RUN_MARGIN)) {
    return { kind: 'run', intent: first.intent, confidence: first.confidence, more: first.more };
  }
  return { kind: 'ask', candidates: scores.filter((s) => s.confidence >= ASK_AT).slice(0, MAX_CANDIDATES) };
}
