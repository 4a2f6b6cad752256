// Welcome card, posted in the channel when the bot is added to a team (issue 3 §6).
import { z } from 'zod';
import { Locale } from '../rules/model.js';
import { escapeMarkdown } from './escape.js';
import { fill, labels, type Labels } from './i18n/index.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import tpl from './templates/welcome.card.json' with { type: 'json' };

export const WelcomeCardData = z.object({
  locale: Locale.default('nl'),
  cardId: z.uuid(),
  teamName: z.string().max(200).optional(),
});
export type WelcomeCardInput = z.input<typeof WelcomeCardData>;

interface WelcomeView {
  t: Labels;
  cardId: string;
  team: { line: string }[];
  bullets: string;
}

export const welcomeTemplate = prepareTemplate<WelcomeView>(tpl);

export function welcomeView(input: WelcomeCardInput): WelcomeView {
  const d = WelcomeCardData.parse(input);
  const t = labels(d.locale);
  const bullets = [t.welcomeBullet1, t.welcomeBullet2, t.welcomeBullet3, t.welcomeBullet4];
  return {
    t,
    cardId: d.cardId,
    team: optional(d.teamName && { line: fill(t.welcomeTeam, { team: escapeMarkdown(d.teamName) }) }),
    bullets: bullets.map((b) => `- ${b}`).join('\n'),
  };
}

export function renderWelcomeCard(input: WelcomeCardInput): AdaptiveCardJson {
  return welcomeTemplate.render(welcomeView(input));
}
