// Test helpers for the proactive jobs: stored references that point at the test connector, and evaluators that
// return real rendered cards (a notice card from cards/), one message per conversation.
import { randomUUID } from 'node:crypto';
import { renderNoticeCard } from '../../cards/notice.card.js';
import { createAdapter } from '../../bot/adapter.js';
import { loadConfig, type Env } from '../../bot/config.js';
import { createJobs, type Jobs, type JobsDeps } from '../../bot/jobs/index.js';
import { createLogger, type Logger } from '../../bot/logger.js';
import type { JobEvaluator } from '../../dialogs/shared/job.js';
import type { JobName, ProactiveMessage, Stores } from '../../storage/ports.js';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const PERIOD = '2026-W49';

export const conversationIds = (n: number, prefix = 'c'): string[] =>
  Array.from({ length: n }, (_, i) => `19:${prefix}${String(i).padStart(5, '0')}@thread.tacv2`);

/** A channel reference as the bot stores it from a turn, its serviceUrl the test connector. */
export async function seedReferences(
  stores: Stores,
  ids: readonly string[],
  serviceUrl: string,
  practiceOf?: (id: string) => string,
): Promise<void> {
  for (const id of ids) {
    const practiceId = practiceOf?.(id);
    await stores.references.save({
      conversationId: id,
      kind: 'channel',
      ...(practiceId !== undefined ? { practiceId } : {}),
      reference: {
        channelId: 'msteams',
        serviceUrl,
        bot: { id: '28:bot', name: 'MTVP-assistent' },
        conversation: { id, conversationType: 'channel', tenantId: TENANT, isGroup: true },
      },
      updatedAt: '2026-11-30T08:00:00.000Z',
    });
  }
}

export const summaryOf = (id: string, period = PERIOD): string => `Herinnering ${period} voor ${id}`;

export function messageFor(job: JobName, id: string, period = PERIOD, cards = 1): ProactiveMessage {
  const card = renderNoticeCard({
    locale: 'nl',
    cardId: randomUUID(),
    title: 'Herinnering',
    text: `Er staat iets open (${period}).`,
    buttons: [{ title: 'Status', verb: 'openStatus' }],
  });
  return {
    job,
    conversationId: id,
    reason: 'reminder',
    period,
    cards: Array.from({ length: cards }, () => card),
    summary: summaryOf(id, period),
  };
}

/** One reminder per conversation for `period()`; `calls` counts evaluations. */
export function evaluatorFor(
  ids: () => readonly string[],
  period: () => string = () => PERIOD,
  cards = 1,
): JobEvaluator & { calls: number } {
  const evaluate = Object.assign(
    async () => {
      evaluate.calls += 1;
      return ids().map((id) => messageFor('reminders', id, period(), cards));
    },
    { calls: 0 },
  );
  return evaluate;
}

export const quietLogger = (): Logger => createLogger('silent');

/** The jobs as bot/main.ts builds them, on `stores` and the real adapter (local mode), with test retry timings. */
export function testJobs(
  stores: Stores,
  evaluators: Partial<Record<JobName, JobEvaluator>>,
  env: Env = {},
  extra: Partial<JobsDeps> = {},
): Jobs {
  const config = loadConfig({ JOBS_LEASE_SECONDS: '30', ...env });
  const logger = extra.logger ?? quietLogger();
  const adapter = createAdapter(config, { logger, clearState: () => Promise.resolve() });
  const none: JobEvaluator = () => Promise.resolve([]);
  return createJobs({
    stores,
    adapter,
    config,
    evaluators: { reminders: evaluators.reminders ?? none, 'weekly-summary': evaluators['weekly-summary'] ?? none },
    logger,
    retry: { minTimeoutMs: 20, maxTimeoutMs: 200 },
    ...extra,
  });
}
