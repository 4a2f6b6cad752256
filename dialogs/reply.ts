// Small shared pieces of every dialog: send a card, say a short notice, who acts, the write context.
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { renderHelpCard } from '../cards/help.card.js';
import { renderNoticeCard, renderStaleCardNotice, type NOTICE_VERBS, type NoticeCardInput } from '../cards/notice.card.js';
import type { AdaptiveCardJson } from '../cards/render.js';
import type { IsoDate, Locale } from '../rules/model.js';
import type { WriteContext } from '../storage/ports.js';
import { msg, type MessageKey } from './messages.js';
import type { DialogTurn } from './turn.js';

export async function sendCard(turn: Pick<DialogTurn, 'context'>, card: AdaptiveCardJson): Promise<void> {
  await turn.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

export async function sendText(turn: Pick<DialogTurn, 'context'>, text: string): Promise<void> {
  await turn.context.sendActivity(MessageFactory.text(text));
}

export interface NoticeOptions {
  title?: MessageKey;
  style?: NoticeCardInput['style'];
  buttons?: readonly { title: string; verb: (typeof NOTICE_VERBS)[number] }[];
}

/** A short card with one of dialogs/' own texts (dialogs/messages.ts, from the catalog in rules/i18n). */
export async function notice(
  turn: DialogTurn,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
  o: NoticeOptions = {},
): Promise<void> {
  await sendCard(turn, renderNoticeCard({
    locale: turn.locale, cardId: turn.newId(), title: msg(turn.locale, o.title ?? 'noticeTitle'), text: msg(turn.locale, key, values),
    ...(o.style ? { style: o.style } : {}), buttons: [...(o.buttons ?? [])],
  }));
}

export async function staleNotice(turn: DialogTurn): Promise<void> {
  await sendCard(turn, renderStaleCardNotice({ locale: turn.locale, cardId: turn.newId() }));
}

export async function sendHelp(turn: DialogTurn, unknownInput?: string): Promise<void> {
  const input = unknownInput?.trim().slice(0, 200);
  await sendCard(
    turn,
    renderHelpCard({ locale: turn.locale, cardId: turn.newId(), unknownInput: unknownInput !== undefined, ...(input ? { input } : {}) }),
  );
}

export function actorOf(context: TurnContext): WriteContext['actor'] {
  const from = context.activity.from;
  const id = from.aadObjectId ?? from.id;
  return from.name ? { id, name: from.name } : { id };
}

/** Keyed by the card instance: a double click or a Teams retry of the same card records once. */
export function writeContext(turn: DialogTurn, idempotencyKey: string): WriteContext {
  return { actor: actorOf(turn.context), idempotencyKey, at: turn.now.toISOString() };
}

/** Today as a calendar date in Europe/Amsterdam (issue 4: dates are Dutch calendar days). */
export function todayOf(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const Raw = z.record(z.string(), z.unknown());
const Invoke = z.object({ action: z.object({ verb: z.string().optional(), data: Raw.default({}) }) });

/** The submitted card's data (Action.Submit value or Action.Execute data), or undefined for a typed message. */
export function rawSubmit(context: TurnContext): Record<string, unknown> | undefined {
  const value: unknown = context.activity.value;
  const invoke = Invoke.safeParse(value);
  if (invoke.success) {
    const { verb, data } = invoke.data.action;
    return verb ? { ...data, verb } : data;
  }
  const raw = Raw.safeParse(value);
  return raw.success && 'verb' in raw.data ? raw.data : undefined;
}

/** Same rule as bot/locale.ts: English when the client is English, else Dutch. */
export function localeOf(activity: { locale?: string }): Locale {
  return typeof activity.locale === 'string' && activity.locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** What the user entered on the submitted card, to show it again next to the errors. */
export function enteredValues(context: TurnContext): Record<string, string> {
  const raw = rawSubmit(context) ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out;
}

const ChannelData = z.object({
  channel: z.object({ id: z.string().min(1) }).optional(),
  tenant: z.object({ id: z.string().min(1) }).optional(),
});

export function channelOf(context: TurnContext): { channelId?: string; tenantId?: string } {
  const parsed = ChannelData.safeParse(context.activity.channelData);
  const channelId = parsed.data?.channel?.id ?? context.activity.conversation.id;
  const tenantId = context.activity.conversation.tenantId ?? parsed.data?.tenant?.id;
  return { ...(channelId ? { channelId } : {}), ...(tenantId ? { tenantId } : {}) };
}
