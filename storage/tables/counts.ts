// Table `counts`. PartitionKey = encoded practice id; RowKey `c|<metric>|<from>|<to>|<seq 6>`, so one
// metric's entries, and the entries of one (metric, period), are RowKey ranges. A new entry for the same
// (metric, period) takes the next sequence number and supersedes the newest one; the sequence is
// allocated by the insert itself (a concurrent writer's 409 makes the loser re-read, record-once.ts),
// so two corrections never both claim to supersede the same entry.
import { z } from 'zod';
import { Metric } from '../../rules/model.js';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { dateKey, encodeKey, joinKey, padNumber, prefixRange } from '../keys.js';
import type { CountEntry } from '../../rules/model.js';
import type { CountStore, LoggedCount, WriteContext } from '../ports.js';
import { defined, num, optionalString, parseEntity } from './codec.js';
import { recordOnce } from './record-once.js';

const CountEntity = z.object({
  id: z.string(),
  practiceId: z.string(),
  metric: Metric,
  from: z.string(),
  to: z.string(),
  value: num,
  seq: num,
  supersedes: optionalString,
  loggedBy: z.string(),
  loggedAt: z.string(),
});

interface Row {
  entry: LoggedCount;
  seq: number;
}

function fromEntity(stored: StoredEntity): Row {
  const { seq, supersedes, ...entry } = parseEntity(CountEntity, stored, 'count');
  return { entry: supersedes === undefined ? entry : { ...entry, supersedes }, seq };
}

const periodPrefix = (e: CountEntry): string => joinKey('c', encodeKey(e.metric), dateKey(e.from), dateKey(e.to), '');

export class TableCountStore implements CountStore {
  constructor(private readonly table: EntityTable) {}

  async add(practiceId: string, entry: CountEntry, ctx: WriteContext): Promise<{ entry: LoggedCount; created: boolean }> {
    const partitionKey = encodeKey(practiceId);
    const { value, created } = await recordOnce({
      table: this.table,
      partitionKey,
      idempotencyKey: ctx.idempotencyKey,
      what: `count ${practiceId} ${entry.metric}`,
      parse: (stored) => fromEntity(stored).entry,
      build: async (id) => {
        const prefix = periodPrefix(entry);
        const [newest] = (await this.table.query({ partitionKey, ...prefixRange(prefix) })).map(fromEntity).slice(-1);
        const seq = (newest?.seq ?? 0) + 1;
        const logged: LoggedCount = {
          metric: entry.metric,
          from: entry.from,
          to: entry.to,
          value: entry.value,
          id,
          practiceId,
          ...(newest ? { supersedes: newest.entry.id } : {}),
          loggedBy: ctx.actor.id,
          loggedAt: ctx.at,
        };
        const row = { partitionKey, rowKey: prefix + padNumber(seq, 6), ...defined({ ...logged, seq }) };
        return { row, value: logged };
      },
    });
    return { entry: value, created };
  }

  async history(practiceId: string, metric?: Metric): Promise<LoggedCount[]> {
    const prefix = metric === undefined ? 'c|' : joinKey('c', encodeKey(metric), '');
    const rows = (await this.table.query({ partitionKey: encodeKey(practiceId), ...prefixRange(prefix) })).map(fromEntity);
    // "oldest first" is by loggedAt; the sort is stable, so equal times keep (metric, period, seq) order
    return rows
      .sort((a, b) => (a.entry.loggedAt < b.entry.loggedAt ? -1 : a.entry.loggedAt > b.entry.loggedAt ? 1 : 0))
      .map((r) => r.entry);
  }
}
