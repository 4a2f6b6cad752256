// Intervisie sessions: rows `s|<YYYY-MM-DD>|<id>` of the practice's partition in `records` (practice-records.ts), so a
// date range is a RowKey range, oldest first. The id derives from the idempotency key: a retry finds its marker.
import { dateRange } from '../keys.js';
import type { IntervisieStore, LoggedIntervisie, PracticeRecords, WriteContext } from '../ports.js';
import { auditOf } from './audit.js';
import type { PracticeRecordTables } from './practice-records.js';
import { SESSION, sessionFromEntity, sessionKey, sessionProperties } from './record-rows.js';
import { recordsOf, withSession } from './summary.js';

export class TableIntervisieStore implements IntervisieStore {
  constructor(private readonly tables: PracticeRecordTables) {}

  async add(
    practiceId: string,
    session: Omit<LoggedIntervisie, 'id' | 'practiceId' | 'loggedBy' | 'loggedAt'>,
    ctx: WriteContext,
  ): Promise<{ session: LoggedIntervisie; created: boolean; records: PracticeRecords }> {
    const { value, created, summary } = await this.tables.write({
      kind: 'intervisie',
      audit: () => auditOf(practiceId, ctx),
      practiceId,
      idempotencyKey: ctx.idempotencyKey,
      what: `intervisie ${practiceId}`,
      parse: sessionFromEntity,
      build: (current, id) => {
        const rowKey = sessionKey(session.date, id);
        const properties = sessionProperties({ ...session, id, practiceId, loggedBy: ctx.actor.id, loggedAt: ctx.at });
        const row = { partitionKey: '', rowKey, ...properties };
        const value = sessionFromEntity({ partitionKey: '', rowKey, etag: '', properties });
        return { row, value, summary: withSession(current, rowKey.slice(SESSION.length), value) };
      },
    });
    return { session: value, created, records: recordsOf(summary) };
  }

  async list(practiceId: string, range?: { from?: string; to?: string }): Promise<LoggedIntervisie[]> {
    const rows = await this.tables.rows('intervisie', practiceId, dateRange(SESSION, range?.from, range?.to));
    return rows.map(sessionFromEntity).filter((s) => s.removed === undefined);
  }
}
