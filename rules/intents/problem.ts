// A bare description of a problem ("we hebben veel telefoontjes van kwetsbare ouderen") names no intent, but it is
// what the advisor answers (issue 13 §2: typed text goes to advice when that is what it is). The test: the text has
// a word the advisor indexes as the problem an intervention addresses (../advise/problem-words.ts), a single word
// there, folded and stemmed as the advisor does. Multi-word entries are left out: their small words ("veel", "steeds")
// would make almost any sentence a problem.
import { PROBLEM_WORDS } from '../advise/problem-words.js';
import { queryTerms } from '../advise/text-index.js';

const SINGLE_WORD_TERMS: ReadonlySet<string> = new Set(
  Object.values(PROBLEM_WORDS)
    .flat()
    .filter((word) => !/\s/.test(word.trim()))
    .flatMap((word) => queryTerms(word)),
);

/** Whether the text names a problem the advisor knows a word for. */
export function namesProblem(text: string): boolean {
  return queryTerms(text).some((term) => SINGLE_WORD_TERMS.has(term));
}
