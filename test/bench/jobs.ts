// `npm run bench -- jobs` (and part of the full bench; issue 11 "Tests and figures"): 1,000 reminders, one per
// practice channel of one tenant, from evaluation through the outbox on Azurite to the limit-enforcing test
// connector. Wall time against the rate-limit minimum (50 a second per app and tenant: the last of n requests cannot
// leave before ⌈n/50⌉ − 1 seconds), lost and duplicate messages, 429s the connector had to give.
import { loadavg } from 'node:os';
import { createMemoryStores } from '../../storage/memory/index.js';
import { createTableStores } from '../../storage/tables/index.js';
import { startAzurite } from '../support/azurite.js';
import { conversationIds, evaluatorFor, PERIOD, seedReferences, summaryOf, testJobs } from '../support/jobs.js';
import { startTestConnector } from '../support/test-connector.js';
import { fmt, fmtInt, table } from './measure.js';

export const GOAL_JOBS_RATIO = 1.1;

const countBy = (values: readonly string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};
const TENANT_PER_SECOND = 50;

export interface JobsFigures {
  ok: boolean;
}

/** On the in-memory stores (the pacing alone: the same logic with storage taking no time) and on Azurite. */
export async function jobsBench(count = 1000): Promise<JobsFigures> {
  const memory = process.argv.includes('--azurite-only') ? { ok: true } : await deliveryBench(count, 'memory');
  const azurite = process.argv.includes('--memory-only') ? { ok: true } : await deliveryBench(count, 'azurite');
  return { ok: memory.ok && azurite.ok };
}

async function deliveryBench(count: number, backend: 'memory' | 'azurite'): Promise<JobsFigures> {
  const azurite = backend === 'azurite' ? await startAzurite() : undefined;
  const connector = await startTestConnector();
  try {
    const stores =
      azurite === undefined
        ? createMemoryStores()
        : await createTableStores({ connectionString: azurite.connectionString, allowInsecureConnection: true, tablePrefix: 'bench' });
    const ids = conversationIds(count, 'bench');
    await seedReferences(stores, ids, connector.url);
    const jobs = testJobs(stores, { reminders: evaluatorFor(() => ids) }, {}, { retry: {} });
    const started = performance.now();
    const result = await jobs.run('reminders');
    const wallMs = performance.now() - started;
    const firstAt = connector.received[0]?.at ?? started;
    const lastAt = connector.received.at(-1)?.at ?? started;
    const minimumMs = (Math.ceil(count / TENANT_PER_SECOND) - 1) * 1000;
    const delivered = new Map<string, number>();
    for (const r of connector.received) delivered.set(r.summary, (delivered.get(r.summary) ?? 0) + 1);
    const lost = ids.filter((id) => !delivered.has(summaryOf(id))).length;
    const duplicates = [...delivered.values()].filter((n) => n > 1).length;
    const records = await stores.jobs.outbox.list('reminders', PERIOD);
    const unsent = records.filter((r) => r.state !== 'sent');
    const notSent = unsent.length;
    const reasons = countBy(unsent.map((r) => `${r.state}: ${r.reason ?? '-'}`));
    const sendRatio = (lastAt - firstAt) / minimumMs;
    const ratio = wallMs / minimumMs;
    const where = backend === 'memory' ? 'in-memory stores' : 'Azurite';
    console.log(`\nProactive delivery: ${fmtInt(count)} reminders, one tenant, ${where} + test connector (Teams' limits enforced)`);
    console.log(
      table(
        ['figure', 'value', 'goal'],
        [
          ['wall time: evaluate + outbox + deliver', `${fmt(wallMs / 1000, 2)} s`, ''],
          ['first → last request at the connector', `${fmt((lastAt - firstAt) / 1000, 2)} s`, ''],
          [`rate-limit minimum (${TENANT_PER_SECOND}/s per tenant)`, `${fmt(minimumMs / 1000, 2)} s`, ''],
          ['wall time / minimum', `${fmt(ratio, 3)}×`, `≤ ${GOAL_JOBS_RATIO}×`],
          ['sending span / minimum', `${fmt(sendRatio, 3)}×`, ''],
          ['lost', String(lost), '0'],
          ['duplicates', String(duplicates), '0'],
          ['rows not sent', String(notSent), '0'],
          ['429s from the connector', String(connector.throttled), ''],
          ['requests', fmtInt(connector.requests), ''],
        ],
      ),
    );
    console.log(
      `result: ${JSON.stringify(result)}; load average ${loadavg()
        .map((l) => fmt(l, 1))
        .join(' ')}`,
    );
    for (const [reason, n] of reasons) console.log(`not sent ×${n}: ${reason}`);
    return { ok: lost === 0 && duplicates === 0 && notSent === 0 };
  } finally {
    await connector.stop();
    await azurite?.stop();
  }
}
