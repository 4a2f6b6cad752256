// Contract: the practice summary (issue 10 §2). It gives the facts the full records give, so status is the same; it
// is rebuilt from the rows when missing or of another format (practices written before issue 10 included); writes
// stay idempotent and complete under concurrency from two instances; `plans.latest` reads the summary only.
import { describe, expect, it } from 'vitest';
import { currentCounts } from '../../dialogs/shared/practice-facts.js';
import { METRICS, type IntervisieSession, type PracticeFacts } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import type { Entity, EntityTable, StoredEntity, TableName } from '../../storage/entity-table.js';
import { encodeKey } from '../../storage/keys.js';
import type { PracticeRecords, Stores } from '../../storage/ports.js';
import { readChunks, writeChunks } from '../../storage/tables/codec.js';
import { buildStores } from '../../storage/tables/stores.js';
import { SUMMARY_FORMAT } from '../../storage/tables/summary.js';
import { decodeSummary } from '../../storage/tables/summary-codec.js';
import type { ContractTarget } from './contract.js';
import { counting, ctx, lcg, pick } from './fixtures.js';

const P = '01234567';
const YEARS = [
  [{ id: 'awp.triage-training' }, { id: 'gg.positieve-gezondheid' }],
  [{ id: 'awp.triage-training' }, { id: 'awp.lean' }, { id: 'sn.welzijn-op-recept' }, { id: 'sn.wijkteam' }],
];
const VERDICT = { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] };
const NAMES = [undefined, ['AB', 'CD', 'EF'], [' ab', 'Cd', 'GH '], ['AB', 'CD', 'EF']];

async function seedHistory(stores: Stores, sessions = 60): Promise<void> {
  const r = lcg(7);
  for (const [i, interventions] of YEARS.entries()) {
    for (let v = 0; v < 2; v += 1) {
      await stores.plans.saveVersion(
        { practiceId: P, year: i + 1, interventions: interventions.slice(v), verdict: VERDICT },
        ctx(`plan-${i}-${v}`),
      );
    }
  }
  for (let i = 0; i < sessions; i += 1) {
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const gpsAttending = pick(r, NAMES);
    const minutes = pick(r, [undefined, 45, 60, 90]);
    const gpsPresent = pick(r, [undefined, 1, 3]);
    await stores.intervisie.add(
      P,
      {
        date: `${pick(r, ['2024', '2025'])}-${month}-${pick(r, ['03', '17'])}`,
        topic: `t${i}`,
        ...(minutes !== undefined ? { minutes } : {}),
        ...(gpsAttending !== undefined ? { gpsAttending, gpsPresent: 3 } : gpsPresent !== undefined ? { gpsPresent } : {}),
      },
      ctx(`s-${i}`),
    );
  }
  for (let i = 0; i < 30; i += 1) {
    const year = pick(r, ['2024', '2025']);
    const quarter = pick(r, [
      ['01-01', '03-31'],
      ['04-01', '06-30'],
      ['01-01', '12-31'],
    ] as const);
    // loggedAt goes back now and then (another instance's clock): the current entry is still the one the history ends with
    const at = `2025-0${1 + Math.floor(r() * 9)}-01T0${Math.floor(r() * 9)}:00:00.000Z`;
    const entry = { metric: pick(r, METRICS), from: `${year}-${quarter[0]}`, to: `${year}-${quarter[1]}`, value: Math.floor(r() * 40) / 2 };
    await stores.counts.add(P, entry, ctx(`c-${i}`, at));
  }
}

/** The facts as they were read before the summary: every version, every session, every count. */
async function fullRead(stores: Stores): Promise<PracticeRecords> {
  const years = await Promise.all([1, 2, 3].map((y) => stores.plans.history(P, y)));
  const sessions = await stores.intervisie.list(P);
  return {
    plans: years.flatMap((h) => h.slice(-1)),
    intervisie: sessions.map(({ date, minutes, gpsPresent, gpsAttending }) => ({
      date,
      ...(minutes !== undefined ? { minutes } : {}),
      ...(gpsPresent !== undefined ? { gpsPresent } : {}),
      ...(gpsAttending !== undefined ? { gpsAttending } : {}),
    })),
    counts: currentCounts(await stores.counts.history(P)),
  };
}

const facts = (records: PracticeRecords): PracticeFacts => ({
  region: 'hoog',
  subregion: 'apeldoorn',
  startDate: '2024-01-01',
  normpraktijken: 2.5,
  otherFunding: [],
  gps: 3,
  firstInterventionStart: '2024-02-01',
  years: records.plans.map((v) => ({ year: v.year, interventions: v.interventions })),
  intervisie: records.intervisie,
  counts: records.counts,
});

