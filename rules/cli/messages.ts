// Everything the CLI says on stderr, from the catalog (rules/i18n, "cli.*"), in the shell's language. Stdout is JSON.
import { t, type PlainKey } from '../i18n/index.js';
import { REGIONS, type Locale } from '../model.js';

/** Dutch, then English: the usage is for both audiences at once (RULES.md §6). */
const both = (key: PlainKey): string => `${t('nl', key)} / ${t('en', key)}`;

// The command lines are syntax: their placeholders are written once, in Dutch like the rest of the programme.
export const USAGE = `mtvp — ${both('cli.usage.title')}

${both('cli.usage.heading')}:
  mtvp check <plan.json|->
      ${both('cli.usage.check')}
  mtvp status <praktijk.json|-> --on <JJJJ-MM-DD>
      ${both('cli.usage.status')}
  mtvp advise --region <regio> [--subregion <s>] [--year <n>] "<vraag>"
      ${both('cli.usage.advise')}
  mtvp rules list
      ${both('cli.usage.rulesList')}
  mtvp rules show <regio>[@versie]
      ${both('cli.usage.rulesShow')}
  mtvp rules validate [map]
      ${both('cli.usage.rulesValidate')}

${t('nl', 'cli.usage.output')}
${t('en', 'cli.usage.output')}
${both('cli.usage.regions')}: ${REGIONS.join(', ')}
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
  unknownRuleSetVersion(region: string, version: string): string;
}

/** Ids and versions the user may pick from: a plain comma list, or a dash when there are none. */
const ids = (items: readonly string[]): string => (items.length ? items.join(', ') : '—');

export function messages(locale: Locale): Messages {
  return {
    unknownCommand: (command) => t(locale, 'cli.unknownCommand', { command }),
    missingInput: (command) => t(locale, 'cli.missingInput', { command }),
    tooManyArguments: (command, extra) => t(locale, 'cli.tooManyArguments', { command, extra: extra.join(' ') }),
    badOption: (detail) => t(locale, 'cli.badOption', { detail }),
    cannotRead: (file, detail) => t(locale, 'cli.cannotRead', { file, detail }),
    badJson: (file, detail) => t(locale, 'cli.badJson', { file, detail }),
    invalidInput: (file) => t(locale, 'cli.invalidInput', { file }),
    unknownVersion: (region, version, known) => t(locale, 'cli.unknownVersion', { region, version, known: ids(known) }),
    unknownSubregion: (field, region, subregion, known) =>
      known.length
        ? t(locale, 'cli.unknownSubregion', { field, region, subregion, known: ids(known) })
        : t(locale, 'cli.noSubregions', { field, region, subregion }),
    rulesSubcommand: t(locale, 'cli.rulesSubcommand'),
    optionRequired: (option, hint) => t(locale, 'cli.optionRequired', { option, hint }),
    dateHint: t(locale, 'cli.dateHint'),
    notADate: (value) => t(locale, 'cli.notADate', { value }),
    unknownRegion: (value) =>
      value === undefined
        ? t(locale, 'cli.regionRequired', { regions: ids(REGIONS) })
        : t(locale, 'cli.unknownRegion', { value, regions: ids(REGIONS) }),
    badYear: (value) => t(locale, 'cli.badYear', { value }),
    emptyQuestion: t(locale, 'cli.emptyQuestion'),
    unknownRuleSet: (spec, known) => t(locale, 'cli.unknownRuleSet', { spec, known: ids(known) }),
    noDirectory: (dir) => t(locale, 'cli.noDirectory', { dir }),
    noRuleSetFiles: (dir) => t(locale, 'cli.noRuleSetFiles', { dir }),
    pathMismatch: (field, value, expected) => t(locale, 'cli.pathMismatch', { field, value, expected }),
    invalidFiles: (count) => t(locale, 'cli.invalidFiles', { count }),
    unexpected: (detail) => t(locale, 'cli.unexpected', { detail }),
    unknownRuleSetVersion: (region, version) => `ruleSetVersion: ${t(locale, 'rules.unknownRuleSet', { region, version })}`,
  };
}
