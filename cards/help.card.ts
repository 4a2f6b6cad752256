// Help card: the command list; also the short answer to input the bot did not understand (issue 4 §7).
import * as z from 'zod';
import { Locale } from '../rules/model.js';
import type { Verb } from './verbs.js';
import type { PlainKey } from '../rules/i18n/index.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import { escapeMarkdown, labelsOf, t, type Labels } from './shared.js';
import tpl from './templates/help.card.json' with { type: 'json' };

export const HelpCardData = z.object({
  locale: Locale.default('nl'),
  cardId: z.uuid(),
  /** Shown as the "unknown input" variant. */
  unknownInput: z.boolean().default(false),
  /** What the user typed, echoed in the unknown-input line. */
  input: z.string().max(200).optional(),
});
export type HelpCardInput = z.input<typeof HelpCardData>;

const COMMANDS: readonly [PlainKey, PlainKey][] = [
  ['command.help.name', 'command.help.text'],
  ['command.link.name', 'command.link.text'],
  ['command.choose.name', 'command.choose.text'],
  ['command.advice.name', 'command.advice.text'],
  ['command.intervisie.name', 'command.intervisie.text'],
  ['command.counts.name', 'command.counts.text'],
  ['command.status.name', 'command.status.text'],
  ['command.plan.name', 'command.plan.text'],
  ['command.managers.name', 'command.managers.text'],
  ['command.entries.name', 'command.entries.text'],
  ['command.reminder.name', 'command.reminder.text'],
  ['command.reminders.name', 'command.reminders.text'],
  ['command.summary.name', 'command.summary.text'],
  ['command.exportCsv.name', 'command.exportCsv.text'],
  ['command.practice.name', 'command.practice.text'],
  // Not a command: a question in the user's own words (issue 13 §2, dialogs/intents/).
  ['command.ownWords.name', 'command.ownWords.text'],
];

/** Teams and the Adaptive Cards SDK show at most five actions per card. */
const BUTTONS: readonly [Verb, PlainKey][] = [
  ['startLink', 'action.startLink'],
  ['startChoose', 'action.startChoose'],
  ['startAdvice', 'action.startAdvice'],
  ['startLogIntervisie', 'action.startLogIntervisie'],
  ['openStatus', 'action.openStatus'],
];

const LABELS = { helpTitle: 'help.title', helpIntro: 'help.intro' } as const;

interface HelpView {
  t: Labels<typeof LABELS>;
  cardId: string;
  unknown: { line: string }[];
  commands: { command: string; text: string }[];
  buttons: { verb: Verb; title: string }[];
}

export const helpTemplate = prepareTemplate<HelpView>(tpl);

export function helpView(input: HelpCardInput): HelpView {
  const d = HelpCardData.parse(input);
  const echo = d.input?.trim();
  const line = echo ? t(d.locale, 'help.unknownEcho', { input: escapeMarkdown(echo) }) : t(d.locale, 'help.unknown');
  return {
    t: labelsOf(d.locale, LABELS),
    cardId: d.cardId,
    unknown: optional(d.unknownInput && { line }),
    commands: COMMANDS.map(([command, text]) => ({ command: t(d.locale, command), text: t(d.locale, text) })),
    buttons: BUTTONS.map(([verb, key]) => ({ verb, title: t(d.locale, key) })),
  };
}

export function renderHelpCard(input: HelpCardInput): AdaptiveCardJson {
  return helpTemplate.render(helpView(input));
}
