// Composition of the proactive jobs (issue 11 §2, §5): the runner (lease → evaluate → outbox → delivery), the crons,
// the HTTP trigger. Started from bot/main.ts, and by the CLI (bot/jobs/cli.ts) without crons or trigger.
import { randomUUID } from 'node:crypto';
import type { CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import type { JobEvaluator } from '../../dialogs/shared/job.js';
import type { JobName, ProactiveMessage, Stores } from '../../storage/ports.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { TEAMS_LIMITS, type DeliveryLimits } from './pacing.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.js';
import { registerJobRoutes } from './routes.js';
import { JobRunner, type JobResult } from './runner.js';
import { startSchedule, type Schedule } from './scheduler.js';
import { adapterSender, type Sender } from './send.js';

export interface JobsDeps {
  stores: Stores;
  adapter: CloudAdapter;
  config: Pick<Config, 'jobs' | 'bot' | 'rhoTeams'>;
  evaluators: Readonly<Record<JobName, JobEvaluator>>;
  logger: Logger;
  now?: () => Date;
  /** Tests and the bench: other limits or retry timings, another sender. */
  limits?: DeliveryLimits;
  retry?: Partial<RetryPolicy>;
  send?: Sender;
  concurrency?: number;
}

export interface Jobs {
  run(job: JobName): Promise<JobResult>;
  /** What a run would send now; writes nothing. */
  dryRun(job: JobName): Promise<ProactiveMessage[]>;
  /** The crons, when `JOBS_SCHEDULE=on`. */
  start(): void;
  /** Adds `POST /api/jobs/:job` when `JOBS_SECRET` is set. */
  register(server: restify.Server): void;
  next(job: JobName): Date | undefined;
  /** Stops the crons and waits for runs in flight (they stop taking rows and give their lease back). */
  stop(): Promise<void>;
}

const CONCURRENCY = 64;

export function createJobs(deps: JobsDeps): Jobs {
  const { config, logger } = deps;
  const runner = new JobRunner({
    stores: deps.stores,
    evaluators: deps.evaluators,
    rhoTeams: config.rhoTeams,
    send: deps.send ?? adapterSender(deps.adapter, config.bot.appId),
    limits: deps.limits ?? TEAMS_LIMITS,
    retry: { ...DEFAULT_RETRY, ...deps.retry },
    leaseMs: config.jobs.leaseSeconds * 1000,
    retentionMs: config.jobs.outboxRetentionDays * 86_400_000,
    now: deps.now ?? (() => new Date()),
    logger,
    newId: randomUUID,
    concurrency: deps.concurrency ?? CONCURRENCY,
  });
  let schedule: Schedule | undefined;
  return {
    run: (job) => runner.run(job),
    dryRun: (job) => runner.evaluate(job),
    start() {
      if (!config.jobs.schedule || schedule !== undefined) return;
      schedule = startSchedule(config.jobs, (job) => runner.run(job), logger);
      logger.info({ reminders: schedule.next('reminders'), weeklySummary: schedule.next('weekly-summary') }, 'jobs scheduled');
    },
    register: (server) => registerJobRoutes(server, { secret: config.jobs.secret, run: (job) => runner.run(job), logger }),
    next: (job) => schedule?.next(job),
    async stop() {
      schedule?.stop();
      await runner.stop();
    },
  };
}
