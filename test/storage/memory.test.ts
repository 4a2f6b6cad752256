// The storage contract on the in-memory stores, plus what only they offer: simulated faults.
import { describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../storage/errors.js';
import { TABLE_NAMES, type TableName } from '../../storage/entity-table.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import { MemoryEntityTable } from '../../storage/memory/memory-table.js';
import { storageContract } from './contract.js';
import { ctx, practice } from './fixtures.js';

storageContract('memory', {
  create: async () => createMemoryStores(),
  createFaulty: async () => createMemoryStores({ failWith: () => new StorageUnavailableError('simulated outage') }),
  createTables: async () => {
    const tables = new Map<TableName, MemoryEntityTable>(TABLE_NAMES.map((name) => [name, new MemoryEntityTable()]));
    return (name) => tables.get(name) ?? new MemoryEntityTable();
  },
});

describe('memory stores', () => {
  it('keep their state per instance', async () => {
    const a = createMemoryStores();
    const b = createMemoryStores();
    await a.practices.save(practice('p1'), ctx('k'));
    expect(await b.practices.get('p1')).toBeUndefined();
  });

  it('fail while a fault is switched on and recover after', async () => {
    let down = false;
    const stores = createMemoryStores({ failWith: () => (down ? new StorageUnavailableError('simulated') : undefined) });
    await stores.practices.save(practice('p1'), ctx('k'));
    down = true;
    await expect(stores.practices.get('p1')).rejects.toBeInstanceOf(StorageUnavailableError);
    down = false;
    expect((await stores.practices.get('p1'))?.value.id).toBe('p1');
  });
});
