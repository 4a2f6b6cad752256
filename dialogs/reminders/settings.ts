// "herinneringen": the practice's reminder settings, and the changes a manager makes to them: day, hour and frequency
// (settings card), "Later herinneren" and "Uitzetten" per reason (reminder card), "Weer aanzetten" (settings card).
// Saved on the practice row with its ETag and audited; a change that is already in place (a double click, a Teams
// retry) writes nothing and confirms the same.
import { renderReminderSettingsCard, scheduleText } from '../../cards/reminder-settings.card.js';
import { addDays, formatDate } from '../../rules/dates.js';
import { t } from '../../rules/i18n/index.js';
import { settingsOf, SNOOZE_DAYS, type ReminderReason, type ReminderSettings } from '../../rules/reminder-settings.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { Stores } from '../../storage/ports.js';
import { AUDIT, audit } from '../shared/ids.js';
import { notice, noticeCard, sendCard, todayOf, writeContext } from '../shared/reply.js';
import { isManager } from '../shared/roles.js';
import type { PracticeTurn } from '../router/turn.js';
import type { ReasonAction, SaveReminderSettingsAction } from './actions.js';

export async function showSettings(turn: PracticeTurn, stores: Stores, done?: string): Promise<void> {
  const p = turn.practice.value;
  const settings = settingsOf(p.reminders);
  const today = todayOf(turn.now);
  const snoozedUntil = Object.fromEntries(
    Object.entries(settings.snoozed).flatMap(([reason, until]) =>
      until !== undefined && until > today ? [[reason, formatDate(until)]] : [],
    ),
  );
  await sendCard(
    turn,
    renderReminderSettingsCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practiceName: p.name,
      settings,
      snoozedUntil,
      canChange: await isManager(turn, stores, p),
      ...(done !== undefined ? { done } : {}),
    }),
  );
}

/** Saves changed settings with the practice's ETag and audits them; undefined when someone else saved first. */
async function save(turn: PracticeTurn, stores: Stores, next: ReminderSettings, key: string, detail: Record<string, string | number>) {
  const { practice } = turn;
  try {
    const saved = await stores.practices.save({ ...practice.value, reminders: next }, writeContext(turn, key), practice.etag);
    await audit(turn, stores, practice.value.id, AUDIT.remindersChanged, detail);
    return { ...turn, practice: saved };
  } catch (err) {
    if (err instanceof ConcurrencyError) return undefined;
    throw err;
  }
}

const same = (a: ReminderSettings, b: ReminderSettings): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Writes `next` unless nothing changes; false when someone else changed the practice first (then told so). */
async function apply(turn: PracticeTurn, stores: Stores, next: ReminderSettings, key: string, detail: Record<string, string | number>) {
  if (same(next, settingsOf(turn.practice.value.reminders))) return turn;
  const saved = await save(turn, stores, next, key, detail);
  if (saved === undefined) await notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
  return saved;
}

export async function saveSettings(turn: PracticeTurn, stores: Stores, a: SaveReminderSettingsAction): Promise<void> {
  const current = settingsOf(turn.practice.value.reminders);
  const next = { ...current, frequency: a.frequency, weekday: a.weekday, hour: a.hour };
  const schedule = scheduleText(next, turn.locale);
  const saved = await apply(turn, stores, next, `${a.cardId}:settings`, { frequency: a.frequency, weekday: a.weekday, hour: a.hour });
  if (saved !== undefined) await showSettings(saved, stores, t(turn.locale, 'reminder.saved', { schedule }));
}

const without = <T extends Partial<Record<ReminderReason, string>>>(record: T, reason: ReminderReason): T => {
  const { [reason]: _gone, ...rest } = record;
  return rest as T;
};

/** "Later herinneren" and "Uitzetten" on the reminder card: a confirmation with how to undo it, as a new message. */
export async function snoozeOrOff(
  turn: PracticeTurn,
  stores: Stores,
  a: ReasonAction & { verb: 'snoozeReminder' | 'turnOffReminder' },
): Promise<void> {
  const current = settingsOf(turn.practice.value.reminders);
  const reason = t(turn.locale, `reminder.reason.${a.reason}`);
  const until = addDays(todayOf(turn.now), SNOOZE_DAYS);
  const snooze = a.verb === 'snoozeReminder';
  const next: ReminderSettings = snooze
    ? {
        ...current,
        snoozed: { ...current.snoozed, [a.reason]: (current.snoozed[a.reason] ?? '') > until ? current.snoozed[a.reason] : until },
      }
    : {
        ...current,
        snoozed: without(current.snoozed, a.reason),
        off: current.off.includes(a.reason) ? current.off : [...current.off, a.reason],
      };
  const saved = await apply(turn, stores, next, `${a.cardId}:${a.verb}:${a.reason}`, { change: a.verb, reason: a.reason });
  if (saved === undefined) return;
  const shownUntil = formatDate(next.snoozed[a.reason] ?? until);
  await noticeCard(turn, {
    title: t(turn.locale, 'reminder.doneTitle'),
    text: snooze ? t(turn.locale, 'reminder.snoozed', { reason, date: shownUntil }) : t(turn.locale, 'reminder.turnedOff', { reason }),
    style: 'good',
    buttons: [{ title: t(turn.locale, 'reminder.settingsButton'), verb: 'openReminderSettings' }],
  });
}

/** "Weer aanzetten" on the settings card: the reason is neither off nor snoozed any more. */
export async function turnOn(turn: PracticeTurn, stores: Stores, a: ReasonAction): Promise<void> {
  const current = settingsOf(turn.practice.value.reminders);
  const next: ReminderSettings = {
    ...current,
    snoozed: without(current.snoozed, a.reason),
    off: current.off.filter((r) => r !== a.reason),
  };
  const saved = await apply(turn, stores, next, `${a.cardId}:${a.verb}:${a.reason}`, { change: a.verb, reason: a.reason });
  if (saved !== undefined)
    await showSettings(saved, stores, t(turn.locale, 'reminder.turnedOn', { reason: t(turn.locale, `reminder.reason.${a.reason}`) }));
}
