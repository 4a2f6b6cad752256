// Contract: practices served from memory for a while (issue 10 §1, storage/tables/practices.ts PracticeCacheOptions).
// A read within the time makes no request; this process's own writes are seen at once; another instance's write is
// seen once the time is up; a write on a copy that went stale is refused and the next read goes to storage; 0 reads always.
import { describe, expect, it } from 'vitest';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import { ConcurrencyError } from '../../storage/errors.js';
import { buildStores } from '../../storage/tables/stores.js';
import type { ContractTarget } from './contract.js';
import { counting, ctx, practice } from './fixtures.js';

const TTL = 15_000;
const ID = '12345678';

function cached(tables: (name: TableName) => EntityTable, ops: string[], clock: { now: number }, ttlMs = TTL) {
  return buildStores(counting(tables, ops), { practiceCache: { ttlMs, now: () => clock.now } });
}

export function practiceCacheContract(target: ContractTarget): void {
  describe('practices served from memory', () => {
    it('reads a practice once within the time, and sees its own writes at once', async () => {
      const tables = await target.createTables();
      const [ops, clock] = [[] as string[], { now: 0 }];
      const stores = cached(tables, ops, clock);
      const created = await stores.practices.save(practice(ID, { teamId: 'team-a' }), ctx('k1'));
      ops.length = 0;
      expect(await stores.practices.get(ID)).toEqual(created);
      expect((await stores.practices.findByTeam('team-a'))?.value.id).toBe(ID);
      expect(ops).toEqual(['practices.get']); // the team index; the practice is the one this process wrote
      // what a caller changes on its copy is not what the next caller gets
      const read = await stores.practices.get(ID);
      if (read) read.value.name = 'gewijzigd in het geheugen';
      expect((await stores.practices.get(ID))?.value.name).toBe(practice(ID).name);
      const renamed = await stores.practices.save({ ...created.value, name: 'Nieuwe naam' }, ctx('k2'), created.etag);
      clock.now = TTL - 1;
      ops.length = 0;
      expect(await stores.practices.get(ID)).toEqual(renamed);
      expect(ops).toEqual([]);
    });

    it("sees another instance's write once the time is up, and refuses a write on the copy that went stale", async () => {
      const tables = await target.createTables();
      const [ops, clock] = [[] as string[], { now: 0 }];
      const here = cached(tables, ops, clock);
      const elsewhere = buildStores(tables);
      const created = await here.practices.save(practice(ID), ctx('k1'));
      await elsewhere.practices.save({ ...created.value, name: 'Elders gewijzigd' }, ctx('k2'), created.etag);
      const stale = await here.practices.get(ID);
      expect(stale?.value.name).toBe(practice(ID).name);
      // a write on it cannot overwrite the newer version
      await expect(here.practices.save({ ...created.value, gps: 9 }, ctx('k3'), stale?.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      // the refused write read the version storage has (was it a retry that landed?): that is what is served now
      ops.length = 0;
      expect((await here.practices.get(ID))?.value.name).toBe('Elders gewijzigd');
      expect(ops).toEqual([]);

      await elsewhere.practices.save({ ...created.value, name: 'Nog eens' }, ctx('k4'), (await elsewhere.practices.get(ID))?.etag);
      clock.now = TTL;
      expect((await here.practices.get(ID))?.value.name).toBe('Nog eens');
    });

    it('reads every time with 0 seconds, as the stores do by default', async () => {
      const tables = await target.createTables();
      const [ops, clock] = [[] as string[], { now: 0 }];
      const stores = cached(tables, ops, clock, 0);
      await stores.practices.save(practice(ID), ctx('k1'));
      ops.length = 0;
      await stores.practices.get(ID);
      await stores.practices.get(ID);
      expect(ops).toEqual(['practices.get', 'practices.get']);
      const plain: string[] = [];
      const byDefault = buildStores(counting(tables, plain));
      await byDefault.practices.get(ID);
      await byDefault.practices.get(ID);
      expect(plain).toEqual(['practices.get', 'practices.get']);
    });
  });
}
