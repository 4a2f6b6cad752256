// Table `jobs`, partition `o|<job>`: the outbox of the proactive jobs (issue 11 §2). Per message two rows with the
// same deterministic key (period, reason, hash of the conversation):
//   `m|<key>`  the record: created with the `q` row in one transaction, so a key is queued once; it takes the final
//              state (sent, inactive, failed) when delivery ends, and `purge` removes it after the retention.
//   `q|<key>`  the open row with the cards, claimed with its ETag (pending → sending → final) and deleted once the
//              record is final. `open()` is one range query over `q|`, however many records the partition holds.
import * as z from 'zod';
import type { Entity, EntityTable, EntityValue, StoredEntity, TransactionAction, TransactionEtags } from '../entity-table.js';
import { ConflictError } from '../errors.js';
import { encodeKey, hash, joinKey, prefixRange } from '../keys.js';
import {
  FINAL_OUTBOX_STATES,
  type JobName,
  type OutboxChange,
  type OutboxRecord,
  type OutboxRow,
  type OutboxStore,
  type ProactiveMessage,
} from '../ports.js';
import { Region } from '../../rules/model.js';
import { defined, optionalString, parseEntity, parseJson, readChunks, writeChunks } from './codec.js';

const partition = (job: JobName): string => joinKey('o', job);

// A transaction holds at most 100 entities (two per message) and 4 MiB; cards are kept well under that.
const BATCH_MESSAGES = 50;
const BATCH_CHARS = 1_500_000;
const PURGE_BATCH = 100;

