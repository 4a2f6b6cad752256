// Contract: correcting and deleting intervisie sessions and counts (issue 13 §5). Nothing is deleted: the entry keeps
// its row with a tombstone; the summary, the audit entry and the region copy follow the same write; a double click
// records once; an entry changed since it was listed is refused; storage faults reach the caller.
import { describe, expect, it } from 'vitest';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import { ConcurrencyError, StorageUnavailableError } from '../../storage/errors.js';
import { encodeKey } from '../../storage/keys.js';
import type { Stores, WriteContext } from '../../storage/ports.js';
import { RegionMirror } from '../../storage/tables/region-mirror.js';
import { buildStores } from '../../storage/tables/stores.js';
import { recordsOf } from '../../storage/tables/summary.js';
import type { ContractTarget } from './contract.js';
import { ctx, practice } from './fixtures.js';

const P = '01234567';
const LATER = '2025-04-01T10:00:00.000Z';

function by(key: string, actor = 'aad-manager', name = 'Anne de Vries'): WriteContext {
  return { actor: { id: actor, name }, idempotencyKey: key, at: LATER, audit: { action: 'entry.test', detail: { key } } };
}

async function seeded(table: (name: TableName) => EntityTable): Promise<Stores> {
  const stores = buildStores(table);
  // saving the practice tells the stores its region: every record write then copies its summary there
  await stores.practices.save(practice(P), ctx('link'));
  await stores.intervisie.add(P, { date: '2025-02-03', topic: 'Triage', minutes: 60, gpsPresent: 2 }, ctx('s1'));
  await stores.intervisie.add(P, { date: '2025-02-03', topic: 'Lean', minutes: 60, gpsPresent: 2 }, ctx('s2'));
  await stores.counts.add(P, { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 4 }, ctx('c1'));
  await stores.counts.add(
    P,
    { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 6 },
    ctx('c2', '2025-03-02T09:00:00.000Z'),
  );
  return stores;
}

async function find(stores: Stores, test: (text: string) => boolean) {
  const entry = (await stores.entries.recent(P, 10)).find((e) => test(JSON.stringify(e.value)));
  if (entry === undefined) throw new Error('entry not found');
  return entry;
}

/** The records as the region copy has them, and as they are rebuilt from the rows alone. */
async function copies(table: (name: TableName) => EntityTable) {
  const { found } = await new RegionMirror(table('records')).read('hoog', new Set([P]));
  const mirrored = found.get(P);
  await table('records').delete(encodeKey(P), 'summary');
  const rebuilt = await buildStores(table).records.get(P);
  return { mirror: mirrored && recordsOf(mirrored.summary), rebuilt };
}

