// A small generic info card: title, text and optional buttons that start a flow (e.g. a stale card was clicked).
import * as z from 'zod';
import { Locale } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { button, t, type ButtonView } from './shared.js';
import tpl from './templates/notice.card.json' with { type: 'json' };

/** Verbs whose payload is only the card id, so a notice can offer them as plain buttons. */
export const NOTICE_VERBS = [
  'help',
  'startLink',
  'startLinkConsultant',
  'startChoose',
  'startAdvice',
  'startLogIntervisie',
  'startLogCounts',
  'openStatus',
  'openPlan',
  'markPraktijkplanSubmitted',
  'openReminderSettings',
  'cancel',
] as const;

export const NoticeCardData = z
  .object({
    locale: Locale.default('nl'),
    cardId: z.uuid().optional(),
    /** Localized by the caller; escape any user text in it with escapeMarkdown. */
    title: z.string().min(1).max(200),
    text: z.string().min(1).max(2000),
    style: z.enum(['default', 'emphasis', 'good', 'warning', 'attention', 'accent']).default('emphasis'),
    buttons: z
      .array(z.object({ title: z.string().min(1).max(60), verb: z.enum(NOTICE_VERBS) }))
      .max(5)
      .default([]),
  })
  .refine((d) => d.buttons.length === 0 || d.cardId !== undefined, { message: 'buttons need a cardId', path: ['cardId'] });
export type NoticeCardInput = z.input<typeof NoticeCardData>;

interface NoticeView {
  title: string;
  text: string;
  style: string;
  buttons: ButtonView[];
}

export const noticeTemplate = prepareTemplate<NoticeView>(tpl);

export function noticeView(input: NoticeCardInput): NoticeView {
  const d = NoticeCardData.parse(input);
  const cardId = d.cardId ?? '';
  return { title: d.title, text: d.text, style: d.style, buttons: d.buttons.map((b) => button(b.title, b.verb, cardId)) };
}

export function renderNoticeCard(input: NoticeCardInput): AdaptiveCardJson {
  return noticeTemplate.render(noticeView(input));
}

/** "Deze kaart hoort bij een afgeronde vraag": the answer to a click on a card whose dialog has ended. */
export function renderStaleCardNotice(input: { locale?: Locale; cardId?: string }): AdaptiveCardJson {
  const locale = input.locale ?? 'nl';
  return renderNoticeCard({
    locale: input.locale,
    cardId: input.cardId,
    title: t(locale, 'stale.title'),
    text: t(locale, 'stale.text'),
    buttons: input.cardId ? [{ title: t(locale, 'common.help'), verb: 'help' }] : [],
  });
}
