// Small shared pieces of every dialog: send a card, say a short notice, who acts, the write context.
import { renderHelpCard } from '../../cards/help.card.js';
import { renderNoticeCard, renderStaleCardNotice, type NOTICE_VERBS, type NoticeCardInput } from '../../cards/notice.card.js';
import { containsPatientData } from '../../cards/patient-data.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import type { IsoDate } from '../../rules/model.js';
import type { WriteContext } from '../../storage/ports.js';
import { msg, type MessageKey } from '../messages.js';
import type { DialogTurn } from '../router/turn.js';

/**
 * Sends a card; in an Action.Execute turn the first card instead replaces the clicked one. Returns the id of the
 * message that shows it, for a later update to read-only.
 */
export function sendCard(turn: Pick<DialogTurn, 'reply'>, card: AdaptiveCardJson): Promise<string | undefined> {
  return turn.reply.card(card);
}

/** A short text; in an Action.Execute turn that has no card yet, it replaces the clicked card as a notice. */
export async function sendText(turn: Pick<DialogTurn, 'reply' | 'locale' | 'newId'>, text: string): Promise<void> {
  if (turn.reply.awaitsInPlace()) {
    await turn.reply.card(renderNoticeCard({ locale: turn.locale, cardId: turn.newId(), title: msg(turn.locale, 'noticeTitle'), text }));
    return;
  }
  await turn.reply.text(text);
}

export interface NoticeOptions {
  title?: MessageKey;
  style?: NoticeCardInput['style'];
  buttons?: readonly { title: string; verb: (typeof NOTICE_VERBS)[number] }[];
}

/** A short card with texts the caller already made (from the catalog in rules/i18n): title, text, style, buttons. */
export async function noticeCard(
  turn: Pick<DialogTurn, 'reply' | 'locale' | 'newId'>,
  content: Omit<NoticeCardInput, 'locale' | 'cardId'>,
): Promise<void> {
  await sendCard(turn, renderNoticeCard({ locale: turn.locale, cardId: turn.newId(), ...content }));
}

/** A short card with one of dialogs/' own texts (dialogs/messages.ts, from the catalog in rules/i18n). */
export async function notice(
  turn: Pick<DialogTurn, 'reply' | 'locale' | 'newId'>,
  key: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
  o: NoticeOptions = {},
): Promise<void> {
  await noticeCard(turn, {
    title: msg(turn.locale, o.title ?? 'noticeTitle'),
    text: msg(turn.locale, key, values),
    ...(o.style ? { style: o.style } : {}),
    buttons: [...(o.buttons ?? [])],
  });
}

/** A card clicked after its work was done: replaced by this read-only notice. */
export async function staleNotice(turn: Pick<DialogTurn, 'reply' | 'locale' | 'newId'>): Promise<void> {
  await sendCard(turn, renderStaleCardNotice({ locale: turn.locale, cardId: turn.newId() }));
}

/**
 * What the user typed, cut to 200 characters, to echo in an answer; undefined when empty or when it holds patient data
 * (issue 12 §4: never echoed into the channel). The cut echo is checked too: cutting can leave a 9-digit tail.
 */
export function echoOf(input: string): string | undefined {
  const echo = input.trim();
  const cut = echo.slice(0, 200);
  return cut !== '' && !containsPatientData(echo) && !containsPatientData(cut) ? cut : undefined;
}

/**
 * The help card; after input the bot did not understand, with that input echoed when it may be (echoOf).
 */
export async function sendHelp(turn: DialogTurn, unknownInput?: string): Promise<void> {
  const shown = unknownInput === undefined ? undefined : echoOf(unknownInput);
  await sendCard(
    turn,
    renderHelpCard({
      locale: turn.locale,
      cardId: turn.newId(),
      unknownInput: unknownInput !== undefined,
      ...(shown !== undefined ? { input: shown } : {}),
    }),
  );
}

/** Keyed by the card instance: a double click or a Teams retry of the same card records once. */
export function writeContext(turn: DialogTurn, idempotencyKey: string): WriteContext {
  return { actor: turn.actor, idempotencyKey, at: turn.now.toISOString() };
}

// Created once: a new Intl.DateTimeFormat per call cost 3.5 % of a status turn's CPU (issue 10 §4). en-CA formats as YYYY-MM-DD.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

// The last answer, by UTC minute: a day in Amsterdam always starts on a whole minute (its offsets are whole hours), so
// every instant of one minute has the same date. A turn asks several times; format() itself cost ~1 % of a turn's CPU.
const MINUTE_MS = 60_000;
let lastDay: { minute: number; day: IsoDate } | undefined;

/** Today as a calendar date in Europe/Amsterdam (issue 4: dates are Dutch calendar days). */
export function todayOf(now: Date): IsoDate {
  const minute = Math.floor(now.getTime() / MINUTE_MS);
  if (lastDay?.minute === minute) return lastDay.day;
  const day = AMSTERDAM_DAY.format(now);
  // An invalid date throws in format() above, so `minute` is a real number here.
  lastDay = { minute, day };
  return day;
}

/** What the user entered on the submitted card, to show it again next to the errors. */
export function enteredValues(turn: Pick<DialogTurn, 'submit'>): Record<string, string> {
  return { ...turn.submit?.entered };
}
