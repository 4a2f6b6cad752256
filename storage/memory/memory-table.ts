// EntityTable in memory with the semantics of Azure Tables: etags (counters here), 409 on create, stale
// etag on replace, all-or-nothing batches, ordinal RowKey order. State lives in the instance only.
import type { Entity, EntityQuery, EntityTable, StoredEntity, TransactionAction, TransactionEtags } from '../entity-table.js';
import { ConcurrencyError, ConflictError, StorageError } from '../errors.js';

/** One EntityTable operation, as a request to Azure Tables would be one HTTP request (a query: one per page). */
export type TableOperation = 'get' | 'create' | 'replace' | 'upsert' | 'delete' | 'query' | 'transaction' | 'ping';

export interface MemoryTableOptions {
  /** Consulted before every operation: return an error to simulate a storage fault. */
  failWith?: () => Error | undefined;
  /** Told of every operation before it runs (tests count the storage requests of a turn with it). */
  onOperation?: (table: string, operation: TableOperation) => void;
}

interface Row {
  etag: string;
  entity: Entity;
}

// Entities are copied in and out so callers can never mutate what is "stored".
function copy(entity: Entity): Entity {
  return { ...entity };
}

function toStored(row: Row): StoredEntity {
  const { partitionKey, rowKey, ...properties } = copy(row.entity);
  return { partitionKey, rowKey, etag: row.etag, properties };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class MemoryEntityTable implements EntityTable {
  private readonly partitions = new Map<string, Map<string, Row>>();
  private etagCounter = 0;

  constructor(
    private readonly options: MemoryTableOptions = {},
    private readonly name = 'table',
  ) {}

  private fault(): void {
    const err = this.options.failWith?.();
    if (err) throw err;
  }

  // Every operation yields like a real round trip, so concurrent callers interleave as they would on Azure.
  private async tick(operation: TableOperation): Promise<void> {
    this.options.onOperation?.(this.name, operation);
    await Promise.resolve();
    this.fault();
  }

  private partition(key: string): Map<string, Row> {
    let partition = this.partitions.get(key);
    if (!partition) {
      partition = new Map();
      this.partitions.set(key, partition);
    }
    return partition;
  }

  private put(entity: Entity): string {
    this.etagCounter += 1;
    const etag = `W/"${this.etagCounter}"`;
    this.partition(entity.partitionKey).set(entity.rowKey, { etag, entity: copy(entity) });
    return etag;
  }

  async get(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined> {
    await this.tick('get');
    const row = this.partitions.get(partitionKey)?.get(rowKey);
    return row ? toStored(row) : undefined;
  }

  async create(entity: Entity): Promise<string> {
    await this.tick('create');
    if (this.partitions.get(entity.partitionKey)?.has(entity.rowKey)) {
      throw new ConflictError(`already exists: ${entity.partitionKey}/${entity.rowKey}`);
    }
    return this.put(entity);
  }

  async replace(entity: Entity, etag: string): Promise<string> {
    await this.tick('replace');
    const row = this.partitions.get(entity.partitionKey)?.get(entity.rowKey);
    if (!row) throw new ConcurrencyError(`entity gone: ${entity.partitionKey}/${entity.rowKey}`);
    if (row.etag !== etag) throw new ConcurrencyError(`stale etag: ${entity.partitionKey}/${entity.rowKey}`);
    return this.put(entity);
  }

  async upsert(entity: Entity): Promise<string> {
    await this.tick('upsert');
    return this.put(entity);
  }

  async delete(partitionKey: string, rowKey: string): Promise<void> {
    await this.tick('delete');
    this.partitions.get(partitionKey)?.delete(rowKey);
  }

  async query(query: EntityQuery): Promise<StoredEntity[]> {
    await this.tick('query');
    const partition = this.partitions.get(query.partitionKey);
    if (!partition) return [];
    const where = Object.entries(query.where ?? {});
    const rows = [...partition.entries()]
      .filter(([rowKey]) => (query.from === undefined || rowKey >= query.from) && (query.to === undefined || rowKey < query.to))
      .filter(([, row]) => where.every(([property, value]) => row.entity[property] === value))
      .sort(([a], [b]) => compare(a, b))
      .map(([, row]) => toStored(row));
    return query.limit === undefined ? rows : rows.slice(0, query.limit);
  }

  async transaction(actions: TransactionAction[]): Promise<TransactionEtags> {
    await this.tick('transaction');
    const first = actions[0]?.[1];
    const etags = new Map<string, string>();
    if (!first) return etags;
    if (actions.length > 100 || actions.some(([, e]) => e.partitionKey !== first.partitionKey)) {
      throw new StorageError('invalid', 'a transaction holds at most 100 entities of one partition');
    }
    const seen = new Set<string>();
    for (const [kind, entity] of actions) {
      // Azure refuses a batch that names one entity twice (400), whatever the operations
      if (seen.has(entity.rowKey)) throw new StorageError('invalid', `one entity twice in a transaction: ${entity.rowKey}`);
      const exists = this.partitions.get(entity.partitionKey)?.has(entity.rowKey) === true;
      if (kind === 'create' && exists) throw new ConflictError(`already exists: ${entity.partitionKey}/${entity.rowKey}`);
      if (kind === 'delete' && !exists) throw new StorageError('invalid', `not found: ${entity.partitionKey}/${entity.rowKey}`);
      seen.add(entity.rowKey);
    }
    for (const action of actions) {
      if (action[0] === 'delete') this.partitions.get(action[1].partitionKey)?.delete(action[1].rowKey);
      else etags.set(action[1].rowKey, this.put(action[1]));
    }
    return etags;
  }

  async ping(): Promise<void> {
    await this.tick('ping');
  }
}
