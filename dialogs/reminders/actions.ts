// The payloads of the reminder card and the settings card (issue 11 §3).
import * as z from 'zod';
import { act } from '../../cards/actions.js';
import { choice, wholeNumber } from '../../cards/fields.js';
import { WORK_END, WORK_START } from '../../rules/reminder-calendar.js';
import { REMINDER_FREQUENCIES, REMINDER_REASONS } from '../../rules/reminder-settings.js';

const reason = choice(REMINDER_REASONS);

export const SaveReminderSettingsAction = act('saveReminderSettings', {
  frequency: choice(REMINDER_FREQUENCIES),
  weekday: wholeNumber(1, 5, 'choice'),
  hour: wholeNumber(WORK_START, WORK_END - 1, 'choice'),
});
export type SaveReminderSettingsAction = z.infer<typeof SaveReminderSettingsAction>;

export const ReasonAction = z.union([
  act('snoozeReminder', { reason }),
  act('turnOffReminder', { reason }),
  act('turnOnReminder', { reason }),
]);
export type ReasonAction = z.infer<typeof ReasonAction>;

export const SCHEMAS = {
  openReminderSettings: act('openReminderSettings', {}),
  saveReminderSettings: SaveReminderSettingsAction,
  snoozeReminder: act('snoozeReminder', { reason }),
  turnOffReminder: act('turnOffReminder', { reason }),
  turnOnReminder: act('turnOnReminder', { reason }),
};
