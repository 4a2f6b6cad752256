// Table `records`: one partition per practice with its plan versions, intervisie sessions and counts (record-rows.ts),
// an idempotency marker per write, the write's audit entry (audit.ts), and one summary row (summary.ts) that every write
// replaces in the same transaction.
// Status reads the summary alone: one point read, whatever the history (issue 10 §2).
//
// Writers are serialised by the summary's sequence number: a write that built on summary n creates the slot row `w|<n+1>`
// in its transaction, so of two writers that built on the same summary one gets 409 and retries on the newer summary
// (STACK.md: Azurite ignores If-Match inside a batch; the pinned 3.35 does not, test/storage/azurite-if-match.test.ts;
// a created row conflicts on every backend). Inside one process the writes of a practice queue up first, so a burst
// from one instance does not spend its retries on itself.
//
// Practices written before issue 10 have their rows in the tables `plans`, `intervisie` and `counts` and no summary:
// the first read rebuilds the summary from those rows and the new table's, and stores it; history reads merge both.
import * as z from 'zod';
import type { Entity, EntityTable, StoredEntity, TransactionAction } from '../entity-table.js';
import { ConcurrencyError, ConflictError, StorageError } from '../errors.js';
import { encodeKey, idFromKey, joinKey, padNumber } from '../keys.js';
import type { AuditEntry } from '../ports.js';
import { AUDIT_ROW, auditRow } from './audit.js';
import { BoundedMap } from './bounded-map.js';
import { PartitionQueue } from './partition-queue.js';
import { num, parseEntity, readChunks, writeChunks } from './codec.js';
import { summarise } from './record-rows.js';
import { retryOnConflict } from './retry.js';
import type { Mirrored, RegionMirror } from './region-mirror.js';
import { SUMMARY_FORMAT, type Summary } from './summary.js';
import { decodeSummary, encodeSummary, isReadableFormat } from './summary-codec.js';

/** The region copies (region-mirror.ts): which region a practice is in (as last read), and where faults are reported. */
export interface MirrorTarget {
  copies: RegionMirror;
  regionOf(practiceId: string): string | undefined;
  onError(err: unknown): void;
}

const SUMMARY = 'summary';
// A few hundred practices are busy at once; a summary is a few KB (tens with a long history).
const PARSED_SUMMARIES = 1_000;
const SLOT = 'w|';
const SummaryEntity = z.object({ format: num, seq: num });
const MarkerEntity = z.object({ target: z.string() });

export type RecordKind = 'plans' | 'intervisie' | 'counts';
const MARK: Record<RecordKind, string> = { plans: 'v', intervisie: 's', counts: 'c' };

interface Loaded {
  summary: Summary;
  seq: number;
  /** The stored row (any format) and its etag; undefined when there is none yet. */
  etag: string | undefined;
  current: boolean;
}

export interface RecordWrite<T> {
  kind: RecordKind;
  practiceId: string;
  idempotencyKey: string;
  what: string;
  parse: (stored: StoredEntity) => T;
  /**
   * The new row (its PartitionKey is set here) and the summary with it, from the summary as it is now; again after a lost
   * race. `also`: more rows of the partition in the same transaction (a tombstone on the entry a correction replaces).
   * A ConcurrencyError thrown here refuses the write, unless this very write already landed.
   */
  build: (summary: Summary, id: string) => Built<T> | Promise<Built<T>>;
  /** The audit entry committed with the record (WriteContext.audit), from the stored value. */
  audit?: (value: T) => AuditEntry | undefined;
  /** Checked on the summary before building: false refuses the write with ConcurrencyError (unless it already landed). */
  precondition?: (summary: Summary) => boolean;
}

/**
 * The rows of both tables, a row of the old table left out when `records` has it too: a tombstone on an entry written
 * before issue 10 is written to `records` under the same RowKey (issue 13 §5), the old row is never written.
 */
function newestCopy(before: readonly StoredEntity[], now: readonly StoredEntity[]): StoredEntity[] {
  const keys = new Set(now.map((r) => r.rowKey));
  return [...before.filter((r) => !keys.has(r.rowKey)), ...now];
}

export interface Built<T> {
  row: Entity;
  value: T;
  summary: Summary;
  also?: TransactionAction[];
  /** The row replaces one that exists (a tombstone), instead of being created. */
  replaces?: boolean;
}

export class PracticeRecordTables {
  private readonly queue = new PartitionQueue();
  /**
   * The summary last parsed or written per practice, by the etag of its row, with its sequence number: a read (status)
   * still reads the row (another instance may have written) but does not parse an unchanged one again, and a write
   * builds on it without reading (see write). Summaries are never mutated (summary.ts).
   */
  private readonly parsed = new BoundedMap<string, { etag: string; summary: Summary; seq: number }>(PARSED_SUMMARIES);

