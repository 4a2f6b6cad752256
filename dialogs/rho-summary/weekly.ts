// The weekly RHO summary (issue 11 §4), evaluated by the scheduler (bot/jobs) on Monday morning: for every region whose
// consultant channel is linked and still allowed in RHO_TEAMS, the summary's cards for that channel, one message for
// the ISO week (the outbox keys it by conversation, reason and period, so evaluating twice sends once). Reads only.
import { regionName, t } from '../../rules/i18n/index.js';
import { isoWeek } from '../../rules/reminder-calendar.js';
import { REGIONS, type IsoDate, type Region } from '../../rules/model.js';
import type { ConsultantChannel, ProactiveMessage } from '../../storage/ports.js';
import type { JobContext, JobEvaluator } from '../shared/job.js';
import { todayOf } from '../shared/reply.js';
import { summaryCards } from './pages.js';
import { regionSummaries } from './summary.js';
import { urgencyOf } from './rows.js';
import { randomUUID } from 'node:crypto';

export const WEEKLY_REASON = 'weekly';

/** The linked consultant channel of `region` when the operator still allows that team for it. */
function allowedChannel(ctx: JobContext, channel: ConsultantChannel | undefined): channel is ConsultantChannel {
  return channel !== undefined && (ctx.rhoTeams[channel.region] ?? []).includes(channel.teamId);
}

async function regionMessage(ctx: JobContext, channel: ConsultantChannel, today: IsoDate, period: string): Promise<ProactiveMessage> {
  const region: Region = channel.region;
  const summaries = await regionSummaries(ctx.stores, region, today, channel.tenantId);
  const cards = summaryCards({ locale: 'nl', newId: randomUUID, regionName: regionName(region, 'nl'), today, summaries, paging: false });
  const rows = summaries.map((s) => s.row);
  return {
    job: 'weekly-summary',
    conversationId: channel.channelId,
    reason: WEEKLY_REASON,
    period,
    region,
    cards,
    summary: t('nl', 'summary.totals', {
      practices: rows.length,
      missed: rows.filter((r) => urgencyOf(r) === 'missed').length,
      atRisk: rows.filter((r) => urgencyOf(r) === 'at-risk').length,
      inactive: rows.filter((r) => r.inactiveSince !== undefined).length,
    }),
  };
}

/** One message per allowed, linked region channel; regions one after another (each is one listing of its practices). */
export const evaluateWeeklySummary: JobEvaluator = async (ctx) => {
  const today = todayOf(ctx.now);
  const period = isoWeek(today);
  const channels = (await Promise.all(REGIONS.map((r) => ctx.stores.consultantChannels.get(r)))).filter((c) => allowedChannel(ctx, c));
  const messages: ProactiveMessage[] = [];
  for (const channel of channels) messages.push(await regionMessage(ctx, channel, today, period));
  return messages;
};
