// The reminders job's evaluation (issue 11 §3): for every linked practice of every region whose reminder is due now,
// one bundled card for its channel; nothing for a practice that is on track, has reminders off, or whose channel
// stopped accepting the bot. Reads only; bot/jobs writes the outbox row (job, conversation, reason, period) and
// delivers it, so an evaluation repeated within the period (the job runs hourly) sends nothing twice.
import { Region } from '../../rules/model.js';
import { isWorkingDay, WORK_END, WORK_START } from '../../rules/reminder-calendar.js';
import { duePeriod, settingsOf } from '../../rules/reminder-settings.js';
import { t } from '../../rules/i18n/index.js';
import type { Practice, ProactiveMessage, StoredReference, Stores } from '../../storage/ports.js';
import type { JobContext, JobEvaluator } from '../shared/job.js';
import { amsterdamClock } from './clock.js';
import { cardIdOf, reminderCard } from './card-data.js';

/** Reminders are in Dutch: the practice channel is shared by the team and the product's language is Dutch. */
const LOCALE = 'nl';
export const REMINDER_REASON = 'reminder';

/**
 * The stored reference of the practice's channel: the one of the channel it was linked in (Practice.channelId), else
 * a thread of it, else the channel the bot heard from last.
 */
export function channelConversation(references: readonly StoredReference[], practice: Practice): string | undefined {
  const channels = references.filter((r) => r.kind === 'channel');
  const id = practice.channelId;
  const exact = channels.find((r) => r.conversationId === id);
  const thread = id === undefined ? undefined : channels.find((r) => r.conversationId.startsWith(`${id};`));
  const latest = [...channels].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return (exact ?? thread ?? latest)?.conversationId;
}

/** Channel references by practice: one (paged) query for the whole run, made only once a card is due. */
function channelsByPractice(stores: Pick<Stores, 'references'>): () => Promise<ReadonlyMap<string, StoredReference[]>> {
  let loaded: Promise<Map<string, StoredReference[]>> | undefined;
  return () =>
    (loaded ??= stores.references.listChannels().then((refs) => {
      const byPractice = new Map<string, StoredReference[]>();
      for (const ref of refs) {
        if (ref.practiceId === undefined) continue;
        const list = byPractice.get(ref.practiceId) ?? [];
        list.push(ref);
        byPractice.set(ref.practiceId, list);
      }
      return byPractice;
    }));
}

async function forPractice(
  ctx: JobContext,
  practice: Practice,
  records: Parameters<typeof reminderCard>[1],
  local: ReturnType<typeof amsterdamClock>,
  channels: ReturnType<typeof channelsByPractice>,
) {
  if (practice.channelInactive !== undefined || practice.teamId === undefined) return undefined;
  const period = duePeriod(settingsOf(practice.reminders), local);
  if (period === undefined) return undefined;
  const built = reminderCard(practice, records, { now: ctx.now, locale: LOCALE, cardId: cardIdOf(practice.id, REMINDER_REASON, period) });
  if (built === undefined) return undefined;
  const conversationId = channelConversation((await channels()).get(practice.id) ?? [], practice);
  if (conversationId === undefined) return undefined;
  const message: ProactiveMessage = {
    job: 'reminders',
    conversationId,
    reason: REMINDER_REASON,
    period,
    practiceId: practice.id,
    region: practice.region,
    cards: [built.card],
    summary: t(LOCALE, 'reminder.summary', { count: built.count, practice: practice.name }),
  };
  return message;
}

export const evaluateReminders: JobEvaluator = async (ctx) => {
  const local = amsterdamClock(ctx.now);
  // Outside working hours nothing can be due: no storage reads at all.
  if (!isWorkingDay(local.date) || local.hour < WORK_START || local.hour >= WORK_END) return [];
  const messages: ProactiveMessage[] = [];
  const channels = channelsByPractice(ctx.stores);
  for (const region of Region.options) {
    for (const { practice, records } of await ctx.stores.records.listByRegion(region)) {
      const message = await forPractice(ctx, practice, records, local, channels);
      if (message !== undefined) messages.push(message);
    }
  }
  return messages;
};
