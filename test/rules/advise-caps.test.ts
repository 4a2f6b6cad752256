// The advisor's input caps (issue 12 §1): any input gets a sane answer. How fast is measured by `npm run bench`
// (advisor worst case), never asserted here.
import { describe, expect, it } from 'vitest';
import { adviseFull, MAX_SUGGESTIONS, type AdviseContext } from '../../rules/advise.js';
import { capQuestion, MAX_QUESTION_CHARS } from '../../rules/advise/caps.js';
import { CATALOG } from '../../rules/catalog.js';

const ctx: AdviseContext = { region: 'hoog', year: 1 };

/** Seeded, so a failure can be repeated: code points from the whole BMP and beyond, surrogates included. */
function randomUnicode(length: number, seed: number): string {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length }, () => String.fromCodePoint(next() % 0x2ffff)).join('');
}

const WORDS = ['telefoon', 'bezet', 'wachttijd', 'poh', 'werkdruk', 'assistente', 'triage'];

const ATTACKS: readonly [string, string][] = [
  ['one 20,000-character word', 'a'.repeat(20_000)],
  ['one 40,000-character word', 'telefoon'.repeat(5_000)],
  ['2,000 short words', Array.from({ length: 2_000 }, (_, i) => WORDS[i % WORDS.length]).join(' ')],
  ['2,000 random short words', Array.from({ length: 2_000 }, (_, i) => randomUnicode(3, i + 1)).join(' ')],
  ['random unicode', randomUnicode(20_000, 42)],
  ['emoji and combining marks', '🩺'.repeat(5_000) + 'e\u0301'.repeat(5_000)],
  ['a question mark and a long word', `mag ik ${'x'.repeat(30_000)}?`],
  ['nothing but separators', '-'.repeat(40_000)],
  // Words that are names on every object's prototype: found by `npm run fuzz` (the abbreviation lookup returned a function).
  ['prototype names', 'constructor __proto__ tostring hasownproperty valueof isprototypeof telefoon'],
];

describe('the advisor answers any input sanely (issue 12 §1)', () => {
  it.each(ATTACKS)('%s', (_name, question) => {
    const result = adviseFull(question, ctx);
    expect(result.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    for (const s of result.suggestions) {
      expect(CATALOG[s.id]).toBeDefined();
      expect(Number.isFinite(s.score)).toBe(true);
    }
    for (const e of result.excluded) expect(CATALOG[e.id]).toBeDefined();
  });

  it('finds the problem in a question that ends in a 20,000-character word as without it', () => {
    const question = 'de telefoon is altijd bezet en de wachttijd is lang';
    const plain = adviseFull(question, ctx).suggestions.map((s) => s.id);
    expect(plain.length).toBeGreaterThan(0);
    expect(adviseFull(`${question} ${'z'.repeat(20_000)}`, ctx).suggestions.map((s) => s.id)).toEqual(plain);
  });

  it('reads only the first MAX_QUESTION_CHARS characters of a question', () => {
    const question = 'de telefoon is altijd bezet';
    const long = question + ' '.repeat(MAX_QUESTION_CHARS) + 'burgerinitiatieven wijkteam welzijn op recept';
    expect(adviseFull(long, ctx)).toEqual(adviseFull(question, ctx));
  });
});

describe('capQuestion', () => {
  it('leaves a question within the cap alone', () => {
    expect(capQuestion('telefoon bezet')).toBe('telefoon bezet');
  });

  it('cuts a longer one to MAX_QUESTION_CHARS, never through a surrogate pair', () => {
    expect(capQuestion('a'.repeat(MAX_QUESTION_CHARS * 2))).toHaveLength(MAX_QUESTION_CHARS);
    const cut = capQuestion('a'.repeat(MAX_QUESTION_CHARS - 1) + '🩺'.repeat(10));
    expect(cut).toHaveLength(MAX_QUESTION_CHARS - 1);
    expect(cut.at(-1)).toBe('a');
  });
});
