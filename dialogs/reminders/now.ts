// "herinnering": the reminder card as the job would post it now, whatever the day and hour (snoozed and turned-off
// reasons stay out); a short note when all is on track.
import type { Stores } from '../../storage/ports.js';
import { t } from '../../rules/i18n/index.js';
import { noticeCard, sendCard } from '../shared/reply.js';
import type { PracticeTurn } from '../router/turn.js';
import { reminderCard } from './card-data.js';

export async function showReminderNow(turn: PracticeTurn, stores: Stores): Promise<void> {
  const p = turn.practice.value;
  const records = await stores.records.get(p.id);
  const built = reminderCard(p, records, { now: turn.now, locale: turn.locale, cardId: turn.newId() });
  if (built !== undefined) {
    await sendCard(turn, built.card);
    return;
  }
  await noticeCard(turn, {
    title: t(turn.locale, 'reminder.title', { practice: p.name }),
    text: t(turn.locale, 'reminder.nothing'),
    style: 'good',
    buttons: [{ title: t(turn.locale, 'reminder.settingsButton'), verb: 'openReminderSettings' }],
  });
}
