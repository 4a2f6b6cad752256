// Contract: a record and its audit entry are one transaction (issue 12 §3). Both are stored or neither; the log lists
// them with the entries of the audit table (older ones, and actions that are not records), newest first.
import { describe, expect, it } from 'vitest';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { encodeKey } from '../../storage/keys.js';
import { buildStores } from '../../storage/tables/stores.js';
import type { ContractTarget } from './contract.js';
import { counting, ctx } from './fixtures.js';

/** Tables whose `records` transactions fail while `down` says so (the rest answers). */
function failingTransactions(tables: (name: TableName) => EntityTable, down: () => boolean): (name: TableName) => EntityTable {
  return (name) => {
    const table = tables(name);
    if (name !== 'records') return table;
    return new Proxy(table, {
      get(target, prop, receiver) {
        if (prop === 'transaction' && down()) return () => Promise.reject(new StorageUnavailableError('records down'));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
  };
}

export function auditContract(target: ContractTarget): void {
  describe('audit entries written with records', () => {
    it('commits the entry in the record transaction: one request, listed newest first with the older entries', async () => {
      const ops: string[] = [];
      const tables = counting(await target.createTables(), ops);
      const stores = buildStores(tables);
      await stores.audit.append({ practiceId: 'p1', action: 'practice.linked', actor: 'u1', at: '2025-01-01T09:00:00.000Z' });
      await stores.intervisie.add('p1', { date: '2025-02-03', topic: 'Verwijzen' }, ctx('warm', '2025-02-03T10:00:00.000Z'));
      ops.length = 0;
      const audit = { action: 'intervisie.logged', detail: { date: '2025-03-03' } };
      await stores.intervisie.add('p1', { date: '2025-03-03', topic: 'Astma' }, { ...ctx('s1', '2025-03-03T10:00:00.000Z'), audit });
      expect(ops).toEqual(['records.transaction']); // on the summary its previous write left
      const count = { action: 'count.logged', detail: { metric: 'wor-referrals', value: 12 } };
      await stores.counts.add(
        'p1',
        { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 12 },
        { ...ctx('c1', '2025-04-01T10:00:00.000Z'), audit: count },
      );
      const verdict = { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] };
      const plan = { action: 'plan.saved', detail: { year: 1, by: 'Dr. Jansen' } };
      await stores.plans.saveVersion(
        { practiceId: 'p1', year: 1, interventions: [], verdict },
        { ...ctx('v1', '2025-05-01T10:00:00.000Z'), audit: plan },
      );
      // a retry of the same write stores nothing more
      await stores.intervisie.add('p1', { date: '2025-03-03', topic: 'Astma' }, { ...ctx('s1', '2025-03-03T11:00:00.000Z'), audit });

      const log = await stores.audit.list('p1');
      expect(log.map((e) => [e.action, e.at])).toEqual([
        ['plan.saved', '2025-05-01T10:00:00.000Z'],
        ['count.logged', '2025-04-01T10:00:00.000Z'],
        ['intervisie.logged', '2025-03-03T10:00:00.000Z'],
        ['practice.linked', '2025-01-01T09:00:00.000Z'],
      ]);
      expect(log[0]).toEqual({
        practiceId: 'p1',
        action: 'plan.saved',
        actor: 'aad-user-1',
        at: '2025-05-01T10:00:00.000Z',
        detail: { year: 1, by: 'Dr. Jansen', version: 1 },
      });
      expect((await stores.audit.list('p1', 2)).map((e) => e.action)).toEqual(['plan.saved', 'count.logged']);
      expect(await stores.audit.list('p2')).toEqual([]);
      // a summary rebuilt from the partition's rows is not disturbed by the audit rows in it
      const before = await stores.records.get('p1');
      await tables('records').delete(encodeKey('p1'), 'summary');
      expect(await buildStores(tables).records.get('p1')).toEqual(before);
    });

    it('keeps two records with equal entries apart, and stores neither record nor entry when the transaction fails', async () => {
      let down = false;
      const stores = buildStores(failingTransactions(await target.createTables(), () => down));
      const audit = { action: 'intervisie.logged', detail: { date: '2025-03-03' } };
      const at = '2025-03-03T10:00:00.000Z';
      await stores.intervisie.add('p1', { date: '2025-03-03', topic: 'Astma' }, { ...ctx('a', at), audit });
      await stores.intervisie.add('p1', { date: '2025-03-03', topic: 'Astma' }, { ...ctx('b', at), audit });
      expect(await stores.audit.list('p1')).toHaveLength(2);

      down = true;
      await expect(stores.intervisie.add('p1', { date: '2025-03-04', topic: 'COPD' }, { ...ctx('c', at), audit })).rejects.toThrow(
        StorageUnavailableError,
      );
      down = false;
      expect(await stores.intervisie.list('p1')).toHaveLength(2);
      expect(await stores.audit.list('p1')).toHaveLength(2);
    });
  });
}
