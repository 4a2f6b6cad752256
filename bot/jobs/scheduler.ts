// The jobs' crons (issue 11 §2) on croner, in Europe/Amsterdam: reminders on working hours (the evaluator decides per
// practice which day and hour apply and skips holidays), the weekly summary on Monday morning. Every instance runs
// the crons; the job's lease lets one of them do the work.
import { Cron } from 'croner';
import type { JobName } from '../../storage/ports.js';
import type { JobsConfig } from '../config.js';
import type { Logger } from '../logger.js';

export const TIMEZONE = 'Europe/Amsterdam';

export interface Schedule {
  /** The next time a job fires (undefined: never). */
  next(job: JobName): Date | undefined;
  stop(): void;
}

export function patternsOf(config: Pick<JobsConfig, 'remindersCron' | 'weeklySummaryCron'>): Record<JobName, string> {
  return { reminders: config.remindersCron, 'weekly-summary': config.weeklySummaryCron };
}

export function startSchedule(
  config: Pick<JobsConfig, 'remindersCron' | 'weeklySummaryCron'>,
  run: (job: JobName) => Promise<unknown>,
  logger: Logger,
): Schedule {
  const crons = Object.entries(patternsOf(config)).map(([job, pattern]) => {
    const name = job as JobName;
    // protect: a run that lasts past the next tick is not started twice in this process (the lease covers the rest)
    const cron = new Cron(pattern, { timezone: TIMEZONE, protect: true, unref: true, name: `job:${name}` }, async () => {
      try {
        await run(name);
      } catch (err) {
        logger.error({ err, job: name }, 'scheduled job failed');
      }
    });
    return [name, cron] as const;
  });
  const byJob = new Map(crons);
  return {
    next: (job) => byJob.get(job)?.nextRun() ?? undefined,
    stop: () => {
      for (const [, cron] of crons) cron.stop();
    },
  };
}
