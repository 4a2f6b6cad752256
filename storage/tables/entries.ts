// Correcting and deleting intervisie sessions and counts (issue 13 §5). Nothing is deleted: the entry's own row gets a
// tombstone (who, when, and for a correction the entry that replaced it), and a correction adds the new entry; both in
// the practice's write transaction (practice-records.ts) with the marker, the slot, the summary and the audit entry.
// The card carries the row's ETag: an entry changed since it was listed is refused with StaleError (a ConcurrencyError).
// STACK.md has Azurite ignore If-Match in a batch (3.35 does not: test/storage/azurite-if-match.test.ts), so the ETag is
// compared on the row read inside the write's attempt, and the summary's slot row makes any other write of the practice
// in between collide (the attempt then reads again).
import type { Entity, StoredEntity } from '../entity-table.js';
import { StaleError, StorageError } from '../errors.js';
import { padNumber, prefixRange } from '../keys.js';
import type { CountEntry } from '../../rules/model.js';
import type { EntryRef, EntryStore, LoggedCount, LoggedIntervisie, PracticeRecords, Removal, StoredEntry, WriteContext } from '../ports.js';
import { auditOf } from './audit.js';
import type { Built, PracticeRecordTables, RecordKind } from './practice-records.js';
import {
  COUNT,
  countFromEntity,
  countProperties,
  dayPrefix,
  periodPrefix,
  SESSION,
  sessionFromEntity,
  sessionKey,
  sessionProperties,
} from './record-rows.js';
import { periodOf, recordsOf, withCount, withDay, withoutCount, type Summary } from './summary.js';

type SessionInput = Parameters<EntryStore['correctSession']>[2];
type Change = { kind: 'remove' } | { kind: 'session'; session: SessionInput } | { kind: 'count'; entry: CountEntry };
type Result = { entry: StoredEntry; created: boolean; records: PracticeRecords };

function kindOf(key: string): RecordKind {
  if (key.startsWith(SESSION)) return 'intervisie';
  if (key.startsWith(COUNT)) return 'counts';
  throw new StorageError('invalid', `not an intervisie or count entry: ${key}`);
}

export function entryOf(stored: StoredEntity): StoredEntry {
  const base = { key: stored.rowKey, etag: stored.etag };
  return kindOf(stored.rowKey) === 'intervisie'
    ? { ...base, kind: 'intervisie', value: sessionFromEntity(stored) }
    : { ...base, kind: 'count', value: countFromEntity(stored).entry };
}

const newestFirst = (a: StoredEntry, b: StoredEntry): number =>
  a.value.loggedAt < b.value.loggedAt ? 1 : a.value.loggedAt > b.value.loggedAt ? -1 : a.key < b.key ? 1 : a.key > b.key ? -1 : 0;

export class TableEntryStore implements EntryStore {
  constructor(private readonly tables: PracticeRecordTables) {}

  async recent(practiceId: string, limit: number): Promise<StoredEntry[]> {
    const [sessions, counts] = await Promise.all([
      this.tables.rows('intervisie', practiceId, prefixRange(SESSION)),
      this.tables.rows('counts', practiceId, prefixRange(COUNT)),
    ]);
    return [...sessions, ...counts].map(entryOf).sort(newestFirst).slice(0, limit);
  }

  async get(practiceId: string, key: string): Promise<StoredEntry | undefined> {
    if (!key.startsWith(SESSION) && !key.startsWith(COUNT)) return undefined;
    const stored = await this.tables.row(kindOf(key), practiceId, key);
    return stored && entryOf(stored);
  }

  remove(practiceId: string, ref: EntryRef, ctx: WriteContext): Promise<Result> {
    return this.change(practiceId, ref, ctx, { kind: 'remove' });
  }

  correctSession(practiceId: string, ref: EntryRef, session: SessionInput, ctx: WriteContext): Promise<Result> {
    if (kindOf(ref.key) !== 'intervisie') throw new StorageError('invalid', `not an intervisie entry: ${ref.key}`);
    return this.change(practiceId, ref, ctx, { kind: 'session', session });
  }

  correctCount(practiceId: string, ref: EntryRef, entry: CountEntry, ctx: WriteContext): Promise<Result> {
    if (kindOf(ref.key) !== 'counts') throw new StorageError('invalid', `not a count entry: ${ref.key}`);
    return this.change(practiceId, ref, ctx, { kind: 'count', entry });
  }

