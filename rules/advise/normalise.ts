// Dutch-aware text normalisation for the advisor (RULES.md §6 `mtvp advise`): practice staff type fast, without
// diacritics, with their own abbreviations and in every inflection, so index and query go through the same folding,
// abbreviation list, stop list and the Snowball Dutch stemmer.
import { stemmer as snowballDutch } from '@orama/stemmers/dutch';

/** Lower case without diacritics: "triëren" and "trieren" must be the same word. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The Snowball Dutch stop list as published with the algorithm (snowballstem.org, algorithms/dutch/stop.txt). */
const SNOWBALL_STOP_WORDS = [
  'aan', 'af', 'al', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat', 'de', 'der', 'deze', 'die',
  'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er', 'ge', 'geen', 'geweest', 'haar', 'had', 'heb',
  'hebben', 'heeft', 'hem', 'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja', 'je', 'kan',
  'kon', 'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet', 'na', 'naar', 'niet', 'niets', 'nog',
  'nu', 'of', 'om', 'omdat', 'onder', 'ons', 'ook', 'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u',
  'uit', 'uw', 'van', 'veel', 'voor', 'want', 'waren', 'was', 'wat', 'we', 'wel', 'werd', 'wezen', 'wie', 'wij', 'wil',
  'worden', 'zal', 'ze', 'zelf', 'zich', 'zij', 'zijn', 'zo', 'zonder', 'zou',
] as const; // prettier-ignore

/**
 * The Snowball list, plus the function words of chat Dutch it lacks, plus the few domain words that occur in every
 * description (huisarts, praktijk, patiënt) and would otherwise let any question match every intervention a little.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...SNOWBALL_STOP_WORDS,
  ...['alle', 'echt', 'eigenlijk', 'erg', 'gaan', 'gaat', 'graag', 'jij', 'jullie', 'kunt', 'moeten', 'onze', 'teveel'],
  ...['welke', 'willen', 'wordt', 'zeer', 'steeds', 'heel', 'hele', 'dag', 'vaak', 'blijven', 'blijft', 'krijgen'],
  ...['huisarts', 'huisartsen', 'huisartsenpraktijk', 'praktijk', 'praktijken', 'patient', 'patienten'],
  ...['interventie', 'interventies', 'mtvp', 'mtvdp'],
]);

/**
 * Abbreviations as practice staff type them (issue 9 §5), written out before stemming. `pt`/`pat` and `ha` become
 * stop words on purpose: they say nothing about the problem.
 */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  tel: ['telefoon'],
  tfn: ['telefoon'],
  telnr: ['telefoon'],
  pt: ['patient'],
  pts: ['patienten'],
  pat: ['patient'],
  pats: ['patienten'],
  pten: ['patienten'],
  ha: ['huisarts'],
  has: ['huisartsen'],
  da: ['doktersassistent'],
  das: ['doktersassistenten'],
  poh: ['poh', 'praktijkondersteuner'],
  wor: ['welzijn', 'recept'],
  admin: ['administratie'],
  vac: ['vacature'],
  wijkverpl: ['wijkverpleging'],
  wvk: ['wijkverpleegkundige'],
  pg: ['positieve', 'gezondheid'],
};

/**
 * Phrases whose meaning is not the sum of their words: a telephone that "is altijd in gesprek" is engaged, which
 * has nothing to do with the good conversation (issue 9 §5).
 */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:altijd|steeds|continu|constant|vaak|voortdurend|de hele dag|telkens) in gesprek\b/g, 'bezet'],
  [/\bin gesprek\b(?=[^.?!]*\b(?:tel|telefoon|lijn|bereikba\w*)\b)/g, 'bezet'],
  [/\b(?:tel|telefoon|lijn)\b([^.?!]{0,20}?)\bin gesprek\b/g, 'telefoon$1 bezet'],
];

const MIN_STEM = 3;

function strip(word: string, suffix: string): string | undefined {
  return word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM ? word.slice(0, -suffix.length) : undefined;
}

/** -tje after a vowel or l/n/r (telefoon-tje, kwaal-tje); otherwise -je (wond-je). Longest first. */
function stripDiminutive(word: string): string {
  for (const suffix of ['tjes', 'tje']) {
    const stem = strip(word, suffix);
    if (stem !== undefined && /[aeiouylnr]$/.test(stem)) return stem;
  }
  return strip(word, 'jes') ?? strip(word, 'je') ?? word;
}

/**
 * Snowball Dutch leaves two things alone that staff write all the time: diminutives (wondjes) and the -s plural
 * after -e (assistentes, vacatures); and it keeps -ieve (administratieve). Those go first, then Snowball, then the
 * doubled consonant and vowel it may leave (bell/bel), so a stem only has to be consistent, not a real word.
 */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  w = stripDiminutive(w);
  if (w.length >= 5 && /[tdkglnr]es$/.test(w)) w = w.slice(0, -1);
  const adjective = strip(w, 've') ?? strip(w, 'f');
  if (adjective?.endsWith('ie')) w = adjective;
  let s = snowballDutch(w);
  if (/([^aeiouy])\1$/.test(s)) s = s.slice(0, -1);
  return s.replace(/([aeou])\1/g, '$1');
}

/** Splits folded text into words, abbreviations written out; keeps digits ("10 minuten"), drops single letters. */
export function tokenize(text: string): string[] {
  let folded = fold(text);
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  return folded
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1)
    .flatMap((t) => (Object.hasOwn(ABBREVIATIONS, t) ? (ABBREVIATIONS[t] ?? [t]) : [t]));
}

/** A MiniSearch `processTerm`: folded, the given stop words out, everything else through `stemWord`. */
export function termProcessor(stopWords: ReadonlySet<string>, stemWord: (word: string) => string): (term: string) => string | null {
  return (term) => {
    const folded = fold(term);
    if (folded.length < 2 || stopWords.has(folded)) return null;
    return stemWord(folded);
  };
}

/** The advisor's `processTerm`: its stop words out, everything else stemmed. */
export const processTerm = termProcessor(STOP_WORDS, stem);
