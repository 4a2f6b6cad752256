// Delivery of a job's open outbox rows (issue 11 §2, §5). Each row is claimed with its ETag (`sending`) right before
// its first request and ends `sent`, `inactive` or `failed` with a reason; nothing is dropped silently.
//
// The one window no store can close: a crash after a request left and before the row says `sent`. Teams has no
// idempotency key for a proactive message, so whether it arrived cannot be known. Such a row is found `sending` by
// the next run (the lease guarantees its holder is gone) and ends `failed` with reason `in-doubt`, logged as an
// error: at most once, never silently, never a duplicate.
import PQueue from 'p-queue';
import { ConcurrencyError } from '../../storage/errors.js';
import type { OutboxChange, OutboxRow, StoredReference, Stores } from '../../storage/ports.js';
import type { Logger } from '../logger.js';
import { markInactive } from './inactive.js';
import type { Pacer } from './pacing.js';
import { failureOf, withRetries, type RetryPolicy } from './retry.js';
import { activityCount, activityOf, type Sender } from './send.js';

export interface DeliveryDeps {
  stores: Stores;
  send: Sender;
  pacer: Pacer;
  retry: RetryPolicy;
  /** This run: written on the rows it claims. */
  holder: string;
  now(): Date;
  logger: Logger;
  /** Rows worked on at once (each waits for its turn in the pacer). */
  concurrency: number;
  /** True once the run must stop taking rows (its lease was lost, the process is stopping). */
  stopped(): boolean;
}

export interface DeliveryCounts {
  sent: number;
  inactive: number;
  failed: number;
  /** Of the failed: in doubt after a crash mid-send. */
  inDoubt: number;
  /** Left open for a later run: claimed by another, or the run stopped first. */
  skipped: number;
}

/** Another runner changed the row between reading and claiming it: it is theirs. */
class LostClaim extends Error {}

type Outcome = 'sent' | 'inactive' | 'failed' | 'inDoubt' | 'skipped';

const tenantOf = (ref: StoredReference): string => {
  const conversation = ref.reference['conversation'];
  const tenant = typeof conversation === 'object' && conversation !== null ? Reflect.get(conversation, 'tenantId') : undefined;
  return typeof tenant === 'string' && tenant !== '' ? tenant.toLowerCase() : '-';
};

/**
 * Rows are added while the outbox is still being written (each transaction's rows as soon as it is stored) and are
 * worked on `concurrency` at a time; `done()` waits for every row added so far.
 */
export class Delivery {
  private readonly counts: DeliveryCounts = { sent: 0, inactive: 0, failed: 0, inDoubt: 0, skipped: 0 };
  private readonly queue: PQueue;
  private readonly work: Promise<void>[] = [];

  constructor(private readonly deps: DeliveryDeps) {
    this.queue = new PQueue({ concurrency: deps.concurrency });
  }

  add(rows: readonly OutboxRow[]): void {
    for (const row of rows) {
      this.work.push(
        this.queue.add(async () => {
          const outcome = this.deps.stopped() ? 'skipped' : await this.deliverOrLeave(row);
          this.counts[outcome] += 1;
          if (outcome === 'inDoubt') this.counts.failed += 1;
        }),
      );
    }
  }

  /** Resolves once every row added so far has ended (or was left open for a later run). */
  async done(): Promise<DeliveryCounts> {
    await Promise.all(this.work);
    return { ...this.counts };
  }

  private change(extra: Omit<OutboxChange, 'updatedAt'>): OutboxChange {
    return { ...extra, updatedAt: this.deps.now().toISOString() };
  }

  /** An ETag'd change; undefined when another runner changed the row first (it is theirs then). */
  private async update(row: OutboxRow, change: Omit<OutboxChange, 'updatedAt'>): Promise<OutboxRow | undefined> {
    try {
      return await this.deps.stores.jobs.outbox.update(row, this.change(change));
    } catch (err) {
      if (err instanceof ConcurrencyError) return undefined;
      throw err;
    }
  }

  /**
   * A storage fault on one row does not stop the others: it is logged and the row stays open for the next run
   * (pending: delivered then; claimed and possibly sent: in doubt then).
   */
  private async deliverOrLeave(row: OutboxRow): Promise<Outcome> {
    try {
      return await this.deliverRow(row);
    } catch (err) {
      this.deps.logger.error(
        { err, key: row.key, conversationId: row.message.conversationId },
        'outbox row left open after a storage fault',
      );
      return 'skipped';
    }
  }

