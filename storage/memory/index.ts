// In-memory implementation of storage/ports.ts for fast unit tests: the same domain stores as Azure
// Tables (storage/tables/), on an in-memory table with Azure's semantics. All state lives in the returned
// object; two calls give two independent stores.
import { TABLE_NAMES, type EntityTable, type TableName } from '../entity-table.js';
import type { Stores } from '../ports.js';
import { buildStores, type BuildOptions } from '../tables/stores.js';
import { MemoryEntityTable, type MemoryTableOptions } from './memory-table.js';

export type MemoryStoresOptions = MemoryTableOptions & Pick<BuildOptions, 'practiceCache'>;

/**
 * `failWith` is asked before every storage operation; returning an error simulates a fault, e.g.
 * `let down = false; createMemoryStores({ failWith: () => (down ? new StorageUnavailableError('test') : undefined) })`.
 */
export function createMemoryStores(options: MemoryStoresOptions = {}): Stores {
  return createMemoryBackend(options).stores;
}

/** The stores and their tables, for tests that put rows in place directly (a long history, rows of an older layout). */
export function createMemoryBackend(options: MemoryStoresOptions = {}): { stores: Stores; table(name: TableName): EntityTable } {
  const tables = new Map<TableName, MemoryEntityTable>(TABLE_NAMES.map((name) => [name, new MemoryEntityTable(options, name)]));
  const table = (name: TableName): MemoryEntityTable => {
    const found = tables.get(name);
    if (!found) throw new RangeError(`unknown table ${name}`);
    return found;
  };
  return { stores: buildStores(table, options.practiceCache ? { practiceCache: options.practiceCache } : {}), table };
}
