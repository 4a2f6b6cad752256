// Idempotent inserts: the record and a marker row `k|<id of idempotency key>` pointing at it go into the
// same partition in one transaction, so a record is never half-written and a retry (double click, Teams
// redelivery) finds the marker and gets the first result back with `created: false`.
import { z } from 'zod';
import type { Entity, EntityTable, StoredEntity } from '../entity-table.js';
import { StorageError } from '../errors.js';
import { idFromKey, joinKey } from '../keys.js';
import { parseEntity } from './codec.js';
import { retryOnConflict } from './retry.js';

const MarkerEntity = z.object({ target: z.string() });

export interface RecordOnce<T> {
  table: EntityTable;
  partitionKey: string;
  idempotencyKey: string;
  what: string;
  parse: (stored: StoredEntity) => T;
  /** Builds the row from the current state of the partition; called again after a lost race. */
  build: (id: string) => Promise<{ row: Entity; value: T }>;
}

export async function recordOnce<T>(spec: RecordOnce<T>): Promise<{ value: T; created: boolean }> {
  const id = idFromKey(spec.idempotencyKey);
  const markerKey = joinKey('k', id);
  // A ConflictError is either the marker (a concurrent retry won: the next round finds it) or the
  // record's own RowKey (a concurrent writer took that sequence number: the next round takes the next).
  return retryOnConflict(spec.what, async () => {
    const marker = await spec.table.get(spec.partitionKey, markerKey);
    if (marker) {
      const target = parseEntity(MarkerEntity, marker, `${spec.what} marker`).target;
      const stored = await spec.table.get(spec.partitionKey, target);
      if (!stored) throw new StorageError('invalid', `${spec.what}: marker ${markerKey} points at a missing row`);
      return { value: spec.parse(stored), created: false };
    }
    const { row, value } = await spec.build(id);
    await spec.table.createAll([row, { partitionKey: spec.partitionKey, rowKey: markerKey, target: row.rowKey }]);
    return { value, created: true };
  });
}
