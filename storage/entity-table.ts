// The few table operations the stores need. Azure Tables (storage/tables/azure-table.ts) and the in-memory
// table (storage/memory/memory-table.ts) implement it with the same semantics, so the domain stores in
// storage/tables/ run unchanged on both and the contract suite checks one piece of logic twice.
export type EntityValue = string | number | boolean;

export interface Entity {
  partitionKey: string;
  rowKey: string;
  [property: string]: EntityValue;
}

/** What a read returns: Int64 may arrive as bigint, so properties are parsed by each store. */
export interface StoredEntity {
  partitionKey: string;
  rowKey: string;
  etag: string;
  properties: Record<string, unknown>;
}

export interface EntityQuery {
  partitionKey: string;
  /** RowKey range, `from` inclusive, `to` exclusive (see keys.ts `prefixRange`). */
  from?: string;
  to?: string;
  /** Equality on string properties, evaluated by the service. */
  where?: Record<string, string>;
  /** Stop after this many rows. */
  limit?: number;
}

/** One entity of a transaction: insert (409 if it exists), insert-or-replace, or delete (a missing row fails the batch). */
export type TransactionAction = readonly ['create' | 'upsert', Entity] | readonly ['delete', Pick<Entity, 'partitionKey' | 'rowKey'>];

/** The new ETag of each created or upserted row of a transaction, by RowKey (a backend may leave some out). */
export type TransactionEtags = ReadonlyMap<string, string>;

export interface EntityTable {
  /** undefined when the entity does not exist. */
  get(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined>;
  /** Insert; ConflictError when it exists. Returns the new etag. */
  create(entity: Entity): Promise<string>;
  /**
   * Replace if the etag still matches; ConcurrencyError when it does not, is not one storage issued (`*` included: a
   * replace is never unconditional, use upsert) or the entity is gone.
   */
  replace(entity: Entity, etag: string): Promise<string>;
  /** Insert or replace, last write wins. */
  upsert(entity: Entity): Promise<string>;
  /** Delete; a missing entity is not an error. */
  delete(partitionKey: string, rowKey: string): Promise<void>;
  /** Rows of one partition in RowKey order, following continuation tokens. */
  query(query: EntityQuery): Promise<StoredEntity[]>;
  /**
   * All or nothing (one transaction: same partition, ≤ 100 entities); ConflictError if a created row exists.
   * Creates, upserts and deletes (unconditional): STACK.md has Azurite ignore If-Match inside batches (the pinned 3.35 does
   * not, test/storage/azurite-if-match.test.ts), so a transaction that must not race another one creates a row both would
   * create (practice-records.ts: the marker and the summary slot), which conflicts on every backend.
   */
  transaction(actions: TransactionAction[]): Promise<TransactionEtags>;
  /** A cheap round trip that throws StorageUnavailableError when storage does not answer. */
  ping(): Promise<void>;
}

/** Creates a table handle by logical name (`practices`, `plans`, …). */
export type TableFactory = (name: TableName) => EntityTable;

// `records` holds each practice's plans, intervisie and counts with their summary (tables/summary.ts); `plans`,
// `intervisie` and `counts` are the tables they were written to before issue 10, read for the data already there.
export const TABLE_NAMES = [
  'practices',
  'consultantChannels',
  'records',
  'plans',
  'intervisie',
  'counts',
  'references',
  'audit',
  'state',
  'jobs',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