  constructor(
    private readonly records: EntityTable,
    private readonly legacy: Record<RecordKind, EntityTable>,
    /** Where a write's summary is copied for its region (region-mirror.ts), when the practice's region is known. */
    private readonly mirror?: MirrorTarget,
  ) {}

  /**
   * The region copy of a summary just committed. Its failure does not undo the record (the caller is told it was
   * stored, as it was): it is reported, and the region read falls back to this practice's summary until a later write.
   */
  private async copyToRegion(practiceId: string, summary: Summary, seq: number): Promise<void> {
    const region = this.mirror?.regionOf(practiceId);
    if (this.mirror === undefined || region === undefined) return;
    try {
      await this.mirror.copies.write(region, practiceId, { summary, seq });
    } catch (err) {
      this.mirror.onError(err);
    }
  }

  private async load(partitionKey: string): Promise<Loaded> {
    const stored = await this.records.get(partitionKey, SUMMARY);
    if (stored === undefined) return { ...(await this.rebuild(partitionKey, 0)), etag: undefined, current: false };
    const { format, seq } = parseEntity(SummaryEntity, stored, 'summary');
    if (!isReadableFormat(format)) return { ...(await this.rebuild(partitionKey, seq)), etag: stored.etag, current: false };
    const parsed = this.parsed.get(partitionKey);
    if (parsed?.etag === stored.etag) return { summary: parsed.summary, seq, etag: stored.etag, current: true };
    const summary = decodeSummary(readChunks('summary', stored), format, 'summary');
    this.parsed.set(partitionKey, { etag: stored.etag, summary, seq });
    return { summary, seq, etag: stored.etag, current: true };
  }

  /**
   * The summary from the rows themselves: used when there is none yet, or one of an older format. Its sequence number
   * continues after every slot row already taken, so the next write claims a free one even after a summary was deleted.
   */
  private async rebuild(partitionKey: string, seq: number): Promise<{ summary: Summary; seq: number }> {
    const tables = [this.records, this.legacy.plans, this.legacy.intervisie, this.legacy.counts];
    const [now, ...before] = await Promise.all(tables.map((t) => t.query({ partitionKey })));
    const rows = newestCopy(before.flat(), now ?? []);
    const slots = rows
      .filter((r) => r.partitionKey === partitionKey && r.rowKey.startsWith(SLOT))
      .map((r) => Number(r.rowKey.slice(SLOT.length)));
    return { summary: summarise(rows), seq: Math.max(seq, ...slots) };
  }

  private summaryRow(partitionKey: string, summary: Summary, seq: number): Entity {
    return { partitionKey, rowKey: SUMMARY, format: SUMMARY_FORMAT, seq, ...writeChunks('summary', encodeSummary(summary)) };
  }

  /** The summary of a practice; a rebuilt one is stored so the next read is one point read again. */
  async summary(practiceId: string): Promise<Summary> {
    return (await this.current(practiceId)).summary;
  }

  /** The summary with its sequence number (what the region copy carries). */
  async current(practiceId: string): Promise<Mirrored> {
    const partitionKey = encodeKey(practiceId);
    const loaded = await this.load(partitionKey);
    if (loaded.current) return { summary: loaded.summary, seq: loaded.seq };
    const row = this.summaryRow(partitionKey, loaded.summary, loaded.seq);
    try {
      if (loaded.etag === undefined) await this.records.create(row);
      else await this.records.replace(row, loaded.etag);
    } catch (err) {
      // A writer got there first: its summary holds what this one does and its own record; this turn uses what it read.
      if (!(err instanceof ConflictError || err instanceof ConcurrencyError)) throw err;
    }
    return { summary: loaded.summary, seq: loaded.seq };
  }

