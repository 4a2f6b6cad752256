// Dutch-aware text normalisation for the advisor (RULES.md §6 `mtvp advise`): practice staff type fast, without
// diacritics and in every inflection, so index and query go through the same folding, stop list and light stemmer.

/** Lower case without diacritics: "triëren" and "trieren" must be the same word. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Function words, plus the few domain words that occur in every description (huisarts, praktijk, patiënt) and
 * would otherwise let any question match every intervention a little.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'aan',
  'al',
  'alle',
  'alles',
  'als',
  'altijd',
  'ben',
  'bij',
  'dan',
  'dat',
  'de',
  'deze',
  'die',
  'dit',
  'doen',
  'door',
  'dus',
  'een',
  'en',
  'er',
  'erg',
  'gaan',
  'gaat',
  'graag',
  'had',
  'heb',
  'hebben',
  'heeft',
  'het',
  'hier',
  'hij',
  'hoe',
  'hun',
  'iets',
  'ik',
  'in',
  'is',
  'je',
  'jij',
  'jullie',
  'kan',
  'kunnen',
  'kunt',
  'maar',
  'me',
  'meer',
  'met',
  'mij',
  'mijn',
  'moet',
  'moeten',
  'na',
  'naar',
  'niet',
  'nog',
  'nu',
  'of',
  'om',
  'omdat',
  'ons',
  'onze',
  'echt',
  'eigenlijk',
  'ook',
  'op',
  'over',
  'te',
  'teveel',
  'toch',
  'tot',
  'u',
  'uit',
  'uw',
  'van',
  'veel',
  'voor',
  'wat',
  'we',
  'wel',
  'welke',
  'wie',
  'wij',
  'willen',
  'wil',
  'worden',
  'wordt',
  'zal',
  'ze',
  'zeer',
  'zich',
  'zij',
  'zijn',
  'zo',
  'zou',
  'huisarts',
  'huisartsen',
  'huisartsenpraktijk',
  'praktijk',
  'praktijken',
  'patient',
  'patienten',
  'interventie',
  'mtvp',
  'mtvdp',
]);

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

/** A plural -s after a consonant (dokters, wachtkamers) or after -te/-de/-re/… (assistentes, vacatures); never "proces". */
function stripS(word: string): string {
  if (word.length < 5 || !word.endsWith('s')) return word;
  const before = word.slice(0, -1);
  if (/[^aeiouysj]$/.test(before) || /[tdkglnr]e$/.test(before)) return before;
  return word;
}

/**
 * A light Dutch stemmer, not Snowball: strips the common inflection and derivation suffixes once, then evens out
 * the spelling changes those suffixes cause (kwaal/kwalen, bel/bellen, verwijs/verwijzen). Both the index and the
 * question use it, so a stem only has to be consistent, not a real word.
 */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  w = stripDiminutive(w);
  w = strip(w, 'heden') ?? strip(w, 'heid') ?? w;
  w = strip(w, 'ingen') ?? strip(w, 'ing') ?? w;
  w = strip(w, 'ieve') ?? strip(w, 'ief') ?? strip(w, 'ie') ?? w;
  w = strip(w, 'lijke') ?? strip(w, 'lijk') ?? w;
  w = strip(w, 'en') ?? w;
  w = stripS(w);
  w = strip(w, 'e') ?? w;
  // Spelling: a doubled final consonant (bellen → bell → bel), final devoicing (verwijz → verwijs), doubled vowels.
  if (/([^aeiouy])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('z')) w = `${w.slice(0, -1)}s`;
  else if (w.endsWith('v')) w = `${w.slice(0, -1)}f`;
  w = w.replace(/([aeou])\1/g, '$1');
  return w;
}

/** Splits folded text into words; keeps digits ("10 minuten") and drops single letters ("e" of e-consult). */
export function tokenize(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1);
}

/** MiniSearch `processTerm`: stop words out, everything else stemmed. */
export function processTerm(term: string): string | null {
  const folded = fold(term);
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}
