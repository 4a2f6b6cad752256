// Table `jobs`, partition `o|<job>`: the outbox of the proactive jobs (issue 11 §2). Per message two rows with the
// same deterministic key (period, reason, hash of the conversation):
//   `m|<key>`  the record, kept for good: created with the `q` row in one transaction, so a key is queued once ever;
//              it takes the final state (sent, inactive, failed) when delivery ends.
//   `q|<key>`  the open row with the cards, claimed with its ETag (pending → sending → final) and deleted once the
//              record is final. `open()` is one range query over `q|`, however many records the partition holds.
import { z } from 'zod';
import type { Entity, EntityTable, EntityValue, StoredEntity } from '../entity-table.js';
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

  async enqueue(message: ProactiveMessage, at: string): Promise<boolean> {
    const { cards, ...rest } = message;
    const record: OutboxRecord = { key: outboxKey(message), message: rest, state: 'pending', queuedAt: at, updatedAt: at, activityIds: [] };
    try {
      await this.table.transaction([
        ['create', this.entity('m', record)],
        ['create', this.entity('q', record, cards)],
      ]);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async open(job: JobName): Promise<OutboxRow[]> {
    const rows = (await this.table.query({ partitionKey: partition(job), ...prefixRange('q|') })).map(toRow);
    const final = rows.filter((row) => FINAL_OUTBOX_STATES.includes(row.state));
    // A crash after the claim took its final state and before the row was closed: close it now.
    for (const row of final) await this.close(row);
    return rows.filter((row) => !FINAL_OUTBOX_STATES.includes(row.state));
  }

  private async close(row: OutboxRow): Promise<void> {
    const { cards: _cards, ...message } = row.message;
    const { etag: _etag, ...rest } = row;
    await this.table.upsert(this.entity('m', { ...rest, message }));
    await this.table.delete(partition(message.job), joinKey('q', row.key));
  }

  async list(job: JobName, period: string): Promise<OutboxRecord[]> {
    const rows = await this.table.query({ partitionKey: partition(job), ...prefixRange(joinKey('m', encodeKey(period), '')) });
    return rows.map(toRecord);
  }

  async update(row: OutboxRow, change: OutboxChange): Promise<OutboxRow> {
    const { message, etag: _etag, ...rest } = row;
    const { cards, ...recordMessage } = message;
    const next: OutboxRecord = { ...rest, ...change, message: recordMessage };
    // The `q` row first: its ETag decides who may change it. A final state is then copied to the record and the open
    // row goes (a crash in between is finished by the next `open`).
    const etag = await this.table.replace(this.entity('q', next, cards), row.etag);
    const updated = { ...next, message, etag };
    if (FINAL_OUTBOX_STATES.includes(next.state)) await this.close(updated);
    return updated;
  }
}