  /** Rows of one kind with RowKeys in [from, to), from this table and the one written before issue 10, in RowKey order. */
  async rows(kind: RecordKind, practiceId: string, range: { from: string; to: string }): Promise<StoredEntity[]> {
    const query = { partitionKey: encodeKey(practiceId), ...range };
    const [now, before] = await Promise.all([this.records.query(query), this.legacy[kind].query(query)]);
    return newestCopy(before, now).sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0));
  }

  /** One row of a kind: from this table, else from the one written before issue 10. */
  async row(kind: RecordKind, practiceId: string, rowKey: string): Promise<StoredEntity | undefined> {
    const partitionKey = encodeKey(practiceId);
    return (await this.records.get(partitionKey, rowKey)) ?? (await this.legacy[kind].get(partitionKey, rowKey));
  }

  /** Records once per idempotency key, with the summary in the same transaction; returns the summary after it. */
  write<T>(spec: RecordWrite<T>): Promise<{ value: T; created: boolean; summary: Summary }> {
    const partitionKey = encodeKey(spec.practiceId);
    const markerKey = joinKey('k', MARK[spec.kind], idFromKey(spec.idempotencyKey));
    return this.queue.run(partitionKey, () => {
      // The first attempt builds on the summary this process last read or wrote, without reading it again: if another
      // writer has moved on since, the slot of the next sequence number exists and the transaction fails with 409, or
      // the summary refuses the write; either way the next attempt reads the summary (issue 10 §1: a write is its
      // transaction and its region copy).
      let known = this.parsed.get(partitionKey);
      // A ConflictError is the marker (a retry of a write that landed: answered below), or the slot or the record's
      // RowKey (another writer came first: the next round builds on its summary).
      return retryOnConflict(spec.what, async () => {
        const loaded: Loaded = known ? { ...known, current: true } : await this.load(partitionKey);
        known = undefined;
        if (spec.precondition !== undefined && !spec.precondition(loaded.summary)) {
          // A retry of this very write that landed has moved the summary on: answer it, as below; anything else is newer.
          const landed = await this.landed(spec, partitionKey, markerKey);
          if (landed !== undefined) return landed;
          throw new ConcurrencyError(`${spec.what}: based on an older version`);
        }
        const built = await this.build(spec, partitionKey, markerKey, loaded.summary);
        if ('landed' in built) return built.landed;
        const { row, value, summary, also = [], replaces = false } = built;
        const seq = loaded.seq + 1;
        const entry = spec.audit?.(value);
        const audit = entry === undefined ? undefined : auditRow(entry, row.rowKey);
        try {
          const etags = await this.records.transaction([
            [replaces ? 'upsert' : 'create', { ...row, partitionKey }],
            ['create', { partitionKey, rowKey: markerKey, target: row.rowKey }],
            ['create', { partitionKey, rowKey: SLOT + padNumber(seq, 10) }],
            [loaded.etag === undefined ? 'create' : 'upsert', this.summaryRow(partitionKey, summary, seq)],
            ...(audit === undefined ? [] : [['create', { partitionKey, rowKey: AUDIT_ROW + audit.rowKey, ...audit.properties }] as const]),
            ...also.map(([op, entity]): TransactionAction =>
              op === 'delete' ? [op, { ...entity, partitionKey }] : [op, { ...entity, partitionKey }],
            ),
          ]);
          const etag = etags.get(SUMMARY);
          if (etag === undefined) this.parsed.delete(partitionKey);
          else this.parsed.set(partitionKey, { etag, summary, seq });
          await this.copyToRegion(spec.practiceId, summary, seq);
          return { value, created: true, summary };
        } catch (err) {
          if (!(err instanceof ConflictError)) throw err;
          const landed = await this.landed(spec, partitionKey, markerKey);
          if (landed === undefined) throw err;
          return landed;
        }
      });
    });
  }

  /** The spec's build; when it refuses (ConcurrencyError), a write of this key that already landed is its answer. */
  private async build<T>(
    spec: RecordWrite<T>,
    partitionKey: string,
    markerKey: string,
    summary: Summary,
  ): Promise<Built<T> | { landed: { value: T; created: false; summary: Summary } }> {
    try {
      return await spec.build(summary, idFromKey(spec.idempotencyKey));
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const landed = await this.landed(spec, partitionKey, markerKey);
      if (landed === undefined) throw err;
      return { landed };
    }
  }

  /** The stored result of a write whose idempotency marker exists (it landed before), or undefined. */
  private async landed<T>(
    spec: RecordWrite<T>,
    partitionKey: string,
    markerKey: string,
  ): Promise<{ value: T; created: false; summary: Summary } | undefined> {
    const marker = await this.records.get(partitionKey, markerKey);
    if (marker === undefined) return undefined;
    const target = parseEntity(MarkerEntity, marker, `${spec.what} marker`).target;
    const [stored, now] = await Promise.all([this.records.get(partitionKey, target), this.load(partitionKey)]);
    if (!stored) throw new StorageError('invalid', `${spec.what}: marker ${markerKey} points at a missing row`);
    // A retry of a write that landed copies again: a process that stopped between transaction and copy left it out.
    if (now.current) await this.copyToRegion(spec.practiceId, now.summary, now.seq);
    return { value: spec.parse(stored), created: false, summary: now.summary };
  }
}