function* batches(messages: readonly ProactiveMessage[]): Generator<ProactiveMessage[]> {
  let batch: ProactiveMessage[] = [];
  let chars = 0;
  for (const m of messages) {
    const size = JSON.stringify(m.cards).length;
    if (batch.length > 0 && (batch.length >= BATCH_MESSAGES || chars + size > BATCH_CHARS || batch[0]?.job !== m.job)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(m);
    chars += size;
  }
  if (batch.length > 0) yield batch;
}

/** Deterministic per (conversation, reason, period) within the job's partition; period first, so a period is a range. */
export function outboxKey(message: Pick<ProactiveMessage, 'conversationId' | 'reason' | 'period'>): string {
  return joinKey(encodeKey(message.period), encodeKey(message.reason), hash(message.conversationId).slice(0, 32));
}

const State = z.enum(['pending', 'sending', 'sent', 'inactive', 'failed']);
const RecordEntity = z.object({
  key: z.string(),
  job: z.enum(['reminders', 'weekly-summary']),
  conversationId: z.string(),
  reason: z.string(),
  period: z.string(),
  practiceId: optionalString,
  region: Region.optional(),
  summary: z.string(),
  state: State,
  queuedAt: z.string(),
  updatedAt: z.string(),
  holder: optionalString,
  sendingSince: optionalString,
  activityIds: z.string(),
  reason_: optionalString,
  status: z.union([z.number(), z.bigint()]).transform(Number).optional(),
});
const Cards = z.array(z.record(z.string(), z.unknown()));

function properties(row: OutboxRecord): Record<string, EntityValue> {
  const { message: m } = row;
  return defined({
    key: row.key,
    job: m.job,
    conversationId: m.conversationId,
    reason: m.reason,
    period: m.period,
    practiceId: m.practiceId,
    region: m.region,
    summary: m.summary,
    state: row.state,
    queuedAt: row.queuedAt,
    updatedAt: row.updatedAt,
    holder: row.holder,
    sendingSince: row.sendingSince,
    activityIds: JSON.stringify(row.activityIds),
    // `reason` is the message's; the outcome's reason is stored apart
    reason_: row.reason,
    status: row.status,
  });
}

function toRecord(stored: StoredEntity): OutboxRecord {
  const e = parseEntity(RecordEntity, stored, 'outbox row');
  const message: Omit<ProactiveMessage, 'cards'> = {
    job: e.job,
    conversationId: e.conversationId,
    reason: e.reason,
    period: e.period,
    summary: e.summary,
    ...(e.practiceId !== undefined ? { practiceId: e.practiceId } : {}),
    ...(e.region !== undefined ? { region: e.region } : {}),
  };
  const outcome = defined({ holder: e.holder, sendingSince: e.sendingSince, reason: e.reason_, status: e.status });
  return {
    key: e.key,
    message,
    state: e.state,
    queuedAt: e.queuedAt,
    updatedAt: e.updatedAt,
    activityIds: parseJson(z.array(z.string()), e.activityIds, 'outbox activity ids'),
    ...outcome,
  };
}

function toRow(stored: StoredEntity): OutboxRow {
  const record = toRecord(stored);
  const cards = parseJson(Cards, readChunks('cards', stored), 'outbox cards');
  return { ...record, message: { ...record.message, cards }, etag: stored.etag };
}

export class TableOutboxStore implements OutboxStore {
  constructor(private readonly table: EntityTable) {}

  private entity(rowKind: 'm' | 'q', row: OutboxRecord, cards?: ProactiveMessage['cards']): Entity {
    return {
      partitionKey: partition(row.message.job),
      rowKey: joinKey(rowKind, row.key),
      ...properties(row),
      ...(cards === undefined ? {} : writeChunks('cards', JSON.stringify(cards))),
    };
  }

  private draft(message: ProactiveMessage, at: string): OutboxRow {
    return { key: outboxKey(message), message, state: 'pending', queuedAt: at, updatedAt: at, activityIds: [], etag: '' };
  }

  private rows(row: OutboxRow): TransactionAction[] {
    const { cards, ...rest } = row.message;
    const { etag: _etag, ...record } = row;
    return [
      ['create', this.entity('m', { ...record, message: rest })],
      ['create', this.entity('q', { ...record, message: rest }, cards)],
    ];
  }

  /** The open rows just created, with their ETags (read again where the backend did not give one). */
  private async created(rows: readonly OutboxRow[], etags: TransactionEtags): Promise<OutboxRow[]> {
    const out: OutboxRow[] = [];
    for (const row of rows) {
      const etag = etags.get(joinKey('q', row.key)) ?? (await this.table.get(partition(row.message.job), joinKey('q', row.key)))?.etag;
      if (etag !== undefined) out.push({ ...row, etag });
    }
    return out;
  }

  async enqueue(message: ProactiveMessage, at: string): Promise<boolean> {
    return (await this.enqueueOne(message, at)) !== undefined;
  }

  private async enqueueOne(message: ProactiveMessage, at: string): Promise<OutboxRow | undefined> {
    const row = this.draft(message, at);
    try {
      return (await this.created([row], await this.table.transaction(this.rows(row))))[0];
    } catch (err) {
      if (err instanceof ConflictError) return undefined;
      throw err;
    }
  }

  async enqueueMany(messages: readonly ProactiveMessage[], at: string, onQueued?: (rows: OutboxRow[]) => void): Promise<boolean[]> {
    const answers: boolean[] = [];
    for (const batch of batches(messages)) {
      const seen = new Set<string>();
      const fresh = batch.filter((m) => !seen.has(`${m.job}|${outboxKey(m)}`) && seen.add(`${m.job}|${outboxKey(m)}`));
      const drafts = fresh.map((m) => this.draft(m, at));
      let etags: TransactionEtags | undefined;
      try {
        // One partition per job: a batch holds one job's messages (batches() splits on a change of job).
        etags = await this.table.transaction(drafts.flatMap((row) => this.rows(row)));
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
      if (etags !== undefined) {
        answers.push(...batch.map((m) => fresh.includes(m)));
        onQueued?.(await this.created(drafts, etags));
        continue;
      }
      // Some were queued before (an earlier run of the period): one by one, each answers for itself.
      const queued: OutboxRow[] = [];
      for (const m of batch) {
        const row = fresh.includes(m) ? await this.enqueueOne(m, at) : undefined;
        answers.push(row !== undefined);
        if (row !== undefined) queued.push(row);
      }
      onQueued?.(queued);
    }
    return answers;
  }

  async open(job: JobName): Promise<OutboxRow[]> {
    const rows = (await this.table.query({ partitionKey: partition(job), ...prefixRange('q|') })).map(toRow);
    const open: OutboxRow[] = [];
    for (const row of rows) {
      // A crash after the outcome was recorded and before the open row went: close it now.
      if (FINAL_OUTBOX_STATES.includes(row.state)) await this.close(row);
      else if (row.state === 'sending' && (await this.recorded(row)) !== undefined)
        await this.table.delete(partition(job), joinKey('q', row.key));
      else open.push(row);
    }
    return open;
  }

  /** The record of a claimed row when it already says how delivery ended. */
  private async recorded(row: OutboxRow): Promise<OutboxRecord | undefined> {
    const stored = await this.table.get(partition(row.message.job), joinKey('m', row.key));
    const record = stored === undefined ? undefined : toRecord(stored);
    return record !== undefined && FINAL_OUTBOX_STATES.includes(record.state) ? record : undefined;
  }

  private async close(row: OutboxRow): Promise<void> {
    const { cards: _cards, ...message } = row.message;
    const { etag: _etag, ...rest } = row;
    // Two requests, not one transaction: Azurite answers transactions far slower than single writes, and a crash
    // between them leaves a `sending` row whose record is final, which `open` finishes.
    await this.table.upsert(this.entity('m', { ...rest, message }));
    await this.table.delete(partition(message.job), joinKey('q', row.key));
  }

  async list(job: JobName, period: string): Promise<OutboxRecord[]> {
    const rows = await this.table.query({ partitionKey: partition(job), ...prefixRange(joinKey('m', encodeKey(period), '')) });
    return rows.map(toRecord);
  }

  async purge(job: JobName, before: string): Promise<number> {
    const open = new Set((await this.table.query({ partitionKey: partition(job), ...prefixRange('q|') })).map((e) => e.rowKey.slice(2)));
    const old = (await this.table.query({ partitionKey: partition(job), ...prefixRange('m|') }))
      .map(toRecord)
      .filter((r) => FINAL_OUTBOX_STATES.includes(r.state) && r.updatedAt < before && !open.has(r.key));
    for (let i = 0; i < old.length; i += PURGE_BATCH) {
      const batch = old.slice(i, i + PURGE_BATCH).map((r) => ({ partitionKey: partition(job), rowKey: joinKey('m', r.key) }));
      try {
        await this.table.transaction(batch.map((row) => ['delete', row] as const));
      } catch {
        // A row already gone fails the whole transaction: one by one then (a delete of a missing row is fine).
        for (const row of batch) await this.table.delete(row.partitionKey, row.rowKey);
      }
    }
    return old.length;
  }

  async update(row: OutboxRow, change: OutboxChange): Promise<OutboxRow> {
    const { message, etag: _etag, ...rest } = row;
    const { cards, ...recordMessage } = message;
    const next: OutboxRecord = { ...rest, ...change, message: recordMessage };
    if (FINAL_OUTBOX_STATES.includes(next.state) && row.state === 'sending') {
      // The claim (`sending`, ETag'd) made the row this runner's: the outcome goes to the record and the open row goes.
      // A crash in between leaves a `sending` row whose record is final: `open` finishes it.
      const closed = { ...next, message, etag: row.etag };
      await this.close(closed);
      return closed;
    }
    // Otherwise the `q` row first: its ETag decides who may change it (a final state is then closed as above).
    const etag = await this.table.replace(this.entity('q', next, cards), row.etag);
    const updated = { ...next, message, etag };
    if (FINAL_OUTBOX_STATES.includes(next.state)) await this.close(updated);
    return updated;
  }
}
