// Table `intervisie`. PartitionKey = encoded practice id; RowKey `s|<YYYY-MM-DD>|<id>`, so "sessions of
// a year" or any date range is a RowKey range query, oldest first. The id derives from the idempotency
// key and the insert goes through record-once.ts (one transaction with its marker).
import { z } from 'zod';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { dateKey, dateRange, encodeKey, joinKey } from '../keys.js';
import type { IntervisieStore, LoggedIntervisie, WriteContext } from '../ports.js';
import { defined, num, optionalString, parseEntity, parseJson } from './codec.js';
import { recordOnce } from './record-once.js';

const SESSION = 's|';

const SessionEntity = z.object({
  id: z.string(),
  practiceId: z.string(),
  date: z.string(),
  minutes: num.optional(),
  gpsPresent: num.optional(),
  participants: num.optional(),
  /** Staff names or initials as JSON (HOOG counts intervisie per GP); never patient data (the card refuses it). */
  gpsAttending: optionalString,
  topic: z.string(),
  note: optionalString,
  loggedBy: z.string(),
  loggedAt: z.string(),
});

function fromEntity(stored: StoredEntity): LoggedIntervisie {
  const { gpsAttending, ...row } = parseEntity(SessionEntity, stored, 'intervisie');
  const names = gpsAttending === undefined ? undefined : parseJson(z.array(z.string()), gpsAttending, 'intervisie gpsAttending');
  const session: LoggedIntervisie = { ...row, ...(names !== undefined ? { gpsAttending: names } : {}) };
  for (const key of Object.keys(session) as (keyof LoggedIntervisie)[]) if (session[key] === undefined) delete session[key];
  return session;
}

export class TableIntervisieStore implements IntervisieStore {
  constructor(private readonly table: EntityTable) {}

  async add(
    practiceId: string,
    session: Omit<LoggedIntervisie, 'id' | 'practiceId' | 'loggedBy' | 'loggedAt'>,
    ctx: WriteContext,
  ): Promise<{ session: LoggedIntervisie; created: boolean }> {
    const partitionKey = encodeKey(practiceId);
    const { value, created } = await recordOnce({
      table: this.table,
      partitionKey,
      idempotencyKey: ctx.idempotencyKey,
      what: `intervisie ${practiceId}`,
      parse: fromEntity,
      build: async (id) => {
        const logged: LoggedIntervisie = { ...session, id, practiceId, loggedBy: ctx.actor.id, loggedAt: ctx.at };
        const row = {
          partitionKey,
          rowKey: SESSION + joinKey(dateKey(session.date), id),
          ...defined({
            id,
            practiceId,
            date: session.date,
            minutes: session.minutes,
            gpsPresent: session.gpsPresent,
            participants: session.participants,
            gpsAttending: session.gpsAttending === undefined ? undefined : JSON.stringify(session.gpsAttending),
            topic: session.topic,
            note: session.note,
            loggedBy: logged.loggedBy,
            loggedAt: logged.loggedAt,
          }),
        };
        return { row, value: fromEntity({ partitionKey, rowKey: row.rowKey, etag: '', properties: row }) };
      },
    });
    return { session: value, created };
  }

  async list(practiceId: string, range?: { from?: string; to?: string }): Promise<LoggedIntervisie[]> {
    const rows = await this.table.query({ partitionKey: encodeKey(practiceId), ...dateRange(SESSION, range?.from, range?.to) });
    return rows.map(fromEntity);
  }
}