  private async change(practiceId: string, ref: EntryRef, ctx: WriteContext, change: Change): Promise<Result> {
    const kind = kindOf(ref.key);
    const { value, created, summary } = await this.tables.write<StoredEntry>({
      kind,
      practiceId,
      idempotencyKey: ctx.idempotencyKey,
      what: `entry ${practiceId} ${ref.key}`,
      audit: () => auditOf(practiceId, ctx),
      // The marker points at the tombstoned row (a deletion) or the new entry (a correction).
      parse: entryOf,
      build: async (current, id) => {
        const stored = await this.tables.row(kind, practiceId, ref.key);
        if (stored === undefined) throw new StorageError('invalid', `entry ${practiceId} ${ref.key} does not exist`);
        if (stored.etag !== ref.etag) throw new StaleError(`entry ${practiceId} ${ref.key} changed since it was read`);
        const old = entryOf(stored);
        if (old.value.removed) throw new StaleError(`entry ${practiceId} ${ref.key} was deleted meanwhile`);
        const removal: Removal = {
          by: ctx.actor.id,
          ...(ctx.actor.name !== undefined ? { byName: ctx.actor.name } : {}),
          at: ctx.at,
          ...(change.kind === 'remove' ? {} : { correctedBy: id }),
        };
        return old.kind === 'intervisie'
          ? this.sessionChange(practiceId, old.value, ref.key, removal, change, current, id, ctx)
          : this.countChange(old.value, ref.key, countFromEntity(stored).seq, removal, change, current, id, ctx);
      },
    });
    return { entry: value, created, records: recordsOf(summary) };
  }

  /** The sessions of a day as they are after this change: the summary's groups of the day are folded from them again. */
  private async day(practiceId: string, date: string, drop: string, add?: { key: string; session: LoggedIntervisie }) {
    const rows = await this.tables.rows('intervisie', practiceId, prefixRange(dayPrefix(date)));
    const live = rows
      .filter((r) => r.rowKey !== drop)
      .map((r) => ({ suffix: r.rowKey.slice(SESSION.length), session: sessionFromEntity(r) }))
      .filter((s) => s.session.removed === undefined);
    return add === undefined ? live : [...live, { suffix: add.key.slice(SESSION.length), session: add.session }];
  }

  private async sessionChange(
    practiceId: string,
    old: LoggedIntervisie,
    key: string,
    removal: Removal,
    change: Change,
    current: Summary,
    id: string,
    ctx: WriteContext,
  ): Promise<Built<StoredEntry>> {
    const tomb: Entity = { partitionKey: '', rowKey: key, ...sessionProperties({ ...old, removed: removal }) };
    if (change.kind !== 'session') {
      const summary = withDay(current, old.date, await this.day(practiceId, old.date, key));
      return { row: tomb, replaces: true, value: { key, etag: '', kind: 'intervisie', value: { ...old, removed: removal } }, summary };
    }
    const next: LoggedIntervisie = { ...change.session, id, practiceId, loggedBy: ctx.actor.id, loggedAt: ctx.at, corrects: old.id };
    const nextKey = sessionKey(next.date, id);
    let summary = withDay(
      current,
      old.date,
      await this.day(practiceId, old.date, key, next.date === old.date ? { key: nextKey, session: next } : undefined),
    );
    if (next.date !== old.date)
      summary = withDay(summary, next.date, await this.day(practiceId, next.date, key, { key: nextKey, session: next }));
    return {
      row: { partitionKey: '', rowKey: nextKey, ...sessionProperties(next) },
      also: [['upsert', tomb]],
      value: { key: nextKey, etag: '', kind: 'intervisie', value: next },
      summary,
    };
  }

  private countChange(
    old: LoggedCount,
    key: string,
    seq: number,
    removal: Removal,
    change: Change,
    current: Summary,
    id: string,
    ctx: WriteContext,
  ): Built<StoredEntry> {
    const tomb: Entity = { partitionKey: '', rowKey: key, ...countProperties({ ...old, removed: removal }, seq) };
    const without = withoutCount(current, periodPrefix(old), seq);
    if (change.kind !== 'count') {
      return { row: tomb, replaces: true, value: { key, etag: '', kind: 'count', value: { ...old, removed: removal } }, summary: without };
    }
    const prefix = periodPrefix(change.entry);
    const newest = periodOf(without, prefix);
    const nextSeq = (newest?.lastSeq ?? 0) + 1;
    const next: LoggedCount = {
      ...change.entry,
      id,
      practiceId: old.practiceId,
      ...(newest ? { supersedes: newest.lastId } : {}),
      loggedBy: ctx.actor.id,
      loggedAt: ctx.at,
      corrects: old.id,
    };
    const nextKey = prefix + padNumber(nextSeq, 6);
    return {
      row: { partitionKey: '', rowKey: nextKey, ...countProperties(next, nextSeq) },
      also: [['upsert', tomb]],
      value: { key: nextKey, etag: '', kind: 'count', value: next },
      summary: withCount(without, prefix, { ...next, seq: nextSeq, deleted: false }),
    };
  }
}
