// The weekly RHO summary bench (issue 11 §4, `npm run bench -- weekly`, also part of `npm run bench`): 5,000 practices
// of one region, each with a three-year plan and three years of logs (monthly intervisie, quarterly counts), on an
// in-memory Azurite that counts the requests it serves; the evaluator (dialogs/rho-summary/weekly.ts) runs as the job runs it.
// Prints wall time against the goal (≤ 5 s) and the Table requests of the evaluation, for two region sizes, so it shows
// whether requests grow with pages or with practices. Seeding: one practice written through the stores (plan, 36
// intervisie sessions, 12 counts), then its practice row and its records summary row copied for the others (practice
// rows in batches of 100), so every practice reads as having the same three years of logs. The raw log rows stay with
// the first practice: the summary row is what status and the weekly summary read; a storage layout that reads
// something else needs this seed changed with it.
import { TableClient } from '@azure/data-tables';
import pLimit from 'p-limit';
import { evaluateWeeklySummary } from '../../dialogs/rho-summary/weekly.js';
import { randomUUID } from 'node:crypto';
import { cardBytes, summaryCards } from '../../dialogs/rho-summary/pages.js';
import { summarise } from '../../dialogs/rho-summary/rows.js';
import type { CheckMemo } from '../../dialogs/shared/plan-now.js';
import type { Entity, EntityValue, StoredEntity, TableName } from '../../storage/entity-table.js';
import { AzureEntityTable } from '../../storage/tables/azure-table.js';
import { createTableStores, tableName } from '../../storage/tables/index.js';
import type { Stores } from '../../storage/ports.js';
import { startCountingAzurite } from '../support/azurite.js';
import { fmt, fmtInt, machine, table } from './measure.js';
import { addDays, BENCH_START_DATE, benchPractice, seedLinkedPractice, seedSessions } from './seed.js';

const GOAL_MS = 5_000;
const SIZES = [1_000, 5_000];
const SUBREGIONS = ['apeldoorn', 'deventer', 'zutphen', 'harderwijk', 'ede'];
const RHO_TEAM = '19:bench-rho@thread.tacv2';
const NOW = new Date('2027-04-05T07:00:00.000Z'); // a Monday, three years after the bench practices started
const COPY_CONCURRENCY = 16;
const AT = { actor: { id: 'bench-seed' }, at: NOW.toISOString() };

function raw(connectionString: string, name: TableName): AzureEntityTable {
  return new AzureEntityTable(
    TableClient.fromConnectionString(connectionString, tableName('mtvp', name), { allowInsecureConnection: true }),
    60_000,
    true,
  );
}

/** The stored row as a row to write, with `from` replaced by `to` in its keys and text (ids are equal-length AGB codes). */
function copyOf(row: StoredEntity, from: string, to: string, extra: Record<string, EntityValue> = {}): Entity {
  const swap = (s: string): string => s.replaceAll(from, to);
  const entity: Entity = { partitionKey: swap(row.partitionKey), rowKey: swap(row.rowKey) };
  for (const [key, value] of Object.entries(row.properties)) {
    if (key === 'partitionKey' || key === 'rowKey' || key === 'etag' || key === 'timestamp' || key.startsWith('odata')) continue;
    if (typeof value === 'string') entity[key] = swap(value);
    else if (typeof value === 'number' || typeof value === 'boolean') entity[key] = value;
    else if (typeof value === 'bigint') entity[key] = Number(value);
  }
  return { ...entity, ...extra };
}