const sorted = (sessions: readonly IntervisieSession[]): string[] => sessions.map((s) => JSON.stringify(s)).sort();

async function expectSameAsFullRead(stores: Stores): Promise<void> {
  const summary = await stores.records.get(P);
  const full = await fullRead(stores);
  expect(summary.plans).toEqual(full.plans);
  expect(await stores.plans.latest(P)).toEqual(full.plans);
  expect(summary.counts).toEqual(full.counts);
  expect(sorted(summary.intervisie)).toEqual(sorted(full.intervisie));
  for (const asOf of ['2024-06-30', '2025-03-15', '2025-12-31', '2026-02-01']) {
    expect(status(facts(summary), asOf)).toEqual(status(facts(full), asOf));
  }
}

/** Moves the rows to the tables they were written to before issue 10, dropping summary, slots and markers. */
async function makeLegacy(table: (name: TableName) => EntityTable): Promise<void> {
  const records = table('records');
  const rows = await records.query({ partitionKey: encodeKey(P) });
  const home: Record<string, TableName> = { 'v|': 'plans', 's|': 'intervisie', 'c|': 'counts' };
  for (const row of rows) {
    const target = home[row.rowKey.slice(0, 2)];
    const properties = Object.fromEntries(
      Object.entries(row.properties).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)),
    );
    if (target !== undefined) await table(target).create({ ...properties, partitionKey: row.partitionKey, rowKey: row.rowKey } as Entity);
    await records.delete(row.partitionKey, row.rowKey);
  }
}