  private async deliverRow(row: OutboxRow): Promise<Outcome> {
    const { logger } = this.deps;
    const where = { key: row.key, job: row.message.job, conversationId: row.message.conversationId };
    if (row.state === 'sending') {
      const reason = `in-doubt: ${row.holder ?? 'a runner'} stopped while sending activity ${row.activityIds.length + 1} of ${activityCount(row.message)}; it may or may not have arrived and is not sent again`;
      logger.error({ ...where, holder: row.holder, sendingSince: row.sendingSince }, 'outbox row in doubt after an interrupted delivery');
      return (await this.update(row, { state: 'failed', reason })) ? 'inDoubt' : 'skipped';
    }
    const ref = await this.deps.stores.references.get(row.message.conversationId);
    if (ref === undefined) {
      logger.error(where, 'no stored conversation reference for an outbox row');
      return (await this.update(row, { state: 'failed', reason: 'no stored conversation reference' })) ? 'failed' : 'skipped';
    }
    if (ref.inactive !== undefined) {
      const { status, reason } = ref.inactive;
      return (await this.update(row, { state: 'inactive', status, reason: `conversation inactive since ${ref.inactive.since}: ${reason}` }))
        ? 'inactive'
        : 'skipped';
    }
    return this.deps.pacer.inOrder(row.message.conversationId, () => this.send(row, ref));
  }

  /**
   * The row is claimed (`sending`, ETag'd) inside the pacer's slot, right before its first request leaves: the window
   * in which a crash leaves it in doubt is one storage write plus one request, not the wait for a slot.
   */
  private async send(row: OutboxRow, ref: StoredReference): Promise<Outcome> {
    const { pacer, retry } = this.deps;
    const where = { key: row.key, job: row.message.job, conversationId: row.message.conversationId };
    let current: OutboxRow | undefined;
    const claim = async (): Promise<OutboxRow> => {
      current ??= await this.update(row, { state: 'sending', holder: this.deps.holder, sendingSince: this.deps.now().toISOString() });
      if (current === undefined) throw new LostClaim();
      return current;
    };
    const ids: string[] = [];
    for (let index = 0; index < activityCount(row.message); index += 1) {
      const activity = activityOf(row.message, index);
      try {
        const send = async (): Promise<string> => {
          await claim();
          return this.deps.send(ref.reference, activity);
        };
        ids.push(await withRetries(() => pacer.request(ref.conversationId, tenantOf(ref), send), retry));
      } catch (err) {
        if (err instanceof LostClaim) return 'skipped';
        return current === undefined ? this.failed(row, ref, err) : this.failed(current, ref, err);
      }
      if (current !== undefined && ids.length < activityCount(row.message)) {
        const next = await this.update(current, { activityIds: ids, sendingSince: this.deps.now().toISOString() });
        if (next === undefined) return this.lostClaim(where);
        current = next;
      }
    }
    if (current === undefined) return 'skipped';
    return (await this.update(current, { state: 'sent', activityIds: ids })) ? 'sent' : this.lostClaim(where);
  }

  private lostClaim(where: Record<string, string>): Outcome {
    // Only a runner that stalled past its lease gets here: the next holder took the row as in doubt meanwhile.
    this.deps.logger.error(where, 'outbox row changed by another runner while this one was sending it; its record says in-doubt');
    return 'skipped';
  }

  private async failed(row: OutboxRow, ref: StoredReference, err: unknown): Promise<Outcome> {
    const { status } = failureOf(err);
    const where = { key: row.key, conversationId: ref.conversationId, status };
    if (status === 403 || status === 404) {
      const inactive = {
        since: this.deps.now().toISOString(),
        status,
        reason: status === 403 ? 'bot not allowed in this conversation' : 'conversation not found',
      };
      this.deps.logger.warn({ ...where, err }, 'conversation no longer accepts the bot; marked inactive');
      await markInactive(this.deps.stores, ref, inactive);
      return (await this.update(row, { state: 'inactive', status, reason: inactive.reason })) ? 'inactive' : 'skipped';
    }
    const reason = err instanceof Error ? err.message.slice(0, 500) : String(err);
    this.deps.logger.error({ ...where, err }, 'proactive message failed');
    const change = { state: 'failed' as const, reason: `${status === undefined ? 'no answer' : `HTTP ${status}`}: ${reason}` };
    return (await this.update(row, status === undefined ? change : { ...change, status })) ? 'failed' : 'skipped';
  }
}
