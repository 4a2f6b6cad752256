// The audit log. A practice's entries written with a record (plan, intervisie, count) are rows `a|<inverted ms>|<hash>`
// of its partition in `records`, committed in the record's own transaction (issue 12 §3: a record is never stored
// without its entry, nor reported lost because its entry failed). Every other entry (linking, settings, refusals, and
// `region:<id>` entries) and all entries written before are rows of table `audit`: PartitionKey = encoded practice id
// (or `region:<id>`), RowKey `<inverted ms>|<hash>`. The inverted time makes an ascending scan with a limit "newest
// first"; `list` reads both places with the limit and merges them. The hash of the entry makes the key deterministic:
// appending the same entry twice (a retried turn) stores it once.
import * as z from 'zod';
import type { EntityTable, EntityValue, StoredEntity } from '../entity-table.js';
import { encodeKey, hash, invertedTime, joinKey, prefixRange } from '../keys.js';
import type { AuditEntry, AuditLog, WriteContext } from '../ports.js';
import { defined, optionalString, parseEntity, parseJson } from './codec.js';

// Enough for a status card or a consultant's drill-down; callers ask for more explicitly.
export const DEFAULT_AUDIT_LIMIT = 100;
/** The RowKey prefix of audit rows inside a practice's `records` partition. */
export const AUDIT_ROW = 'a|';

const AuditEntity = z.object({
  practiceId: z.string(),
  action: z.string(),
  actor: z.string(),
  at: z.string(),
  detail: optionalString,
});
const Detail = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

function fromEntity(stored: StoredEntity): AuditEntry {
  const { detail, ...rest } = parseEntity(AuditEntity, stored, 'audit entry');
  return detail === undefined ? rest : { ...rest, detail: parseJson(Detail, detail, 'audit detail') };
}

/** RowKey (without prefix) and properties of an entry; `salt` (the record's RowKey) keeps two records' entries apart. */
export function auditRow(entry: AuditEntry, salt = ''): { rowKey: string; properties: Record<string, EntityValue> } {
  const detail = entry.detail === undefined ? undefined : JSON.stringify(entry.detail);
  const fields = [entry.action, entry.actor, entry.at, detail ?? null];
  const fingerprint = hash(JSON.stringify(salt === '' ? fields : [...fields, salt])).slice(0, 16);
  return {
    rowKey: joinKey(invertedTime(entry.at), fingerprint),
    properties: defined({ practiceId: entry.practiceId, action: entry.action, actor: entry.actor, at: entry.at, detail }),
  };
}

/** The entry a record write carries (`ctx.audit`), for the practice, by the writer, at the write's time. */
export function auditOf(practiceId: string, ctx: WriteContext, extra: Record<string, number> = {}): AuditEntry | undefined {
  if (ctx.audit === undefined) return undefined;
  return { practiceId, action: ctx.audit.action, actor: ctx.actor.id, at: ctx.at, detail: { ...ctx.audit.detail, ...extra } };
}

export class TableAuditLog implements AuditLog {
  constructor(
    private readonly table: EntityTable,
    private readonly records: EntityTable,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    const { rowKey, properties } = auditRow(entry);
    await this.table.upsert({ partitionKey: encodeKey(entry.practiceId), rowKey, ...properties });
  }

  /** Newest first: the entries written with records and the others, each read with the limit, merged. */
  async list(practiceId: string, limit = DEFAULT_AUDIT_LIMIT): Promise<AuditEntry[]> {
    const partitionKey = encodeKey(practiceId);
    const region = practiceId.startsWith('region:');
    const [own, withRecords] = await Promise.all([
      this.table.query({ partitionKey, limit }),
      region ? Promise.resolve([]) : this.records.query({ partitionKey, ...prefixRange(AUDIT_ROW), limit }),
    ]);
    const keyed = [
      ...own.map((row) => ({ key: row.rowKey, row })),
      ...withRecords.map((row) => ({ key: row.rowKey.slice(AUDIT_ROW.length), row })),
    ];
    return keyed
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, limit)
      .map(({ row }) => fromEntity(row));
  }
}