export function summaryContract(target: ContractTarget): void {
  describe('practice summary', () => {
    it('gives the plans, sessions and current counts the full records give, so status is the same', async () => {
      const stores = buildStores(await target.createTables());
      await seedHistory(stores);
      await expectSameAsFullRead(stores);
      expect(await stores.records.get('nobody')).toEqual({ plans: [], intervisie: [], counts: [] });
    });

    it('is rebuilt from the rows when it is missing, of another format, or the rows predate it; writes then continue', async () => {
      const table = await target.createTables();
      const before = buildStores(table);
      await seedHistory(before, 20);
      const expected = await before.records.get(P);
      const history = await before.counts.history(P);
      // the newest entry of a period is the one no other entry supersedes (loggedAt may go back, the sequence does not)
      const [first] = history;
      const period = history.filter((e) => e.metric === first?.metric && e.from === first.from && e.to === first.to);
      const newest = period.find((e) => !period.some((o) => o.supersedes === e.id));
      await makeLegacy(table);
      const after = buildStores(table);
      expect(await after.records.get(P)).toEqual(expected);
      await expectSameAsFullRead(after);

      await table('records').delete(encodeKey(P), 'summary');
      expect(await after.records.get(P)).toEqual(expected);
      await table('records').upsert({ partitionKey: encodeKey(P), rowKey: 'summary', format: 0, seq: 1, summaryChunks: 1, summary0: '{}' });
      expect(await after.records.get(P)).toEqual(expected);

      // numbering continues from the rows written before
      const plan = await after.plans.saveVersion({ practiceId: P, year: 1, interventions: [], verdict: VERDICT }, ctx('plan-after'));
      expect(plan.version.version).toBe(3);
      expect((await after.plans.history(P, 1)).map((v) => v.version)).toEqual([1, 2, 3]);
      if (newest !== undefined) {
        const fix = await after.counts.add(P, { ...newest, value: 99 }, ctx('fix-after', '2026-01-01T00:00:00.000Z'));
        expect(fix.entry.supersedes).toBe(newest.id);
      }
      await after.intervisie.add(P, { date: '2025-05-05', topic: 'after' }, ctx('s-after'));
      expect(await after.intervisie.list(P)).toHaveLength(21);
      await expectSameAsFullRead(after);

      // a summary deleted after writes (its slot rows stay): rebuilt, and the next write claims a free slot
      await table('records').delete(encodeKey(P), 'summary');
      const fresh = buildStores(table);
      for (const day of ['06', '07', '08']) {
        expect((await fresh.intervisie.add(P, { date: `2025-05-${day}`, topic: 'after delete' }, ctx(`s-${day}`))).created).toBe(true);
      }
      expect((await fresh.records.get(P)).intervisie).toHaveLength(24);
      await expectSameAsFullRead(fresh);
    });

    it('reads a summary row of format 1 (the JSON as it was) as it is, and the next write stores format 2', async () => {
      const table = await target.createTables();
      const stores = buildStores(table);
      await seedHistory(stores, 30);
      const expected = await stores.records.get(P);
      const row = await table('records').get(encodeKey(P), 'summary');
      expect(row?.properties['format']).toBe(SUMMARY_FORMAT);
      const summary = decodeSummary(readChunks('summary', row as StoredEntity), SUMMARY_FORMAT, 'summary');
      const properties = { format: 1, seq: row?.properties['seq'] as number, ...writeChunks('summary', JSON.stringify(summary)) };
      await table('records').upsert({ partitionKey: encodeKey(P), rowKey: 'summary', ...properties });

      const ops: string[] = [];
      const older = buildStores(counting(table, ops));
      expect(await older.records.get(P)).toEqual(expected);
      expect(ops).toEqual(['records.get']); // read as it is: no rebuild, no rewrite
      await expectSameAsFullRead(older);
      await older.intervisie.add(P, { date: '2025-06-06', topic: 'after format 1', minutes: 60 }, ctx('s-format-1'));
      expect((await table('records').get(encodeKey(P), 'summary'))?.properties['format']).toBe(SUMMARY_FORMAT);
      expect((await older.records.get(P)).intervisie).toHaveLength(31);
      await expectSameAsFullRead(older);
    });

    it('records every concurrent write of two instances, and a concurrent double click once', async () => {
      const table = await target.createTables();
      const [a, b] = [buildStores(table), buildStores(table)];
      const add = (s: Stores, key: string, day: number) =>
        s.intervisie.add(P, { date: `2025-02-${String(day).padStart(2, '0')}`, topic: key, minutes: 60 }, ctx(key));
      const results = await Promise.all([
        ...[1, 2, 3, 4, 5].map((d) => add(a, `a${d}`, d)),
        ...[1, 2, 3, 4, 5].map((d) => add(b, `b${d}`, d)),
        add(a, 'twice', 9),
        add(b, 'twice', 9),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(11);
      expect((await a.records.get(P)).intervisie).toHaveLength(11);
      expect(await b.intervisie.list(P)).toHaveLength(11);
      const plans = await Promise.all(
        [a, b, a, b].map((s, i) => s.plans.saveVersion({ practiceId: P, year: 1, interventions: [], verdict: VERDICT }, ctx(`p${i}`))),
      );
      expect(plans.map((p) => p.version.version).sort()).toEqual([1, 2, 3, 4]);
      expect((await b.plans.latest(P)).map((v) => v.version)).toEqual([4]);
    });

    it('reads one row for plans.latest and records.get, however many versions and sessions there are', async () => {
      const ops: string[] = [];
      const tables = await target.createTables();
      const stores = buildStores(counting(tables, ops));
      await seedHistory(stores, 30);
      for (let v = 0; v < 10; v += 1) {
        await stores.plans.saveVersion({ practiceId: P, year: 2, interventions: [], verdict: VERDICT }, ctx(`more-${v}`));
      }
      ops.length = 0;
      await stores.plans.latest(P);
      await stores.records.get(P);
      expect(ops).toEqual(['records.get', 'records.get']);
      ops.length = 0;
      // a write builds on the summary this process just read: the transaction alone
      await stores.intervisie.add(P, { date: '2025-06-01', topic: 'one more' }, ctx('one-more'));
      expect(ops).toEqual(['records.transaction']);
      // a process that has not read it yet reads it first
      const fresh: string[] = [];
      await buildStores(counting(tables, fresh)).intervisie.add(P, { date: '2025-06-02', topic: 'x' }, ctx('other'));
      expect(fresh).toEqual(['records.get', 'records.transaction']);
    });

    it('builds on a summary another process has moved on since: the write fails, reads the summary and lands once', async () => {
      const table = await target.createTables();
      const ops: string[] = [];
      const [a, b] = [buildStores(counting(table, ops)), buildStores(table)];
      const add = (s: Stores, key: string, day: number) =>
        s.intervisie.add(P, { date: `2025-03-${String(day).padStart(2, '0')}`, topic: key, minutes: 60 }, ctx(key));
      for (let day = 1; day <= 6; day += 1) await add(day % 2 === 1 ? a : b, `k${day}`, day);
      ops.length = 0;
      const last = await add(a, 'k7', 7);
      // a's summary is the one before b's write: its slot is taken (409); no marker of its own (not a retry that landed),
      // so it reads the summary and writes again
      expect(ops).toEqual(['records.transaction', 'records.get', 'records.get', 'records.transaction']);
      expect(last.created).toBe(true);
      expect(last.records.intervisie.map((s) => s.date)).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => `2025-03-0${d}`));
      expect((await b.records.get(P)).intervisie).toHaveLength(7);
      expect(await a.intervisie.list(P)).toHaveLength(7);
    });
  });
}