export function entriesContract(target: ContractTarget): void {
  describe('entries: correct and delete', () => {
    it('deletes a session with a tombstone; status, summary, audit and region copy follow', async () => {
      const table = await target.createTables();
      const stores = await seeded(table);
      const lean = await find(stores, (v) => v.includes('Lean'));
      const { created, records, entry } = await stores.entries.remove(P, lean, by('del-1'));
      expect(created).toBe(true);
      expect(entry.value.removed).toEqual({ by: 'aad-manager', byName: 'Anne de Vries', at: LATER });
      expect(records.intervisie).toEqual([{ date: '2025-02-03', minutes: 60, gpsPresent: 2 }]);
      expect((await stores.intervisie.list(P)).map((s) => s.topic)).toEqual(['Triage']);
      // the row stays: listed as deleted, with who and when
      const listed = await stores.entries.get(P, lean.key);
      expect(listed?.value.removed?.byName).toBe('Anne de Vries');
      expect((await stores.entries.recent(P, 10)).filter((e) => e.value.removed)).toHaveLength(1);
      expect((await stores.audit.list(P)).filter((e) => e.action === 'entry.test')).toHaveLength(1);
      const { mirror, rebuilt } = await copies(table);
      expect(mirror).toEqual(records);
      expect(rebuilt).toEqual(records);
    });

    it('corrects a session to another day: old tombstoned with the new id, the new one counted', async () => {
      const table = await target.createTables();
      const stores = await seeded(table);
      const triage = await find(stores, (v) => v.includes('Triage'));
      const fix = { date: '2025-02-10', topic: 'Triage', minutes: 90, gpsPresent: 3, participants: 5 };
      const { entry, records } = await stores.entries.correctSession(P, triage, fix, by('fix-1'));
      expect(entry.value).toMatchObject({ ...fix, corrects: triage.value.id, loggedBy: 'aad-manager' });
      expect((await stores.entries.get(P, triage.key))?.value.removed?.correctedBy).toBe(entry.value.id);
      expect(records.intervisie).toEqual([
        { date: '2025-02-03', minutes: 60, gpsPresent: 2 },
        { date: '2025-02-10', minutes: 90, gpsPresent: 3 },
      ]);
      expect(await stores.records.get(P)).toEqual(records);
      const { mirror, rebuilt } = await copies(table);
      expect(mirror).toEqual(records);
      expect(rebuilt).toEqual(records);
    });

    it('corrects and deletes counts: a deleted period shows no count, the superseded value does not come back', async () => {
      const table = await target.createTables();
      const stores = await seeded(table);
      const six = await find(stores, (v) => v.includes('"value":6'));
      const fixed = await stores.entries.correctCount(
        P,
        six,
        { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 7 },
        by('fix-c'),
      );
      expect(fixed.records.counts).toEqual([{ metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 7 }]);
      const seven = await stores.entries.get(P, fixed.entry.key);
      if (seven === undefined) throw new Error('corrected count not stored');
      const { records } = await stores.entries.remove(P, seven, by('del-c'));
      expect(records.counts).toEqual([]);
      expect((await stores.counts.history(P)).map((e) => [e.value, e.removed !== undefined])).toEqual([
        [4, false],
        [6, true],
        [7, true],
      ]);
      // a new count for the period afterwards counts again
      const again = await stores.counts.add(P, { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-31', value: 9 }, by('new-c'));
      expect(again.records.counts.map((c) => c.value)).toEqual([9]);
      const { mirror, rebuilt } = await copies(table);
      expect(mirror).toEqual(again.records);
      expect(rebuilt).toEqual(again.records);
    });

    it('records a double click or a retry once, also when both arrive at once', async () => {
      const stores = await seeded(await target.createTables());
      const lean = await find(stores, (v) => v.includes('Lean'));
      const [a, b] = await Promise.all([stores.entries.remove(P, lean, by('twice')), stores.entries.remove(P, lean, by('twice'))]);
      expect([a.created, b.created].sort()).toEqual([false, true]);
      const again = await stores.entries.remove(P, lean, by('twice'));
      expect(again.created).toBe(false);
      expect(again.entry.value.removed?.byName).toBe('Anne de Vries');
      expect((await stores.audit.list(P)).filter((e) => e.action === 'entry.test')).toHaveLength(1);
      expect((await stores.records.get(P)).intervisie).toHaveLength(1);
    });

    it('refuses a change to an entry another manager changed since it was listed, overwriting nothing', async () => {
      const stores = await seeded(await target.createTables());
      const triage = await find(stores, (v) => v.includes('Triage'));
      const fix = { date: '2025-02-03', topic: 'Triage en telefoon', minutes: 60, gpsPresent: 2 };
      const first = await stores.entries.correctSession(P, triage, fix, by('anne'));
      const before = await stores.records.get(P);
      await expect(stores.entries.remove(P, triage, by('jan', 'aad-jan', 'Jan Bakker'))).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores.entries.correctSession(P, triage, { ...fix, topic: 'Jan' }, by('jan-2', 'aad-jan'))).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      expect((await stores.entries.get(P, triage.key))?.value.removed?.correctedBy).toBe(first.entry.value.id);
      expect(await stores.records.get(P)).toEqual(before);
      expect((await stores.intervisie.list(P)).map((s) => s.topic).sort()).toEqual(['Lean', 'Triage en telefoon']);
    });

    it('reports a storage fault and stores nothing', async () => {
      const tables = await target.createTables();
      let down = false;
      const faulty = (name: TableName): EntityTable => {
        const table = tables(name);
        return new Proxy(table, {
          get(t, prop, receiver) {
            const value: unknown = Reflect.get(t, prop, receiver);
            if (prop !== 'transaction' || typeof value !== 'function') return value;
            return (...args: unknown[]) =>
              down ? Promise.reject(new StorageUnavailableError('simulated')) : Reflect.apply(value, t, args);
          },
        });
      };
      const stores = await seeded(faulty);
      const lean = await find(stores, (v) => v.includes('Lean'));
      down = true;
      await expect(stores.entries.remove(P, lean, by('fault'))).rejects.toBeInstanceOf(StorageUnavailableError);
      down = false;
      expect((await stores.entries.get(P, lean.key))?.value.removed).toBeUndefined();
      expect((await stores.records.get(P)).intervisie).toHaveLength(2);
    });
  });
}
