// One run of a job (issue 11 §2): take the job's lease (or report it held), evaluate, deliver what earlier runs left
// open and, while the outbox is written, this run's rows (streamed per transaction), give the lease back. The lease
// is renewed while the run lasts; a run that loses it stops taking rows. All state is in storage: a restarted process simply runs again.
import { hostname } from 'node:os';
import type { JobContext, JobEvaluator } from '../../dialogs/shared/job.js';
import type { JobLease, JobName, ProactiveMessage, Stores } from '../../storage/ports.js';
import type { RhoTeams } from '../../dialogs/router/feature.js';
import type { Logger } from '../logger.js';
import { Delivery, type DeliveryCounts } from './delivery.js';
import { Pacer, type DeliveryLimits } from './pacing.js';
import type { RetryPolicy } from './retry.js';
import type { Sender } from './send.js';

export interface JobResult extends DeliveryCounts {
  job: JobName;
  /** False: another instance holds the job's lease; nothing was done. */
  ran: boolean;
  /** Messages the evaluation asked for. */
  evaluated: number;
  /** Of those, newly written to the outbox (the others were queued by an earlier run: never twice). */
  queued: number;
  /** Finished outbox records older than the retention, removed after delivery. */
  purged: number;
}

export interface RunnerDeps {
  stores: Stores;
  evaluators: Readonly<Record<JobName, JobEvaluator>>;
  rhoTeams: RhoTeams;
  send: Sender;
  limits: DeliveryLimits;
  retry: RetryPolicy;
  leaseMs: number;
  /** Finished outbox records older than this go after each run (JOBS_OUTBOX_RETENTION_DAYS). */
  retentionMs: number;
  now(): Date;
  logger: Logger;
  newId(): string;
  /** Rows delivered at once and outbox writes at once. */
  concurrency: number;
}

const NOTHING = { sent: 0, inactive: 0, failed: 0, inDoubt: 0, skipped: 0 };

export class JobRunner {
  private stopping = false;
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly deps: RunnerDeps) {}

  /** What the evaluation asks to send now; reads only (the dry run). */
  evaluate(job: JobName): Promise<ProactiveMessage[]> {
    const ctx: JobContext = { stores: this.deps.stores, now: this.deps.now(), rhoTeams: this.deps.rhoTeams };
    return this.deps.evaluators[job](ctx);
  }

  run(job: JobName): Promise<JobResult> {
    const work = this.runLeased(job);
    this.running.add(work);
    return work.finally(() => this.running.delete(work));
  }

  /** Stops taking rows; resolves when the runs in flight ended (their leases given back). */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** Still under the lease: only one instance removes old records at a time. A fault is logged, not fatal to the run. */
  private async purge(job: JobName): Promise<number> {
    const before = new Date(this.deps.now().getTime() - this.deps.retentionMs).toISOString();
    try {
      return await this.deps.stores.jobs.outbox.purge(job, before);
    } catch (err) {
      this.deps.logger.error({ err, job, before }, 'could not remove old outbox records; the next run tries again');
      return 0;
    }
  }

  private async runLeased(job: JobName): Promise<JobResult> {
    const { stores, logger, leaseMs, now } = this.deps;
    const holder = `${hostname()}:${process.pid}:${this.deps.newId()}`;
    let lease: JobLease | undefined = await stores.jobs.leases.acquire(job, holder, now(), leaseMs);
    if (lease === undefined) {
      logger.info({ job }, 'job lease held by another instance; not running');
      return { job, ran: false, evaluated: 0, queued: 0, purged: 0, ...NOTHING };
    }
    let lost = false;
    let renewing = Promise.resolve();
    const renew = setInterval(() => {
      renewing = renewing.then(async () => {
        if (lease === undefined || lost) return;
        try {
          const renewed = await stores.jobs.leases.renew(lease, now(), leaseMs);
          if (renewed === undefined) lost = true;
          else lease = renewed;
        } catch (err) {
          logger.error({ err, job }, 'could not renew the job lease');
        }
        if (lost) logger.error({ job }, 'job lease lost; stopping this run');
      });
    }, leaseMs / 3);
    try {
      logger.info({ job, holder }, 'job started');
      const messages = await this.evaluate(job);
      const delivery = new Delivery({
        stores,
        send: this.deps.send,
        pacer: new Pacer(this.deps.limits),
        retry: this.deps.retry,
        holder,
        now,
        logger,
        concurrency: this.deps.concurrency,
        stopped: () => lost || this.stopping,
      });
      // What earlier runs left open first (pending, or in doubt after a crash), then this run's rows as each
      // transaction is written: sending starts with the first 50, not after the whole outbox is filled.
      delivery.add(await stores.jobs.outbox.open(job));
      let created: boolean[];
      try {
        const queue = messages.map((m) => ({ ...m, job }));
        created = await stores.jobs.outbox.enqueueMany(queue, now().toISOString(), (rows) => delivery.add(rows));
      } catch (err) {
        // The rows written so far are being sent: let them end before the lease goes back.
        await delivery.done();
        throw err;
      }
      const counts = await delivery.done();
      const purged = lost ? 0 : await this.purge(job);
      const result = { job, ran: true, evaluated: messages.length, queued: created.filter(Boolean).length, purged, ...counts };
      logger.info(result, 'job finished');
      return result;
    } finally {
      clearInterval(renew);
      await renewing;
      if (!lost && lease !== undefined) await stores.jobs.leases.release(lease);
    }
  }
}
