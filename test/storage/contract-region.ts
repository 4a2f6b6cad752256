// Contract: a region's practices with their records (issue 11 §4) in requests that grow with pages, not practices; the
// same facts as reading each practice; a copy that landed late, a practice that moved region and a practice written
// without a copy all still give the current facts.
import { describe, expect, it } from 'vitest';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import type { Stores } from '../../storage/ports.js';
import { RegionMirror } from '../../storage/tables/region-mirror.js';
import { buildStores } from '../../storage/tables/stores.js';
import { EMPTY_SUMMARY } from '../../storage/tables/summary.js';
import type { ContractTarget } from './contract.js';
import { ctx, practice } from './fixtures.js';

const PAGE = 1_000;

/** Tables that count requests as Azure Tables would: one per operation, a query one per page of 1,000 rows. */
function pageCounting(tables: (name: TableName) => EntityTable, count: { n: number }): (name: TableName) => EntityTable {
  return (name) =>
    new Proxy(tables(name), {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          const result = (await Reflect.apply(value, target, args)) as unknown;
          count.n += prop === 'query' && Array.isArray(result) ? Math.max(1, Math.ceil(result.length / PAGE)) : 1;
          return result;
        };
      },
    });
}

async function seed(stores: Stores, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 1) {
    const id = `p${String(i).padStart(5, '0')}`;
    await stores.practices.save(practice(id, { region: i % 5 === 0 ? 'eemland' : 'hoog' }), ctx(`link-${id}`));
    await stores.intervisie.add(id, { date: '2025-03-03', topic: `Sessie ${i}`, minutes: 60 }, ctx(`s-${id}`));
  }
}

/** The region read as one practice at a time would give it. */
async function oneByOne(stores: Stores, region: 'hoog' | 'eemland') {
  const practices = await stores.practices.listByRegion(region);
  return Promise.all(practices.map(async (p) => ({ practice: p, records: await stores.records.get(p.id) })));
}

export function regionContract(target: ContractTarget): void {
  describe('records of a region', () => {
    it('reads N and 10N practices in the same number of requests, with the facts of each', async () => {
      const count = { n: 0 };
      const stores = buildStores(pageCounting(await target.createTables(), count));
      await seed(stores, 0, 20);
      count.n = 0;
      const few = await stores.records.listByRegion('hoog');
      const fewRequests = count.n;
      expect(few).toEqual(await oneByOne(stores, 'hoog'));
      expect(few).toHaveLength(16);

      await seed(stores, 20, 200);
      count.n = 0;
      const many = await stores.records.listByRegion('hoog');
      expect(count.n).toBe(fewRequests);
      expect(fewRequests).toBeLessThanOrEqual(2); // the practices' page and the copies' page
      expect(many).toHaveLength(160);
      expect(many).toEqual(await oneByOne(stores, 'hoog'));
      expect((await stores.records.listByRegion('eemland')).map((p) => p.practice.id)).toEqual(
        (await stores.practices.listByRegion('eemland')).map((p) => p.id),
      );
    });

    it('takes the newest copy when an older one lands last, in at most two rows a practice', async () => {
      const tables = await target.createTables();
      const stores = buildStores(tables);
      await stores.practices.save(practice('a'), ctx('link'));
      await stores.intervisie.add('a', { date: '2025-03-03', topic: 'Eerste' }, ctx('s1'));
      await stores.intervisie.add('a', { date: '2025-03-04', topic: 'Tweede' }, ctx('s2'));
      // the first write's copy (sequence 1) arriving after the second's
      await new RegionMirror(tables('records')).write('hoog', 'a', { summary: EMPTY_SUMMARY, seq: 1 });
      const [read] = await stores.records.listByRegion('hoog');
      expect(read?.records.intervisie.map((s) => s.date)).toEqual(['2025-03-03', '2025-03-04']);
      for (let i = 5; i < 12; i += 1) await stores.intervisie.add('a', { date: `2025-03-${i + 10}`, topic: `Sessie ${i}` }, ctx(`s${i}`));
      const rows = await tables('records').query({ partitionKey: 'region|hoog' });
      expect(rows.map((r) => r.rowKey)).toEqual(['a|0', 'a|1']);
      const [again] = await stores.records.listByRegion('hoog');
      expect(again?.records.intervisie).toHaveLength(9);
    });

    it('deletes a superseded row of the first layout (a row per write), never a slot row', async () => {
      const tables = await target.createTables();
      const stores = buildStores(tables);
      await stores.practices.save(practice('a'), ctx('link'));
      await stores.intervisie.add('a', { date: '2025-03-03', topic: 'Eerste' }, ctx('s1'));
      const [slot] = await tables('records').query({ partitionKey: 'region|hoog' });
      // as a process before the slots wrote it: sequence 0, superseded by the slot row of sequence 1
      await tables('records').upsert({ ...slot?.properties, partitionKey: 'region|hoog', rowKey: 'a|0000000000', seq: 0 } as never);
      await stores.intervisie.add('a', { date: '2025-03-04', topic: 'Tweede' }, ctx('s2'));
      const [read] = await stores.records.listByRegion('hoog');
      expect(read?.records.intervisie).toHaveLength(2);
      const rows = await tables('records').query({ partitionKey: 'region|hoog' });
      expect(rows.map((r) => r.rowKey)).toEqual(['a|0', 'a|1']);
    });

    it('follows a practice to its new region, and reads one whose writer did not know its region', async () => {
      const tables = await target.createTables();
      const stores = buildStores(tables);
      const a = await stores.practices.save(practice('a'), ctx('link'));
      await stores.intervisie.add('a', { date: '2025-03-03', topic: 'Eerste' }, ctx('s1'));
      await stores.practices.save({ ...a.value, region: 'eemland' }, ctx('move'), a.etag);
      // another process that never read the practice: no copy for this write
      await buildStores(tables).intervisie.add('a', { date: '2025-03-04', topic: 'Tweede' }, ctx('s2'));

      expect(await stores.records.listByRegion('hoog')).toEqual([]);
      expect(await tables('records').query({ partitionKey: 'region|hoog' })).toEqual([]);
      const moved = await stores.records.listByRegion('eemland');
      expect(moved.map((p) => [p.practice.region, p.records.intervisie.length])).toEqual([['eemland', 2]]);
      // the copy written by that read serves the next one
      const count = { n: 0 };
      const counted = buildStores(pageCounting(tables, count));
      expect(await counted.records.listByRegion('eemland')).toEqual(moved);
      expect(count.n).toBe(2);
    });
  });
}
