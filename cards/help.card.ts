// Help card: the command list; also the short answer to input the bot did not understand (issue 4 §7).
import { z } from 'zod';
import { Locale } from '../rules/model.js';
import type { Verb } from './verbs.js';
import { escapeMarkdown } from './escape.js';
import { fill, labels, type LabelKey, type Labels } from './i18n/index.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
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

const COMMANDS: readonly [LabelKey, LabelKey][] = [
  ['cmdHelp', 'cmdHelpText'],
  ['cmdLink', 'cmdLinkText'],
  ['cmdChoose', 'cmdChooseText'],
  ['cmdAdvice', 'cmdAdviceText'],
  ['cmdIntervisie', 'cmdIntervisieText'],
  ['cmdCounts', 'cmdCountsText'],
  ['cmdStatus', 'cmdStatusText'],
  ['cmdPlan', 'cmdPlanText'],
  ['cmdPractice', 'cmdPracticeText'],
];

/** Teams and the Adaptive Cards SDK show at most five actions per card. */
const BUTTONS: readonly [Verb, LabelKey][] = [
  ['startLink', 'startLink'],
  ['startChoose', 'startChoose'],
  ['startAdvice', 'startAdvice'],
  ['startLogIntervisie', 'startLogIntervisie'],
  ['openStatus', 'openStatus'],
];

interface HelpView {
  t: Labels;
  cardId: string;
  unknown: { line: string }[];
  commands: { command: string; text: string }[];
  buttons: { verb: Verb; title: string }[];
}

export const helpTemplate = prepareTemplate<HelpView>(tpl);

export function helpView(input: HelpCardInput): HelpView {
  const d = HelpCardData.parse(input);
  const t = labels(d.locale);
  const echo = d.input?.trim();
  const line = echo ? fill(t.helpUnknownEcho, { input: escapeMarkdown(echo) }) : t.helpUnknown;
  return {
    t,
    cardId: d.cardId,
    unknown: optional(d.unknownInput && { line }),
    commands: COMMANDS.map(([command, text]) => ({ command: t[command], text: t[text] })),
    buttons: BUTTONS.map(([verb, key]) => ({ verb, title: t[key] })),
  };
}

export function renderHelpCard(input: HelpCardInput): AdaptiveCardJson {
  return helpTemplate.render(helpView(input));
}
