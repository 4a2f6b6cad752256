// Welcome card, posted in the channel when the bot is added to a team (issue 3 §6).
import * as z from 'zod';
import { Locale } from '../rules/model.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import { escapeMarkdown, labelsOf, t, type Labels } from './shared.js';
import tpl from './templates/welcome.card.json' with { type: 'json' };

export const WelcomeCardData = z.object({
  locale: Locale.default('nl'),
  cardId: z.uuid(),
  teamName: z.string().max(200).optional(),
});
export type WelcomeCardInput = z.input<typeof WelcomeCardData>;

const LABELS = {
  welcomeTitle: 'welcome.title',
  welcomeIntro: 'welcome.intro',
  welcomeLinkHow: 'welcome.linkHow',
  startLink: 'action.startLink',
  startLinkConsultant: 'action.startLinkConsultant',
  help: 'common.help',
} as const;

interface WelcomeView {
  t: Labels<typeof LABELS>;
  cardId: string;
  team: { line: string }[];
  bullets: string;
}

export const welcomeTemplate = prepareTemplate<WelcomeView>(tpl);

export function welcomeView(input: WelcomeCardInput): WelcomeView {
  const d = WelcomeCardData.parse(input);
  const bullets = (['welcome.bullet1', 'welcome.bullet2', 'welcome.bullet3', 'welcome.bullet4'] as const).map((key) => t(d.locale, key));
  return {
    t: labelsOf(d.locale, LABELS),
    cardId: d.cardId,
    team: optional(d.teamName && { line: t(d.locale, 'welcome.team', { team: escapeMarkdown(d.teamName) }) }),
    bullets: bullets.map((b) => `- ${b}`).join('\n'),
  };
}

export function renderWelcomeCard(input: WelcomeCardInput): AdaptiveCardJson {
  return welcomeTemplate.render(welcomeView(input));
}
