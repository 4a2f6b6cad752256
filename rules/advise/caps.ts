// Input caps of the advisor (issue 12 §1): a question of any size must be answered in ≤ 50 ms (`npm run bench`,
// advisor worst case). MiniSearch's fuzzy search is quadratic-ish in the word length (a 20,000-character word blocked
// the event loop for 7–9 s), and its cost grows with every word, so both are bounded before the search starts.
// No imports: `mtvp advise` caps its argument before it loads the advisor (rules/cli/advise.ts).

/**
 * Characters of a question the advisor reads; the rest is ignored. The card's question field takes 500 too
 * (dialogs/advice/actions.ts), and the longest question in the advisor's table is 414 characters.
 */
export const MAX_QUESTION_CHARS = 500;

/**
 * Longer words are dropped from the search: the longest word the index holds (catalogue and rule set texts) has
 * 22 characters ("samenwerkingsafspraken"), so a 41-character "word" is noise or an attack, never a problem description.
 */
export const MAX_WORD_CHARS = 40;

/**
 * Words searched per question: each costs a fuzzy and prefix lookup (about 0.25 ms for a random 9-letter word), and
 * the advisor's table questions have at most 15. Words after the 32nd are not searched.
 */
export const MAX_QUERY_WORDS = 32;

/** The first MAX_QUESTION_CHARS characters, never ending on half a surrogate pair. */
export function capQuestion(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  const end = /[\uD800-\uDBFF]/.test(question.charAt(MAX_QUESTION_CHARS - 1)) ? MAX_QUESTION_CHARS - 1 : MAX_QUESTION_CHARS;
  return question.slice(0, end);
}
