// "herinneringen" (issue 11 §3): when the practice's channel gets reminders and which reasons are snoozed or off. A
// manager changes the day, hour and frequency here and turns a reason on again; everyone else sees the settings.
import * as z from 'zod';
import { WORK_END, WORK_START } from '../rules/reminder-calendar.js';
import { REMINDER_FREQUENCIES, REMINDER_REASONS, ReminderReason, ReminderSettings } from '../rules/reminder-settings.js';
import type { Locale } from '../rules/model.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, labelsOf, ShownDate, t, type ButtonView, type Labels } from './shared.js';
import tpl from './templates/reminder-settings.card.json' with { type: 'json' };

export const ReminderSettingsCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  settings: ReminderSettings,
  /** The snooze end of each snoozed reason, formatted for display. */
  snoozedUntil: z.partialRecord(ReminderReason, ShownDate).default({}),
  canChange: z.boolean(),
  /** The confirmation of the change just made. */
  done: z.string().max(400).optional(),
});
export type ReminderSettingsCardInput = z.input<typeof ReminderSettingsCardData>;

const LABELS = {
  frequency: 'reminder.field.frequency',
  weekday: 'reminder.field.weekday',
  hour: 'reminder.field.hour',
  save: 'common.saveChanges',
} as const;

interface Choice {
  title: string;
  value: string;
}
interface SettingsView {
  t: Labels<typeof LABELS>;
  title: string;
  intro: string;
  done: { text: string; color: string }[];
  now: string;
  form: {
    frequency: string;
    weekday: string;
    hour: string;
    frequencies: Choice[];
    weekdays: Choice[];
    hours: Choice[];
    data: ButtonView['data'];
  }[];
  readOnly: { text: string }[];
  reasons: { text: string; turnOn: { buttons: ButtonView[] }[] }[];
}

export const reminderSettingsTemplate = prepareTemplate<SettingsView>(tpl);

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** "wekelijks op maandag om 9:00", or "uit". */
export function scheduleText(s: Pick<ReminderSettings, 'frequency' | 'weekday' | 'hour'>, locale: Locale): string {
  if (s.frequency === 'off') return t(locale, 'reminder.scheduleOff');
  const day = WEEKDAYS.find((d) => d === s.weekday) ?? 1;
  return t(locale, 'reminder.schedule', {
    frequency: t(locale, `reminder.frequency.${s.frequency}`),
    day: t(locale, `reminder.weekday.${day}`),
    hour: s.hour,
  });
}

export function reminderSettingsView(input: ReminderSettingsCardInput): SettingsView {
  const d = ReminderSettingsCardData.parse(input);
  const { locale, settings: s } = d;
  const reasonText = (r: ReminderReason): string => {
    const reason = t(locale, `reminder.reason.${r}`);
    if (s.off.includes(r)) return t(locale, 'reminder.settings.reasonOff', { reason });
    const until = d.snoozedUntil[r];
    return until
      ? t(locale, 'reminder.settings.reasonSnoozed', { reason, date: until })
      : t(locale, 'reminder.settings.reasonOn', { reason });
  };
  return {
    t: labelsOf(locale, LABELS),
    title: t(locale, 'reminder.settings.title', { practice: escapeMarkdown(d.practiceName) }),
    intro: t(locale, 'reminder.settings.intro'),
    done: optional(d.done && { text: d.done, color: 'Good' }),
    now: t(locale, 'reminder.settings.now', { schedule: scheduleText(s, locale) }),
    form: optional(
      d.canChange && {
        frequency: s.frequency,
        weekday: String(s.weekday),
        hour: String(s.hour),
        frequencies: REMINDER_FREQUENCIES.map((f) => ({ title: t(locale, `reminder.frequency.${f}`), value: f })),
        weekdays: WEEKDAYS.map((w) => ({ title: t(locale, `reminder.weekday.${w}`), value: String(w) })),
        hours: Array.from({ length: WORK_END - WORK_START }, (_, i) => WORK_START + i).map((h) => ({ title: `${h}:00`, value: String(h) })),
        data: { verb: 'saveReminderSettings', cardId: d.cardId },
      },
    ),
    readOnly: optional(!d.canChange && { text: t(locale, 'reminder.settings.readOnly') }),
    reasons: REMINDER_REASONS.map((r) => ({
      text: reasonText(r),
      turnOn:
        d.canChange && (s.off.includes(r) || d.snoozedUntil[r] !== undefined)
          ? [{ buttons: [button(t(locale, 'reminder.turnOn'), 'turnOnReminder', d.cardId, { reason: r })] }]
          : [],
    })),
  };
}

export function renderReminderSettingsCard(input: ReminderSettingsCardInput): AdaptiveCardJson {
  return reminderSettingsTemplate.render(reminderSettingsView(input));
}
