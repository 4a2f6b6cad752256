// Table `audit`. PartitionKey = encoded practice id (or `region:<id>`); RowKey `<inverted ms>|<hash>`, so
// an ascending scan with a limit is "newest first" without reading the whole log. The hash of the entry
// makes the key deterministic: appending the same entry twice (a retried turn) stores it once.
import { z } from 'zod';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { encodeKey, hash, invertedTime, joinKey } from '../keys.js';
import type { AuditEntry, AuditLog } from '../ports.js';
import { defined, optionalString, parseEntity, parseJson } from './codec.js';

// Enough for a status card or a consultant's drill-down; callers ask for more explicitly.
export const DEFAULT_AUDIT_LIMIT = 100;

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

export class TableAuditLog implements AuditLog {
  constructor(private readonly table: EntityTable) {}

  async append(entry: AuditEntry): Promise<void> {
    const detail = entry.detail === undefined ? undefined : JSON.stringify(entry.detail);
    const fingerprint = hash(JSON.stringify([entry.action, entry.actor, entry.at, detail ?? null])).slice(0, 16);
    await this.table.upsert({
      partitionKey: encodeKey(entry.practiceId),
      rowKey: joinKey(invertedTime(entry.at), fingerprint),
      ...defined({ practiceId: entry.practiceId, action: entry.action, actor: entry.actor, at: entry.at, detail }),
    });
  }

  async list(practiceId: string, limit = DEFAULT_AUDIT_LIMIT): Promise<AuditEntry[]> {
    const rows = await this.table.query({ partitionKey: encodeKey(practiceId), limit });
    return rows.map(fromEntity);
  }
}
