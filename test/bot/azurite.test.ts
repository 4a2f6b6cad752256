// The same turns on real Azure Tables (Azurite), through the composition root and through `bot/main.ts` itself.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/main.js';
import pino from 'pino';
import { connectionStringFor, freePort, startAzurite, type AzuriteTables } from '../support/azurite.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';
import { message, replies, testConfig, textOf } from './support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let azurite: AzuriteTables;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite.stop();
});

describe('on Azurite', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig({ STORAGE_CONNECTION_STRING: azurite.connectionString }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('reports healthy storage', async () => {
    const res = await fetch(`${app.server.url}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'ok' });
  });

  it('answers "help" and keeps the conversation reference in Tables', async () => {
    const [reply] = await replies(app, message('help', { conversationId: 'a:azurite-chat' }));
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
    expect(await app.stores.references.get('a:azurite-chat')).toMatchObject({ kind: 'personal' });
  });
});

describe('storage down at start (issue 12 §2)', () => {
  it('starts anyway, answers 503 on /healthz, and recovers by itself when storage comes up', async () => {
    const port = await freePort();
    const app = await createApp(testConfig({ STORAGE_CONNECTION_STRING: connectionStringFor(port) }), {
      logger: pino({ level: 'silent' }),
    });
    let late: AzuriteTables | undefined;
    try {
      expect((await fetch(`${app.server.url}/healthz`)).status).toBe(503);
      late = await startAzurite(port);
      await expect.poll(async () => (await fetch(`${app.server.url}/healthz`)).status, { timeout: START_TIMEOUT_MS }).toBe(200);
      // the tables were made in the background: a turn stores its conversation reference
      await expect
        .poll(async () => textOf((await replies(app, message('help', { conversationId: 'a:late' })))[0]!), { timeout: START_TIMEOUT_MS })
        .toContain('Wat kan ik voor je doen?');
      expect(await app.stores.references.get('a:late')).toMatchObject({ kind: 'personal' });
    } finally {
      await app.close();
      await late?.stop();
    }
  });
});

describe('bot/main.ts as a process', () => {
  it('logs "listening" with its port, serves a turn, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        MicrosoftAppId: '',
        LOG_LEVEL: 'info',
        STORAGE_CONNECTION_STRING: azurite.connectionString,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const lines: Record<string, unknown>[] = [];
    const listening = new Promise<Record<string, unknown>>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry['msg'] === 'listening') resolve(entry);
      });
      void exited.then((code) => reject(new Error(`exited early with ${code}`)));
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));

    const entry = await listening;
    expect(entry).toMatchObject({ msg: 'listening', mode: 'local', host: '127.0.0.1' });
    const port = Number(entry['port']);
    expect(port).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.map((l) => l['msg'])).toContain('stopped');
    // restify 11 pulls in spdy/http-deceiver, which trips Node's DEP0111 warning; anything else on stderr is a fault.
    const noise = /DEP0111|--trace-deprecation/;
    expect(stderr.split('\n').filter((l) => l.trim() !== '' && !noise.test(l))).toEqual([]);
  });

  it('exits 1 with every bad variable in one JSON log line', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc', HOST: '0.0.0.0', MicrosoftAppId: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    const entry = JSON.parse(stdout.trim().split('\n')[0] ?? '{}') as { issues?: { variable: string }[] };
    expect(entry.issues?.map((i) => i.variable)).toEqual(['PORT', 'HOST']);
  });
});
