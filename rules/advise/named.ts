// Which interventions a question names, as staff write them ("mag ik het meekijkconsult kiezen?", "WOR", "beeldbelen"):
// short aliases per canonical id (RULES.md §3), matched on whole words, with one typo allowed in longer single words.
import type { InterventionId } from '../model.js';
import { fold } from './normalise.js';

const ALIASES: Readonly<Record<InterventionId, readonly string[]>> = {
  'awp.regie-veelgebruikers': ['regie op veelgebruikers', 'veelgebruikers'],
  'awp.triage-training': ['triage training', 'triagetraining', 'triage', 'toh opleiding', 'toh'],
  'awp.lean': ['lean werken', 'lean'],
  'awp.taakherschikking': ['taakherschikking', 'soh spreekuur'],
  'awp.flexibele-consultduur': ['flexibele consultduur', 'anders inroosteren', 'consultduur'],
  'awp.beeldbellen': ['beeldbellen', 'videobellen'],
  'awp.ehealth': ['e health', 'ehealth', 'zelfmetingen', 'online spreekuur'],
  'awp.time-out-verwijzingen': ['time out verwijzingen', 'time out', 'timeout', 'meedenkconsult'],
  'awp.3-gesprekken': ['3 gesprekken', 'driegesprekken', 'driegesprek'],
  'awp.m365': ['microsoft 365', 'm365', 'office 365'],
  'awp.digitaliseringscoach': ['digitaliseringscoach', 'digicoach'],
  'awp.aanmeldzuil': ['aanmeldzuil'],
  'awp.digitale-tools': ['digitale tools'],
  'gg.positieve-gezondheid-verrijking': ['verrijkingsworkshop', 'verrijking positieve gezondheid'],
  'gg.positieve-gezondheid': ['positieve gezondheid', 'basistraining positieve gezondheid'],
  'gg.oplossingsgericht': ['oplossingsgericht werken', 'oplossingsgerichte', 'oplossingsgericht'],
  'gg.solk-alk': ['solk alk', 'solk', 'alk'],
  'gg.praktijk-patient-regie': ['praktijk en patient in regie', 'patient in regie'],
  'gg.consultvoorbereidende-vragenlijsten': ['consultvoorbereidende vragenlijsten', 'consultvoorbereidende'],
  'gg.intervisie-verwijsgedrag': ['intervisie op verwijsgedrag', 'verwijsgedrag'],
  'gg.intervisie-diagnostiek': ['intervisie op diagnostiek', 'geprotocolleerde diagnostiek', 'diagnostiek aanvragen'],
  'sn.welzijn-op-recept': ['welzijn op recept', 'wor'],
  'sn.wijkteam': ['wijkteam', 'buurtteam', 'sociaal team', 'wijkmanager'],
  'sn.meekijkconsult': ['meekijkconsult', 'meekijkconsulten', 'intercollegiaal consult'],
  'sn.mdo': ['mdo', 'casuistiektafel', 'multidisciplinair overleg'],
  'sn.burgerinitiatieven': ['burgerinitiatieven', 'burgerinitiatief'],
  'upc.uitbreiding': ['uitbreiding personele capaciteit', 'personele capaciteit', 'extra personeel'],
  'upc.soh-opleiding': ['soh opleiding'],
  'upc.poh-ouderen': ['poh ouderenzorg', 'poh ouderen'],
  'upc.bbl-doktersassistent': ['bbl doktersassistent', 'bbl'],
  'upc.praktijkmanagement': ['praktijkmanagement', 'opleiding praktijkmanagement'],
};

/** Folded words separated by single spaces: "E-Health?" → "e health". */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** At most one insertion, deletion or substitution: "beeldbelen", "meekijkconsul". */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A typo is only forgiven in a word long enough that one edit cannot turn it into another word we know. */
const TYPO_MIN_LENGTH = 8;

interface Alias {
  id: InterventionId;
  words: readonly string[];
}

// Longest alias first, so "intervisie op verwijsgedrag" wins over any shorter alias inside it.
const ALL: readonly Alias[] = (Object.entries(ALIASES) as [InterventionId, readonly string[]][])
  .flatMap(([id, list]) => list.map((a) => ({ id, words: a.split(' ') })))
  .sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);

function matchAt(tokens: readonly string[], at: number, alias: Alias): boolean {
  if (at + alias.words.length > tokens.length) return false;
  return alias.words.every((w, k) => {
    const token = tokens[at + k] ?? '';
    return token === w || (alias.words.length === 1 && w.length >= TYPO_MIN_LENGTH && nearlyEqual(token, w));
  });
}

/** The interventions the text names, in the order they appear; each id once. */
export function namedInterventions(text: string): InterventionId[] {
  const tokens = words(text);
  const found: InterventionId[] = [];
  for (let at = 0; at < tokens.length;) {
    const alias = ALL.find((a) => matchAt(tokens, at, a));
    if (!alias) {
      at++;
      continue;
    }
    if (!found.includes(alias.id)) found.push(alias.id);
    at += alias.words.length;
  }
  return found;
}
