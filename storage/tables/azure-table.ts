// EntityTable on Azure Table Storage (or Azurite) through @azure/data-tables.
import { setMaxListeners } from 'node:events';
import { odata, type TableClient, type TableEntityResult } from '@azure/data-tables';
import type { Entity, EntityQuery, EntityTable, StoredEntity, TransactionAction, TransactionEtags } from '../entity-table.js';
import { ConcurrencyError } from '../errors.js';
import { submitBatch, type BatchClient } from './batch.js';
import { statusOf, toStorageError } from './rest-errors.js';

// The service caps a page at 1,000 rows (PRODUCT.md, platform facts).
const PAGE_SIZE = 1000;
/** The etags Azure Tables (and Azurite) issue: `W/"datetime'2026-11-30T06%3A24%3A05.168Z'"`. */
const AZURE_ETAG = /^W\/"datetime'[0-9A-Za-z%.:_-]+'"$/;
const SYSTEM_PROPERTIES = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata']);

function toStored(result: TableEntityResult<Record<string, unknown>>): StoredEntity {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) if (!SYSTEM_PROPERTIES.has(key)) properties[key] = value;
  return { partitionKey: result.partitionKey ?? '', rowKey: result.rowKey ?? '', etag: result.etag, properties };
}

function filterOf(query: EntityQuery): string {
  const parts = [odata`PartitionKey eq ${query.partitionKey}`];
  if (query.from !== undefined) parts.push(odata`RowKey ge ${query.from}`);
  if (query.to !== undefined) parts.push(odata`RowKey lt ${query.to}`);
  for (const [property, value] of Object.entries(query.where ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(property)) throw new RangeError(`bad property name ${property}`);
    // odata`${value}` alone does not quote; OData escapes a quote inside a string literal by doubling it
    parts.push(`${property} eq '${value.replace(/'/g, "''")}'`);
  }
  return parts.join(' and ');
}

/** Per operation, including the SDK's own retries: a frozen storage must not hold a turn (issue 12 §2; it held 65 s). Well
 * above a loaded Azurite's slowest batch, below Teams' 15 s for a message. */
export const DEFAULT_OPERATION_TIMEOUT_MS = 8000;

export class AzureEntityTable implements EntityTable {
  private readonly batch: BatchClient;

  constructor(
    private readonly client: TableClient,
    private readonly timeoutMs = DEFAULT_OPERATION_TIMEOUT_MS,
    /** As the client was made (`allowInsecureConnection`): the batches it sends go over http too (Azurite). */
    allowInsecureConnection = false,
  ) {
    this.batch = { tableUrl: `${client.url.replace(/\/+$/, '')}/${client.tableName}`, pipeline: client.pipeline, allowInsecureConnection };
  }

  private shared: { from: number; signal: AbortSignal } | undefined;

  /**
   * An abort after the timeout; the SDK stops retrying and the error (no status) maps to StorageUnavailableError.
   * Operations that start within one eighth of the timeout share a signal (a new AbortSignal.timeout per operation was
   * ~1 % of a turn's CPU, issue 10), so each is given between its timeout and 12.5 % more, never less.
   */
  private options(): { abortSignal: AbortSignal } {
    const now = Date.now();
    const window = Math.ceil(this.timeoutMs / 8);
    if (this.shared === undefined || now - this.shared.from >= window || now < this.shared.from) {
      const signal = AbortSignal.timeout(this.timeoutMs + window);
      // Every request in flight listens to it; that many listeners are expected, not a leak.
      setMaxListeners(0, signal);
      this.shared = { from: now, signal };
    }
    return { abortSignal: this.shared.signal };
  }

  async ensureExists(): Promise<void> {
    try {
      await this.client.createTable(this.options());
    } catch (err) {
      // createTable already tolerates TableAlreadyExists; a 409 seen here is the same race, not a fault
      if (statusOf(err) !== 409) throw toStorageError(err, `createTable ${this.client.tableName}`);
    }
  }

  async get(partitionKey: string, rowKey: string): Promise<StoredEntity | undefined> {
    try {
      return toStored(await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey, this.options()));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw toStorageError(err, `get ${this.client.tableName}`);
    }
  }

  async create(entity: Entity): Promise<string> {
    try {
      return (await this.client.createEntity(entity, this.options())).etag ?? '';
    } catch (err) {
      throw toStorageError(err, `create ${this.client.tableName}`);
    }
  }

  async replace(entity: Entity, etag: string): Promise<string> {
    // An etag from a card can be anything; Azure answers 400 InvalidInput to one it never issued, and `*` would make the
    // write unconditional. For the writer both are a version that is not the stored one, as in memory.
    if (!AZURE_ETAG.test(etag)) throw new ConcurrencyError(`not an etag of ${this.client.tableName}`);
    try {
      return (await this.client.updateEntity(entity, 'Replace', { etag, ...this.options() })).etag ?? '';
    } catch (err) {
      // If-Match on a row that is gone answers 404: for the writer it is the same stale read as a 412
      if (statusOf(err) === 404) throw new ConcurrencyError(`entity gone in replace ${this.client.tableName}`, { cause: err });
      throw toStorageError(err, `replace ${this.client.tableName}`);
    }
  }

  async upsert(entity: Entity): Promise<string> {
    try {
      return (await this.client.upsertEntity(entity, 'Replace', this.options())).etag ?? '';
    } catch (err) {
      throw toStorageError(err, `upsert ${this.client.tableName}`);
    }
  }

  async delete(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.client.deleteEntity(partitionKey, rowKey, this.options());
    } catch (err) {
      if (statusOf(err) === 404) return;
      throw toStorageError(err, `delete ${this.client.tableName}`);
    }
  }

  async query(query: EntityQuery): Promise<StoredEntity[]> {
    const rows: StoredEntity[] = [];
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    try {
      const pages = this.client
        .listEntities<Record<string, unknown>>({ queryOptions: { filter: filterOf(query) }, ...this.options() })
        .byPage({ maxPageSize: Math.min(PAGE_SIZE, limit) });
      for await (const page of pages) {
        for (const row of page) {
          rows.push(toStored(row));
          if (rows.length >= limit) return rows;
        }
      }
      return rows;
    } catch (err) {
      throw toStorageError(err, `query ${this.client.tableName}`);
    }
  }

  async transaction(actions: TransactionAction[]): Promise<TransactionEtags> {
    if (actions.length === 0) return new Map();
    try {
      return await submitBatch(this.batch, actions, this.options().abortSignal);
    } catch (err) {
      throw toStorageError(err, `transaction ${this.client.tableName}`);
    }
  }

  async ping(): Promise<void> {
    await this.query({ partitionKey: '~ping', limit: 1 });
  }
}
