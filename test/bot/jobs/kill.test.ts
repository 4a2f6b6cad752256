// Kill a job runner mid-delivery (SIGKILL, a separate process) and start another (issue 11 "Tests and figures"):
// no message is lost and none is sent twice. The one outcome no store can avoid is documented in bot/jobs/delivery.ts:
// a row claimed for sending when the process died is `failed` with reason in-doubt, never sent again and never silent.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTableStores } from '../../../storage/tables/index.js';
import { startAzurite, type AzuriteTables } from '../../support/azurite.js';
import { conversationIds, PERIOD, seedReferences, summaryOf } from '../../support/jobs.js';
import { startTestConnector, type TestConnector } from '../../support/test-connector.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../support/timeouts.js';

const CHILD = fileURLToPath(new URL('../../support/job-child.ts', import.meta.url));
const COUNT = 60;
const RATE = 10;
const KILL_AFTER = 15;

let azurite: AzuriteTables;
let connector: TestConnector;
beforeAll(async () => {
  azurite = await startAzurite();
  connector = await startTestConnector();
});
afterAll(async () => {
  await connector.stop();
  await azurite.stop();
});

function runner(): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      CHILD_CONNECTION: azurite.connectionString,
      CHILD_PREFIX: 'kill',
      CHILD_COUNT: String(COUNT),
      CHILD_RATE: String(RATE),
      JOBS_LEASE_SECONDS: '2',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return { child, exit };
}

it(
  'a runner killed mid-delivery and a restarted one: every row final, 0 lost, 0 duplicates, in-doubt rows reported',
  async () => {
    const stores = await createTableStores({
      connectionString: azurite.connectionString,
      allowInsecureConnection: true,
      tablePrefix: 'kill',
    });
    const ids = conversationIds(COUNT);
    await seedReferences(stores, ids, connector.url);

    const first = runner();
    connector.onReceive = () => {
      if (connector.received.length === KILL_AFTER) first.child.kill('SIGKILL');
    };
    expect((await first.exit).signal).toBe('SIGKILL');
    connector.onReceive = undefined;
    const atKill = connector.received.length;
    expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(atKill).toBeLessThan(COUNT);

    const second = runner();
    let output = '';
    second.child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    expect((await second.exit).code).toBe(0);
    const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;

    const delivered = new Map<string, number>();
    for (const r of connector.received) delivered.set(r.summary, (delivered.get(r.summary) ?? 0) + 1);
    const records = await stores.jobs.outbox.list('reminders', PERIOD);
    expect(await stores.jobs.outbox.open('reminders')).toEqual([]);
    expect(records).toHaveLength(COUNT);
    const duplicates = [...delivered.values()].filter((n) => n > 1).length;
    const inDoubt = records.filter((r) => r.state === 'failed' && r.reason?.startsWith('in-doubt'));
    const lost = records.filter((r) => !delivered.has(summaryOf(r.message.conversationId)) && !inDoubt.includes(r));
    expect(duplicates).toBe(0);
    expect(lost).toEqual([]);
    expect(records.filter((r) => r.state === 'sent').every((r) => delivered.get(summaryOf(r.message.conversationId)) === 1)).toBe(true);
    expect(records.every((r) => r.state === 'sent' || inDoubt.includes(r))).toBe(true);
    // in doubt: only rows claimed in the tenant's slot when the process died (at most one second's worth)
    expect(inDoubt.length).toBeGreaterThanOrEqual(1);
    expect(inDoubt.length).toBeLessThanOrEqual(RATE);
    expect(result).toMatchObject({ ran: true, inDoubt: inDoubt.length, queued: 0, evaluated: COUNT });
    expect(ids.every((id) => delivered.has(summaryOf(id)) || inDoubt.some((r) => r.message.conversationId === id))).toBe(true);
  },
  SLOW_TEST_TIMEOUT_MS,
);
