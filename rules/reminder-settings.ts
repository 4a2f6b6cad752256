// A practice's reminder settings (issue 11 §3: "day and hour, frequency (weekly/two-weekly/off), and per reason
// 'Later herinneren' (snooze 7 days) and 'Uitzetten'") and when a reminder is due. Pure: the Amsterdam calendar date
// and hour are arguments.
import * as z from 'zod';
import { addDays, daysBetween } from './dates.js';
import type { IsoDate } from './model.js';
import { isoWeek, isoWeekday, isWorkingDay, WORK_END, WORK_START } from './reminder-calendar.js';

/** What a reminder item is about; a snooze or "uitzetten" acts on one of these for the practice. */
export const REMINDER_REASONS = ['intervisie', 'counts', 'praktijkplan', 'milestones', 'nextYear', 'planCheck'] as const;
export const ReminderReason = z.enum(REMINDER_REASONS);
export type ReminderReason = z.infer<typeof ReminderReason>;

export const REMINDER_FREQUENCIES = ['weekly', 'two-weekly', 'off'] as const;
export const ReminderFrequency = z.enum(REMINDER_FREQUENCIES);
export type ReminderFrequency = z.infer<typeof ReminderFrequency>;

export const SNOOZE_DAYS = 7;
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ReminderSettings = z.object({
  frequency: ReminderFrequency.default('weekly'),
  /** ISO weekday, Monday 1 … Friday 5. */
  weekday: z.number().int().min(1).max(5).default(1),
  hour: z
    .number()
    .int()
    .min(WORK_START)
    .max(WORK_END - 1)
    .default(9),
  /** Per reason: shown again from this Amsterdam date on ("Later herinneren": today + 7 days). */
  snoozed: z.partialRecord(ReminderReason, IsoDay).default({}),
  /** Reasons the practice turned off ("Uitzetten"), until a manager turns them on again. */
  off: z.array(ReminderReason).default([]),
});
export type ReminderSettings = z.output<typeof ReminderSettings>;

/** The default: weekly, Monday 09:00, nothing snoozed or off. */
export const DEFAULT_REMINDERS: ReminderSettings = ReminderSettings.parse({});

export function settingsOf(stored: ReminderSettings | undefined): ReminderSettings {
  return stored ?? DEFAULT_REMINDERS;
}

/** Whether a reason is shown on `date`: not turned off, and not snoozed until after it. */
export function reasonShown(settings: ReminderSettings, reason: ReminderReason, date: IsoDate): boolean {
  const until = settings.snoozed[reason];
  return !settings.off.includes(reason) && (until === undefined || date >= until);
}

/** Two-weekly periods are counted from this Monday (ISO 2024-W01), so every instance finds the same fortnight. */
const FORTNIGHT_EPOCH = '2024-01-01';

/** The period a date falls in: its ISO week (`2026-W49`), or for two-weekly the fortnight named by its first week (`2026-W49+2`). */
export function periodOf(date: IsoDate, frequency: Exclude<ReminderFrequency, 'off'>): { id: string; start: IsoDate; days: number } {
  const monday = addDays(date, 1 - isoWeekday(date));
  if (frequency === 'weekly') return { id: isoWeek(monday), start: monday, days: 7 };
  const offset = ((daysBetween(FORTNIGHT_EPOCH, monday) % 14) + 14) % 14;
  const start = addDays(monday, -offset);
  return { id: `${isoWeek(start)}+2`, start, days: 14 };
}

/**
 * The working day of the period the practice's reminder is meant for: its weekday in the period's first week, or the
 * next working day of the period when that is a holiday; undefined when the period has none left.
 */
export function slotOf(period: { start: IsoDate; days: number }, weekday: number): IsoDate | undefined {
  for (let day = weekday - 1; day < period.days; day += 1) {
    const date = addDays(period.start, day);
    if (isWorkingDay(date)) return date;
  }
  return undefined;
}

/**
 * The period whose reminder is due at this Amsterdam date and hour, or undefined. Due from the practice's day and
 * hour on, during working hours of the working days after it in the same period: an hourly job that missed the hour
 * (a restart, a holiday) still posts that period's reminder, and the outbox key makes it one per period.
 */
export function duePeriod(settings: ReminderSettings, local: { date: IsoDate; hour: number }): string | undefined {
  if (settings.frequency === 'off') return undefined;
  if (!isWorkingDay(local.date) || local.hour < WORK_START || local.hour >= WORK_END) return undefined;
  const period = periodOf(local.date, settings.frequency);
  const slot = slotOf(period, settings.weekday);
  if (slot === undefined || local.date < slot || (local.date === slot && local.hour < settings.hour)) return undefined;
  return period.id;
}
