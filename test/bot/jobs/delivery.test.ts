// Proactive delivery end to end on Azurite and the limit-enforcing test connector (issue 11 §2, §5): outbox rows end
// sent, inactive or failed-with-reason; never twice; 403 marks inactive and stops; 429 waits Retry-After; 5xx backs
// off; two runners on one storage deliver each row once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../../storage/ports.js';
import { createTableStores } from '../../../storage/tables/index.js';
import { startAzurite, type AzuriteTables } from '../../support/azurite.js';
import { conversationIds, evaluatorFor, PERIOD, seedReferences, summaryOf, testJobs } from '../../support/jobs.js';
import { startTestConnector, type TestConnector } from '../../support/test-connector.js';
import { practice, ctx } from '../../storage/fixtures.js';
import { clearChannelInactive } from '../../../bot/jobs/inactive.js';

let azurite: AzuriteTables;
let connector: TestConnector;
let run = 0;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite.stop();
});
beforeEach(async () => {
  connector = await startTestConnector();
  return () => connector.stop();
});

async function freshStores(): Promise<Stores> {
  run += 1;
  return createTableStores({ connectionString: azurite.connectionString, allowInsecureConnection: true, tablePrefix: `jobs${run}` });
}

const countBy = (values: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

describe('proactive delivery', () => {
  it('sends each evaluated message once, marks it sent with its activity id, and never again on the next run', async () => {
    const stores = await freshStores();
    const ids = conversationIds(12);
    await seedReferences(stores, ids, connector.url);
    const jobs = testJobs(stores, { reminders: evaluatorFor(() => ids, undefined, 2) });
    const first = await jobs.run('reminders');
    expect(first).toMatchObject({ ran: true, evaluated: 12, queued: 12, sent: 12, failed: 0, inactive: 0, inDoubt: 0, skipped: 0 });
    expect(connector.received).toHaveLength(24);
    expect(connector.received.every((r) => r.attachments === 1 && r.tenantId.length > 0)).toBe(true);
    const records = await stores.jobs.outbox.list('reminders', PERIOD);
    expect(records.map((r) => r.state)).toEqual(Array.from({ length: 12 }, () => 'sent'));
    expect(records.every((r) => r.activityIds.length === 2 && r.activityIds.every((a) => a.startsWith('activity-')))).toBe(true);
    const second = await jobs.run('reminders');
    expect(second).toMatchObject({ ran: true, evaluated: 12, queued: 0, sent: 0 });
    expect(connector.received).toHaveLength(24);
    expect(connector.throttled).toBe(0);
  });

  it('marks a conversation that answers 403 inactive (reference and practice), stops sending to it, and a turn clears the practice', async () => {
    const stores = await freshStores();
    const ids = conversationIds(3);
    const gone = ids[1] ?? '';
    const saved = await stores.practices.save(practice('p-gone', { teamId: gone }), ctx('k1'));
    await seedReferences(stores, ids, connector.url, (id) => (id === gone ? 'p-gone' : `p-${id}`));
    connector.block(gone, 403);
    let period = PERIOD;
    const jobs = testJobs(stores, {
      reminders: evaluatorFor(
        () => ids,
        () => period,
      ),
    });
    expect(await jobs.run('reminders')).toMatchObject({ sent: 2, inactive: 1, failed: 0 });
    const inactiveRecord = (await stores.jobs.outbox.list('reminders', PERIOD)).find((r) => r.message.conversationId === gone);
    expect(inactiveRecord).toMatchObject({ state: 'inactive', status: 403 });
    expect((await stores.references.get(gone))?.inactive?.status).toBe(403);
    const marked = await stores.practices.get('p-gone');
    expect(marked?.value.channelInactive).toMatchObject({ status: 403 });
    const requestsBefore = connector.requests;

    period = '2026-W50';
    expect(await jobs.run('reminders')).toMatchObject({ sent: 2, inactive: 1 });
    // the inactive conversation was not asked again
    expect(connector.requests - requestsBefore).toBe(2);

    if (marked === undefined) throw new Error('practice gone');
    const cleared = await clearChannelInactive(stores, marked, new Date('2026-12-08T09:00:00Z'));
    expect(cleared.value.channelInactive).toBeUndefined();
    expect((await stores.practices.get('p-gone'))?.value).toEqual(saved.value);
  });

  it('honours Retry-After on 429 and backs off on 503/412, with no second retry layer in the connector client', async () => {
    const stores = await freshStores();
    const ids = conversationIds(3);
    const [throttled, unavailable, precondition] = ids as [string, string, string];
    await seedReferences(stores, ids, connector.url);
    connector.fail(throttled, 429, 2, 1);
    connector.fail(unavailable, 503, 2);
    connector.fail(precondition, 412, 1);
    const jobs = testJobs(stores, { reminders: evaluatorFor(() => ids) });
    expect(await jobs.run('reminders')).toMatchObject({ sent: 3, failed: 0 });
    // 3 sends + 2 + 2 + 1 failures: each failure retried once by us, never by the SDK as well
    expect(connector.requests).toBe(8);
    expect(connector.early).toBe(0);
    expect([...countBy(connector.received.map((r) => r.conversationId)).values()]).toEqual([1, 1, 1]);
  });

  it('ends a row failed with the reason when retries run out or the error is not retried', async () => {
    const stores = await freshStores();
    const ids = conversationIds(2);
    const [broken, refused] = ids as [string, string];
    await seedReferences(stores, ids, connector.url);
    connector.block(broken, 502);
    connector.fail(refused, 400, 1);
    const jobs = testJobs(stores, { reminders: evaluatorFor(() => [...ids, '19:no-reference']) });
    expect(await jobs.run('reminders')).toMatchObject({ evaluated: 3, sent: 0, failed: 3 });
    const records = await stores.jobs.outbox.list('reminders', PERIOD);
    expect(records.map((r) => [r.message.conversationId, r.state, r.status, r.reason?.slice(0, 8)]).sort()).toEqual(
      [
        [broken, 'failed', 502, 'HTTP 502'],
        [refused, 'failed', 400, 'HTTP 400'],
        ['19:no-reference', 'failed', undefined, 'no store'],
      ].sort(),
    );
    expect(await stores.jobs.outbox.open('reminders')).toEqual([]);
  });

  it('two runners (two instances on one storage) started together: one runs, each row is delivered exactly once', async () => {
    const shared = await freshStores();
    // a second set of stores on the same tables: another instance, nothing shared in memory
    const twin = await createTableStores({
      connectionString: azurite.connectionString,
      allowInsecureConnection: true,
      tablePrefix: `jobs${run}`,
    });
    const ids = conversationIds(40);
    await seedReferences(shared, ids, connector.url);
    const evaluate = evaluatorFor(() => ids);
    const results = await Promise.all([
      testJobs(shared, { reminders: evaluate }).run('reminders'),
      testJobs(twin, { reminders: evaluate }).run('reminders'),
    ]);
    expect(results.map((r) => r.ran).sort()).toEqual([false, true]);
    const total = results.reduce((n, r) => n + r.sent, 0);
    expect(total).toBe(40);
    expect([...countBy(connector.received.map((r) => r.summary)).values()].every((n) => n === 1)).toBe(true);
    expect(connector.received).toHaveLength(40);
    expect(new Set(connector.received.map((r) => r.summary))).toEqual(new Set(ids.map((id) => summaryOf(id))));
  });
});
