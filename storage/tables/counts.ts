// Counts: rows `c|<metric>|<from>|<to>|<seq 6>` of the practice's partition in `records` (practice-records.ts), so one
// metric's entries, and the entries of one (metric, period), are RowKey ranges. A new entry for the same (metric,
// period) takes the next sequence number and supersedes the newest one; both come from the summary, and the
// summary's slot row makes two concurrent corrections collide, so they never both supersede the same entry.
import type { CountEntry, Metric } from '../../rules/model.js';
import { encodeKey, joinKey, padNumber, prefixRange } from '../keys.js';
import type { CountStore, LoggedCount, PracticeRecords, WriteContext } from '../ports.js';
import { auditOf } from './audit.js';
import type { PracticeRecordTables } from './practice-records.js';
import { COUNT, countFromEntity, countProperties, periodPrefix } from './record-rows.js';
import { periodOf, recordsOf, withCount } from './summary.js';

export class TableCountStore implements CountStore {
  constructor(private readonly tables: PracticeRecordTables) {}

  async add(
    practiceId: string,
    entry: CountEntry,
    ctx: WriteContext,
  ): Promise<{ entry: LoggedCount; created: boolean; records: PracticeRecords }> {
    const { value, created, summary } = await this.tables.write({
      kind: 'counts',
      audit: () => auditOf(practiceId, ctx),
      practiceId,
      idempotencyKey: ctx.idempotencyKey,
      what: `count ${practiceId} ${entry.metric}`,
      parse: (stored) => countFromEntity(stored).entry,
      build: (current, id) => {
        const prefix = periodPrefix(entry);
        const newest = periodOf(current, prefix);
        const seq = (newest?.lastSeq ?? 0) + 1;
        const logged: LoggedCount = {
          metric: entry.metric,
          from: entry.from,
          to: entry.to,
          value: entry.value,
          id,
          practiceId,
          ...(newest ? { supersedes: newest.lastId } : {}),
          loggedBy: ctx.actor.id,
          loggedAt: ctx.at,
        };
        const row = { partitionKey: '', rowKey: prefix + padNumber(seq, 6), ...countProperties(logged, seq) };
        return { row, value: logged, summary: withCount(current, prefix, { ...logged, seq, deleted: false }) };
      },
    });
    return { entry: value, created, records: recordsOf(summary) };
  }

  async history(practiceId: string, metric?: Metric): Promise<LoggedCount[]> {
    const prefix = metric === undefined ? COUNT : joinKey('c', encodeKey(metric), '');
    const rows = (await this.tables.rows('counts', practiceId, prefixRange(prefix))).map(countFromEntity);
    // "oldest first" is by loggedAt; the sort is stable, so equal times keep (metric, period, seq) order
    return rows
      .sort((a, b) => (a.entry.loggedAt < b.entry.loggedAt ? -1 : a.entry.loggedAt > b.entry.loggedAt ? 1 : 0))
      .map((r) => r.entry);
  }
}
