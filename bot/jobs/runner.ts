// One run of a job (issue 11 §2): take the job's lease (or report it held), evaluate, write the outbox, deliver what
// is open (this run's rows and any an earlier run left), give the lease back. The lease is renewed while the run
// lasts; a run that loses it stops taking rows. All state is in storage: a restarted process simply runs again.
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
}

export interface RunnerDeps {
  stores: Stores;
  evaluators: Readonly<Record<JobName, JobEvaluator>>;
  rhoTeams: RhoTeams;
  send: Sender;
  limits: DeliveryLimits;
  retry: RetryPolicy;
  leaseMs: number;
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

  private async runLeased(job: JobName): Promise<JobResult> {
    const { stores, logger, leaseMs, now } = this.deps;
    const holder = `${hostname()}:${process.pid}:${this.deps.newId()}`;
    let lease: JobLease | undefined = await stores.jobs.leases.acquire(job, holder, now(), leaseMs);
    if (lease === undefined) {
      logger.info({ job }, 'job lease held by another instance; not running');
      return { job, ran: false, evaluated: 0, queued: 0, ...NOTHING };
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
      const created = await stores.jobs.outbox.enqueueMany(
        messages.map((m) => ({ ...m, job })),
        now().toISOString(),
      );
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
      const counts = await delivery.deliver(job);
      const result = { job, ran: true, evaluated: messages.length, queued: created.filter(Boolean).length, ...counts };
      logger.info(result, 'job finished');
      return result;
    } finally {
      clearInterval(renew);
      await renewing;
      if (!lost && lease !== undefined) await stores.jobs.leases.release(lease);
    }
  }
}
