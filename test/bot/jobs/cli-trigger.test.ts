// The job CLI's dry run (prints, writes nothing) and the authenticated trigger POST /api/jobs/:job (issue 11 §2).
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../bot/main.js';
import { loadConfig } from '../../../bot/config.js';
import { bearerMatches } from '../../../bot/jobs/routes.js';
import { runCli } from '../../../bot/jobs/cli.js';
import { createMemoryBackend } from '../../../storage/memory/index.js';
import { conversationIds, evaluatorFor, PERIOD, quietLogger, seedReferences, summaryOf } from '../../support/jobs.js';
import { startTestConnector } from '../../support/test-connector.js';

const SECRET = 'a-long-shared-secret-of-32-chars-or-more';

describe('npm run job', () => {
  it('--dry-run prints conversation, reason, period and summary per message and a count, and writes nothing', async () => {
    const ops: string[] = [];
    const { stores } = createMemoryBackend({ onOperation: (table, op) => void ops.push(`${table}.${op}`) });
    const ids = conversationIds(3);
    const lines: string[] = [];
    const before = ops.length;
    const code = await runCli(['reminders', '--dry-run'], {
      env: {},
      stores,
      evaluators: { reminders: evaluatorFor(() => ids), 'weekly-summary': () => Promise.resolve([]) },
      out: (line) => void lines.push(line),
    });
    expect(code).toBe(0);
    expect(lines).toEqual([
      ...ids.map((id) => `${id}\treminder\t${PERIOD}\t1 card(s)\t${summaryOf(id)}`),
      expect.stringMatching(/^3 message\(s\) would be sent by reminders/),
    ]);
    expect(ops.slice(before).filter((op) => !/\.(get|query)$/.test(op))).toEqual([]);
    expect(await stores.jobs.outbox.open('reminders')).toEqual([]);
  });

  it('--at evaluates as at that moment', async () => {
    const { stores } = createMemoryBackend();
    const seen: string[] = [];
    const code = await runCli(['weekly-summary', '--dry-run', '--at=2027-01-04T09:00:00+01:00'], {
      env: {},
      stores,
      evaluators: {
        reminders: () => Promise.resolve([]),
        'weekly-summary': (ctx) => {
          seen.push(ctx.now.toISOString());
          return Promise.resolve([]);
        },
      },
      out: () => undefined,
    });
    expect(code).toBe(0);
    expect(seen).toEqual(['2027-01-04T08:00:00.000Z']);
  });

  it('refuses an unknown job or option with the usage', async () => {
    const lines: string[] = [];
    expect(await runCli(['reminder'], { env: {}, out: (l) => void lines.push(l) })).toBe(2);
    expect(await runCli(['reminders', '--dryrun'], { env: {}, out: (l) => void lines.push(l) })).toBe(2);
    expect(await runCli(['reminders', '--at=next monday'], { env: {}, out: (l) => void lines.push(l) })).toBe(2);
    expect(lines.every((l) => l.startsWith('usage: npm run job -- <reminders|weekly-summary>'))).toBe(true);
  });
});

describe('POST /api/jobs/:job', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function start(env: Record<string, string>) {
    const connector = await startTestConnector();
    const { stores } = createMemoryBackend();
    const ids = conversationIds(2);
    await seedReferences(stores, ids, connector.url);
    app = await createApp(loadConfig({ PORT: '0', ...env }), {
      stores,
      logger: quietLogger(),
      jobs: { evaluators: { reminders: evaluatorFor(() => ids), 'weekly-summary': () => Promise.resolve([]) } },
    });
    const url = app.server.url;
    const post = (path: string, auth?: string) =>
      fetch(`${url}${path}`, { method: 'POST', headers: auth === undefined ? {} : { authorization: auth } });
    return { connector, post, stores };
  }

  it('runs the job for the right secret and answers its counts; 401 without detail otherwise; 404 for an unknown job', async () => {
    const { connector, post } = await start({ JOBS_SECRET: SECRET });
    for (const auth of [undefined, 'Bearer wrong', `Basic ${SECRET}`, `Bearer ${SECRET}x`, SECRET]) {
      const res = await post('/api/jobs/reminders', auth);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthorized' });
    }
    expect(connector.requests).toBe(0);
    const unknown = await post('/api/jobs/everything', `Bearer ${SECRET}`);
    expect(unknown.status).toBe(404);
    const res = await post('/api/jobs/reminders', `Bearer ${SECRET}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      job: 'reminders',
      ran: true,
      evaluated: 2,
      queued: 2,
      sent: 2,
      inactive: 0,
      failed: 0,
      skippedLeaseHeld: 0,
    });
    expect(connector.received).toHaveLength(2);
    await connector.stop();
  });

  it('is not there without JOBS_SECRET', async () => {
    const { connector, post } = await start({});
    expect((await post('/api/jobs/reminders', 'Bearer anything')).status).toBe(404);
    expect(connector.requests).toBe(0);
    await connector.stop();
  });

  it('compares the bearer token in full', () => {
    expect(bearerMatches(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(bearerMatches(`Bearer ${SECRET.slice(0, -1)}`, SECRET)).toBe(false);
    expect(bearerMatches('Bearer ', SECRET)).toBe(false);
    expect(bearerMatches(undefined, SECRET)).toBe(false);
  });
});
