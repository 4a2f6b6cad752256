// The help card names each command from the catalog; the bot must recognise exactly that text as the command
// (the phrases live with each feature, dialogs/*/feature.ts): a reworded help line may not point nowhere.
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../dialogs/features.js';
import { commandMatcher } from '../../dialogs/router/commands.js';
import { t, type PlainKey } from '../../rules/i18n/index.js';
import { createMemoryStores } from '../../storage/memory/index.js';

const { commands } = createRoutes({ stores: createMemoryStores(), rhoTeams: {}, runCommand: () => Promise.resolve() });
const matchCommand = commandMatcher(commands);

const HELP_COMMANDS: readonly [PlainKey, string][] = [
  ['command.help.name', 'help'],
  ['command.link.name', 'linkPractice'],
  ['command.choose.name', 'chooseInterventions'],
  ['command.advice.name', 'advise'],
  ['command.intervisie.name', 'logIntervisie'],
  ['command.counts.name', 'logCounts'],
  ['command.status.name', 'status'],
  ['command.plan.name', 'plan'],
  ['command.managers.name', 'managers'],
  ['command.summary.name', 'summary'],
  ['command.exportCsv.name', 'exportCsv'],
  ['command.practice.name', 'choosePractice'],
  ['command.reminder.name', 'reminder'],
  ['command.reminders.name', 'reminders'],
];

describe.each(['nl', 'en'] as const)('help card commands in %s', (locale) => {
  it.each(HELP_COMMANDS)('%s is recognised as %s', (key, command) => {
    expect(matchCommand(t(locale, key))?.command).toBe(command);
  });
});
