// Everything the CLI says on stderr, in Dutch (the users' language) and English. Stdout is JSON only.
import { REGIONS, type Locale } from '../model.js';

export const USAGE = `mtvp — regels van MTVP (Meer Tijd voor de Patiënt) / MTVP rules engine

Gebruik / Usage:
  mtvp check <plan.json|->
      Toets een plan aan de regelset van de regio / Check a plan against its region's rule set
  mtvp status <praktijk.json|-> --on <JJJJ-MM-DD>
      Stand van zaken van een praktijk op een datum / A practice's status on a date
  mtvp advise --region <regio> [--subregion <s>] [--year <n>] "<vraag>"
      Welke interventie past bij dit probleem? / Which intervention fits this problem?
  mtvp rules list
      Alle regelsets / List the rule sets
  mtvp rules show <regio>[@versie]
      Toon een regelset met bronnen / Show a rule set with its sources
  mtvp rules validate [map]
      Controleer regelsetbestanden / Validate rule-set files

Uitvoer: JSON op stdout; exitcode 0 = ok, 1 = niet ok, 2 = onbruikbare invoer.
Output: JSON on stdout; exit code 0 = ok, 1 = not ok, 2 = unusable input.
Regio's / regions: ${REGIONS.join(', ')}
`;

export interface Messages {
  unknownCommand(command: string): string;
  missingInput(command: string): string;
  tooManyArguments(command: string, extra: readonly string[]): string;
  badOption(detail: string): string;
  cannotRead(file: string, detail: string): string;
  badJson(file: string, detail: string): string;
  invalidInput(file: string): string;
  unknownVersion(region: string, version: string, known: readonly string[]): string;
  unknownSubregion(field: string, region: string, subregion: string, known: readonly string[]): string;
  rulesSubcommand: string;
  optionRequired(option: string, hint: string): string;
  dateHint: string;
  notADate(value: string): string;
  unknownRegion(value: string | undefined): string;
  badYear(value: string): string;
  emptyQuestion: string;
  unknownRuleSet(spec: string, known: readonly string[]): string;
  noDirectory(dir: string): string;
  noRuleSetFiles(dir: string): string;
  pathMismatch(field: string, value: string, expectedFile: string): string;
  invalidFiles(count: number): string;
  unexpected(detail: string): string;
}

const list = (items: readonly string[]): string => (items.length ? items.join(', ') : '—');

const nl: Messages = {
  unknownCommand: (c) => `Onbekend commando "${c}". Zie mtvp --help.`,
  missingInput: (c) => `mtvp ${c}: geef een bestand, of - voor stdin. Zie mtvp --help.`,
  tooManyArguments: (c, extra) => `mtvp ${c}: onverwachte argumenten: ${extra.join(' ')}`,
  badOption: (d) => `Ongeldige optie: ${d}`,
  cannotRead: (f, d) => `Kan ${f} niet lezen: ${d}`,
  badJson: (f, d) => `Ongeldige JSON in ${f}: ${d}`,
  invalidInput: (f) => `Onbruikbare invoer in ${f}:`,
  unknownVersion: (r, v, k) => `ruleSetVersion: regio ${r} heeft geen regelset "${v}" (wel: ${list(k)})`,
  unknownSubregion: (f, r, s, k) =>
    k.length ? `${f}: regio ${r} kent geen subregio "${s}" (wel: ${list(k)})` : `${f}: regio ${r} heeft geen subregio's (kreeg "${s}")`,
  rulesSubcommand: 'mtvp rules: kies list, show <regio>[@versie] of validate [map]. Zie mtvp --help.',
  optionRequired: (o, h) => `${o}: verplicht, ${h}`,
  dateHint: 'geef een datum als JJJJ-MM-DD',
  notADate: (v) => `"${v}" is geen bestaande datum; verwacht JJJJ-MM-DD`,
  unknownRegion: (v) =>
    v === undefined ? `--region: verplicht; kies uit ${REGIONS.join(', ')}` : `--region: onbekende regio "${v}"; kies uit ${REGIONS.join(', ')}`,
  badYear: (v) => `--year: "${v}" is geen positief geheel getal (programmajaar 1, 2, 3, …)`,
  emptyQuestion: 'vraag: beschrijf het probleem van de praktijk, bijvoorbeeld "de telefoon staat roodgloeiend"',
  unknownRuleSet: (s, k) => `Onbekende regelset "${s}" (wel: ${list(k)})`,
  noDirectory: (d) => `Map ${d} bestaat niet of is geen map`,
  noRuleSetFiles: (d) => `Geen regelsetbestanden (*.json) gevonden in ${d}`,
  pathMismatch: (f, v, e) => `${f} "${v}" hoort in bestand ${e}`,
  invalidFiles: (n) => `${n} regelsetbestand(en) ongeldig`,
  unexpected: (d) => `mtvp: onverwachte fout: ${d}`,
};

const en: Messages = {
  unknownCommand: (c) => `Unknown command "${c}". See mtvp --help.`,
  missingInput: (c) => `mtvp ${c}: give a file, or - for stdin. See mtvp --help.`,
  tooManyArguments: (c, extra) => `mtvp ${c}: unexpected arguments: ${extra.join(' ')}`,
  badOption: (d) => `Invalid option: ${d}`,
  cannotRead: (f, d) => `Cannot read ${f}: ${d}`,
  badJson: (f, d) => `Invalid JSON in ${f}: ${d}`,
  invalidInput: (f) => `Unusable input in ${f}:`,
  unknownVersion: (r, v, k) => `ruleSetVersion: region ${r} has no rule set "${v}" (known: ${list(k)})`,
  unknownSubregion: (f, r, s, k) =>
    k.length ? `${f}: region ${r} has no subregion "${s}" (known: ${list(k)})` : `${f}: region ${r} has no subregions (got "${s}")`,
  rulesSubcommand: 'mtvp rules: choose list, show <region>[@version] or validate [dir]. See mtvp --help.',
  optionRequired: (o, h) => `${o}: required, ${h}`,
  dateHint: 'give a date as YYYY-MM-DD',
  notADate: (v) => `"${v}" is not an existing date; expected YYYY-MM-DD`,
  unknownRegion: (v) =>
    v === undefined ? `--region: required; choose from ${REGIONS.join(', ')}` : `--region: unknown region "${v}"; choose from ${REGIONS.join(', ')}`,
  badYear: (v) => `--year: "${v}" is not a positive whole number (programme year 1, 2, 3, …)`,
  emptyQuestion: 'question: describe the practice\'s problem, e.g. "de telefoon staat roodgloeiend"',
  unknownRuleSet: (s, k) => `Unknown rule set "${s}" (known: ${list(k)})`,
  noDirectory: (d) => `Directory ${d} does not exist or is not a directory`,
  noRuleSetFiles: (d) => `No rule-set files (*.json) found in ${d}`,
  pathMismatch: (f, v, e) => `${f} "${v}" belongs in file ${e}`,
  invalidFiles: (n) => `${n} rule-set file(s) invalid`,
  unexpected: (d) => `mtvp: unexpected error: ${d}`,
};

export function messages(locale: Locale): Messages {
  return locale === 'en' ? en : nl;
}
