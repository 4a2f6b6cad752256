// A run delivers while the outbox is still being written (issue 11 §5): the rows of each outbox transaction go to
// delivery as soon as it is stored. And after delivery the run removes finished outbox records older than the
// retention (JOBS_OUTBOX_RETENTION_DAYS), leaving open rows and newer periods alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { createMemoryStores } from '../../../storage/memory/index.js';
import { hangingStores } from '../hanging-stores.js';
import { conversationIds, evaluatorFor, messageFor, PERIOD, seedReferences, summaryOf, testJobs } from '../../support/jobs.js';
import { startTestConnector, type TestConnector } from '../../support/test-connector.js';

let connector: TestConnector;
beforeEach(async () => {
  connector = await startTestConnector();
});
afterEach(() => connector.stop());

describe('streaming delivery', () => {
  it('sends the first transaction’s rows while the next outbox transaction is still waiting, each once', async () => {
    const storage = hangingStores();
    const ids = conversationIds(120, 'stream');
    await seedReferences(storage.stores, ids, connector.url);
    storage.hang('jobs.transaction');
    const jobs = testJobs(storage.stores, { reminders: evaluatorFor(() => ids) });
    const running = jobs.run('reminders');
    await expect.poll(() => storage.waiting()).toBe(1);
    // the first 50 are written; the second transaction waits from then on
    storage.release();
    storage.hang('jobs.transaction');
    await expect.poll(() => connector.received.length).toBeGreaterThan(0);
    // sending has started, and the outbox holds only the first transaction's messages
    const queued = await storage.stores.jobs.outbox.list('reminders', PERIOD);
    expect(queued.map((r) => r.message.conversationId).sort()).toEqual(ids.slice(0, 50).sort());
    expect(connector.received.every((r) => ids.slice(0, 50).some((id) => r.summary === summaryOf(id)))).toBe(true);
    storage.release();
    expect(await running).toMatchObject({ evaluated: 120, queued: 120, sent: 120, failed: 0, skipped: 0 });
    expect(new Set(connector.received.map((r) => r.summary)).size).toBe(120);
    expect(connector.received).toHaveLength(120);
  });

  it('delivers what an earlier run left open and this run’s new rows, each once', async () => {
    const stores = createMemoryStores();
    const ids = conversationIds(30, 'left');
    await seedReferences(stores, ids, connector.url);
    // an earlier run queued the first ten and stopped before delivering them
    await stores.jobs.outbox.enqueueMany(
      ids.slice(0, 10).map((id) => messageFor('reminders', id)),
      new Date().toISOString(),
    );
    const jobs = testJobs(stores, { reminders: evaluatorFor(() => ids) });
    expect(await jobs.run('reminders')).toMatchObject({ evaluated: 30, queued: 20, sent: 30 });
    expect(new Set(connector.received.map((r) => r.summary)).size).toBe(30);
    expect(connector.received).toHaveLength(30);
  });
});

describe('outbox clean-up', () => {
  it('removes finished records older than JOBS_OUTBOX_RETENTION_DAYS after a run; the period’s key stays until then', async () => {
    const stores = createMemoryStores();
    const ids = conversationIds(5, 'old');
    await seedReferences(stores, ids, connector.url);
    let now = new Date('2026-11-30T09:00:00.000Z');
    let period = PERIOD;
    const evaluate = evaluatorFor(
      () => ids,
      () => period,
    );
    const jobs = testJobs(stores, { reminders: evaluate }, { JOBS_OUTBOX_RETENTION_DAYS: '15' }, { now: () => now });
    expect(await jobs.run('reminders')).toMatchObject({ sent: 5, purged: 0 });
    now = new Date('2026-12-14T09:00:00.000Z');
    expect(await jobs.run('reminders')).toMatchObject({ queued: 0, sent: 0, purged: 0 });
    now = new Date('2026-12-16T09:00:00.000Z');
    period = '2026-W51';
    expect(await jobs.run('reminders')).toMatchObject({ queued: 5, sent: 5, purged: 5 });
    expect(await stores.jobs.outbox.list('reminders', PERIOD)).toEqual([]);
    expect((await stores.jobs.outbox.list('reminders', '2026-W51')).map((r) => r.state)).toEqual(Array(5).fill('sent'));
    expect(connector.received).toHaveLength(10);
    expect(() => loadConfig({ JOBS_OUTBOX_RETENTION_DAYS: '14' })).toThrow(/JOBS_OUTBOX_RETENTION_DAYS/);
  });
});
