// Memory stores whose chosen table operations hang until the test lets them go (or fail them): a storage that stops
// answering mid-turn, without timers. The domain stores are the real ones (storage/tables/), on the memory backend.
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import { createMemoryBackend } from '../../storage/memory/index.js';
import type { TableOperation } from '../../storage/memory/memory-table.js';
import type { Stores } from '../../storage/ports.js';
import { buildStores } from '../../storage/tables/stores.js';

export interface HangingStores {
  stores: Stores;
  /** From now on, these operations (e.g. `records.transaction`, or `*.get`) wait until `release` or `fail`. */
  hang(...operations: string[]): void;
  /** How many operations are waiting now. */
  waiting(): number;
  /** Lets every waiting operation (and later ones) run. */
  release(): void;
  /** Fails every waiting operation with `error`; later ones run. */
  fail(error: Error): void;
}

type Waiter = { go: () => void; stop: (e: Error) => void };

export function hangingStores(): HangingStores {
  const backend = createMemoryBackend();
  let patterns: string[] = [];
  const waiters: Waiter[] = [];
  const matches = (table: string, op: string): boolean =>
    patterns.some((p) => p === `${table}.${op}` || p === `*.${op}` || p === `${table}.*` || p === '*');
  const gate = (table: string, op: TableOperation): Promise<void> =>
    matches(table, op) ? new Promise<void>((go, stop) => waiters.push({ go, stop })) : Promise.resolve();

  const wrap = (name: TableName, inner: EntityTable): EntityTable => ({
    get: async (pk, rk) => (await gate(name, 'get'), inner.get(pk, rk)),
    create: async (e) => (await gate(name, 'create'), inner.create(e)),
    replace: async (e, etag) => (await gate(name, 'replace'), inner.replace(e, etag)),
    upsert: async (e) => (await gate(name, 'upsert'), inner.upsert(e)),
    delete: async (pk, rk) => (await gate(name, 'delete'), inner.delete(pk, rk)),
    query: async (q) => (await gate(name, 'query'), inner.query(q)),
    transaction: async (actions) => (await gate(name, 'transaction'), inner.transaction(actions)),
    ping: async () => (await gate(name, 'ping'), inner.ping()),
  });
  const tables = new Map<TableName, EntityTable>();
  const stores = buildStores((name) => {
    const known = tables.get(name) ?? wrap(name, backend.table(name));
    tables.set(name, known);
    return known;
  });
  return {
    stores,
    hang: (...operations) => void (patterns = operations),
    waiting: () => waiters.length,
    release() {
      patterns = [];
      for (const w of waiters.splice(0)) w.go();
    },
    fail(error) {
      patterns = [];
      for (const w of waiters.splice(0)) w.stop(error);
    },
  };
}