/** Practices 1 … `count` of region HOOG; practice 1 written through the stores, the others copied from it. */
async function seed(stores: Stores, connectionString: string, count: number, from: number): Promise<void> {
  const template = benchPractice(1);
  if (from === 1) {
    await seedLinkedPractice(stores, template);
    await seedSessions(stores, template, 36, addDays(BENCH_START_DATE, 3 * 365));
    for (let q = 0; q < 12; q += 1) {
      const start = addDays(BENCH_START_DATE, q * 91);
      const entry = { metric: 'wor-referrals' as const, from: start, to: addDays(start, 90), value: 3 + (q % 4) };
      await stores.counts.add(template.id, entry, { ...AT, idempotencyKey: `bench-count-${q}` });
    }
    from = 2;
  }
  const practices = raw(connectionString, 'practices');
  const records = raw(connectionString, 'records');
  const [practiceRow] = await practices.query({ partitionKey: 'practice', where: { id: template.id } });
  const summaryRow = await records.get(template.id, 'summary');
  if (practiceRow === undefined || summaryRow === undefined) throw new Error('the template practice was not written');
  const limit = pLimit(COPY_CONCURRENCY);
  const ids = Array.from({ length: count - from + 1 }, (_, i) => from + i);
  // The summary row carries the three years of logs that status and the summary read (storage/tables/summary.ts), and
  // the region's copy of it is what the region read takes (storage/tables/region-mirror.ts): both copied.
  const [mirrorRow] = (await records.query({ partitionKey: 'region|hoog' }))
    .filter((r) => r.rowKey.startsWith(`${template.id}|`))
    .sort((a, b) => Number(b.properties['seq']) - Number(a.properties['seq']));
  if (mirrorRow === undefined) throw new Error('the template practice has no region copy');
  await Promise.all(ids.map((n) => limit(() => records.upsert(copyOf(summaryRow, template.id, benchPractice(n).id)))));
  await Promise.all(ids.map((n) => limit(() => records.upsert(copyOf(mirrorRow, template.id, benchPractice(n).id)))));
  const rows = ids.map((n) => {
    const p = benchPractice(n);
    const subregion = SUBREGIONS[n % SUBREGIONS.length] ?? 'apeldoorn';
    return copyOf(practiceRow, template.id, p.id, { name: p.name, subregion, teamId: p.teamId ?? '', channelId: p.channelId ?? '' });
  });
  const batches = Array.from({ length: Math.ceil(rows.length / 100) }, (_, i) => rows.slice(i * 100, i * 100 + 100));
  await Promise.all(batches.map((b) => limit(() => practices.transaction(b.map((r) => ['upsert', r] as const)))));
}

export async function weeklyBench(): Promise<void> {
  console.log(`\nWeekly RHO summary: one region, ${SIZES.join(' and ')} practices with 3 years of logs; machine: ${machine()}`);
  const azurite = await startCountingAzurite();
  const requests = azurite.requests;
  try {
    const seedStores = await createTableStores({ connectionString: azurite.connectionString, allowInsecureConnection: true });
    // Stores of their own, as a job process has: no summary this process parsed while seeding.
    const counted = await createTableStores({
      connectionString: azurite.connectionString,
      allowInsecureConnection: true,
      createTables: false,
    });
    await seedStores.consultantChannels.set(
      { region: 'hoog', teamId: RHO_TEAM, channelId: RHO_TEAM, linkedBy: 'bench', linkedAt: AT.at },
      { ...AT, idempotencyKey: 'bench-rho' },
    );
    const rows: string[][] = [];
    let seeded = 0;
    for (const size of SIZES) {
      const seedStart = performance.now();
      await seed(seedStores, azurite.connectionString, size, seeded + 1);
      seeded = size;
      const seedMs = performance.now() - seedStart;
      const before = await requests();
      const start = performance.now();
      const cpu = process.cpuUsage();
      const messages = await evaluateWeeklySummary({ stores: counted, now: NOW, rhoTeams: { hoog: [RHO_TEAM] } });
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const served = (await requests()) - before;
      const cards = messages.flatMap((m) => m.cards);
      // The same work without storage: rows, plan checks and cards from the listing already read.
      const listed = await seedStores.records.listByRegion('hoog');
      const computeStart = performance.now();
      const computeCpuStart = process.cpuUsage();
      const today = NOW.toISOString().slice(0, 10);
      const memo: CheckMemo = new Map();
      summaryCards({
        locale: 'nl',
        newId: randomUUID,
        regionName: 'HOOG',
        today,
        // as regionSummaries does it: each distinct plan checked once in the pass
        summaries: listed.map((p) => summarise(p, today, memo)),
        paging: false,
      });
      const computeMs = performance.now() - computeStart;
      const computeCpu = process.cpuUsage(computeCpuStart);
      const biggest = Math.max(...cards.map((c) => cardBytes(c as never)));
      rows.push([
        fmtInt(size),
        fmt(seedMs / 1000, 1),
        fmtInt(Math.round(ms)),
        fmtInt(Math.round(cpuMs)),
        fmtInt(Math.round(computeMs)),
        fmtInt(Math.round((computeCpu.user + computeCpu.system) / 1000)),
        fmtInt(served),
        fmt(served / size, 2),
        fmtInt(cards.length),
        fmt(biggest / 1000, 1),
        ms <= GOAL_MS ? 'met' : 'NOT met',
      ]);
    }
    console.log(
      table(
        [
          'practices',
          'seed s',
          'evaluate ms',
          'CPU ms',
          'without storage ms',
          'its CPU ms',
          'Table requests',
          'requests/practice',
          'cards',
          'largest card KB',
          `goal ≤ ${GOAL_MS} ms`,
        ],
        rows,
      ),
    );
    console.log('Table requests counted by Azurite (a $batch is one); they should grow with pages of 1,000 rows, not with practices.');
    console.log("CPU ms: the bench process's own work in the evaluation, handling the storage answers included.");
    console.log('Without storage: rows (status, plan checked now) and cards of the region from the listing already read.');
  } finally {
    await azurite.stop();
  }
}
