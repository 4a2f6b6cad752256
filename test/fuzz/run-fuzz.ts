// The fuzz run: Azurite, the compiled bot as production starts it, a Bot Connector stand-in, `count` seeded hostile
// requests over HTTP, then every stored row read raw and parsed. Used by test/fuzz/fuzz.test.ts (npm test) and
// test/fuzz/main.ts (npm run fuzz).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import pLimit from 'p-limit';
import { startChild, waitUntil, type ManagedChild } from '../../scripts/lib/children.js';
import { botCommand, httpOk, repoRoot } from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import type { Stores } from '../../storage/ports.js';
import { createTableStores } from '../../storage/tables/index.js';
import { startAzurite, type AzuriteTables } from '../support/azurite.js';
import { localBotEnv } from '../support/stack.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';
import { PRACTICE } from '../dialogs/support.js';
import { MANAGER, TENANT, request, type FuzzRequest } from './generate.js';
import { checkStoredRows, type RowReport } from './stored-rows.js';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Requests in flight at once (default 8). */
  concurrency?: number;
}

export interface FuzzReport {
  seed: number;
  count: number;
  seconds: number;
  /** Responses by status code (`error` when the connection failed). */
  statuses: Record<string, number>;
  /** Requests by kind. */
  kinds: Record<string, number>;
  /** Every undocumented 5xx or failed connection: its index in the seeded sequence, so it can be replayed. */
  serverErrors: { index: number; kind: string; status: string }[];
  /** The bot's warn/error log lines by message, and the errors of failed turns (but an unreachable connector's) by type. */
  logged: Record<string, number>;
  turnFailures: Record<string, number>;
  botExit: string | undefined;
  healthAfter: number;
  stored: RowReport;
}

/**
 * The 5xx the bot documents (docs/configuration.md, Endpoints): 501 is botbuilder's answer to an invoke name the bot does
 * not handle (only `adaptiveCard/action` is), as the Bot Framework protocol asks.
 */
const DOCUMENTED_5XX = new Set(['501']);
/** A turn that fails because the Bot Connector cannot be reached (the fuzz sends some to a closed port) is logged, not a bug. */
const CONNECTOR_UNREACHABLE = /ECONNREFUSED 127\.0\.0\.1:9\b/;

/** Answers like the Bot Connector: every send 200 with an id, every member lookup "a member". Keeps nothing. */
async function startSink(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const url = req.url ?? '';
      if (req.method === 'GET' && url.includes('/pagedmembers'))
        res.end(JSON.stringify({ members: [{ id: '29:user-1', aadObjectId: MANAGER, name: 'Anne' }] }));
      else if (req.method === 'GET') res.end(JSON.stringify({ id: '29:user-1', aadObjectId: MANAGER, name: 'Anne de Vries' }));
      else res.end(JSON.stringify({ id: 'sent-1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/_connector`, server };
}

async function seed(stores: Stores): Promise<void> {
  const ctx = { actor: { id: 'seed' }, idempotencyKey: 'fuzz-seed', at: '2025-01-01T00:00:00.000Z' };
  await stores.practices.save({ ...PRACTICE, managers: [{ id: MANAGER, name: 'Anne de Vries' }], tenantId: TENANT }, ctx);
}

function startBot(port: number, connectionString: string, logged: Record<string, number>, failures: Record<string, number>): ManagedChild {
  const env = {
    ...localBotEnv(connectionString),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    BOT_LANGUAGE: 'auto',
    // The fuzz sends thousands of requests from one address into a few conversations on purpose.
    RATE_FAILED_PER_IP: '1000000',
    RATE_TENANT_MESSAGES: '1000000',
    RATE_CONVERSATION_MESSAGES: '1000000',
  };
  const onLine = (line: string): void => {
    let entry: { msg?: unknown; err?: { type?: unknown; message?: unknown } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      logged['(not JSON)'] = (logged['(not JSON)'] ?? 0) + 1;
      return;
    }
    const msg = String(entry.msg);
    logged[msg] = (logged[msg] ?? 0) + 1;
    if ((msg === 'turn failed' && !CONNECTOR_UNREACHABLE.test(String(entry.err?.message))) || msg === 'request failed') {
      const key = `${msg}: ${String(entry.err?.type)}: ${String(entry.err?.message).slice(0, 160)}`;
      failures[key] = (failures[key] ?? 0) + 1;
      if (process.env.FUZZ_STACKS) console.error(line);
    }
  };
  return startChild({ name: 'bot', ...botCommand('compiled'), cwd: repoRoot, env, onLine });
}

async function send(url: string, r: FuzzRequest): Promise<string> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: r.headers,
      body: typeof r.body === 'string' ? r.body : new Uint8Array(r.body),
    });
    await res.arrayBuffer();
    return String(res.status);
  } catch {
    return 'error';
  }
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const parts: { stop(): Promise<unknown> }[] = [];
  try {
    const azurite: AzuriteTables = await startAzurite();
    parts.push(azurite);
    const sink = await startSink();
    parts.push({ stop: () => new Promise((resolve) => sink.server.close(resolve)) });
    const stores = await createTableStores({ connectionString: azurite.connectionString, allowInsecureConnection: true });
    await seed(stores);

    const logged: Record<string, number> = {};
    const turnFailures: Record<string, number> = {};
    const port = await freePort();
    const bot = startBot(port, azurite.connectionString, logged, turnFailures);
    parts.push(bot);
    const base = `http://127.0.0.1:${port}`;
    await waitUntil('the bot /healthz', () => httpOk(`${base}/healthz`), { timeoutMs: START_TIMEOUT_MS, child: bot });

    const requests = fc.sample(request(sink.url), { seed: options.seed, numRuns: options.count });
    const statuses: Record<string, number> = {};
    const kinds: Record<string, number> = {};
    const serverErrors: FuzzReport['serverErrors'] = [];
    const limit = pLimit(options.concurrency ?? 8);
    await Promise.all(
      requests.map((r, index) =>
        limit(async () => {
          const status = await send(`${base}/api/messages`, r);
          statuses[status] = (statuses[status] ?? 0) + 1;
          kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
          if (status === 'error' || (Number(status) >= 500 && !DOCUMENTED_5XX.has(status)))
            serverErrors.push({ index, kind: r.kind, status });
        }),
      ),
    );

    const { exitCode, signalCode } = bot.process;
    const botExit = exitCode === null && signalCode === null ? undefined : `exit ${exitCode ?? signalCode}\n${bot.tail()}`;
    const healthAfter = botExit === undefined ? (await fetch(`${base}/healthz`)).status : 0;
    const stored = await checkStoredRows(azurite.connectionString, stores);
    const seconds = (Date.now() - started) / 1000;
    return {
      seed: options.seed,
      count: options.count,
      seconds,
      statuses,
      kinds,
      serverErrors,
      logged,
      turnFailures,
      botExit,
      healthAfter,
      stored,
    };
  } finally {
    for (const part of parts.reverse()) await part.stop();
  }
}

export function summary(r: FuzzReport): string {
  const rows = Object.entries(r.stored.rows)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return [
    `fuzz: seed ${r.seed}, ${r.count} requests in ${r.seconds.toFixed(1)} s`,
    `  by kind: ${JSON.stringify(r.kinds)}`,
    `  responses: ${JSON.stringify(r.statuses)}`,
    `  5xx or no answer: ${r.serverErrors.length}${r.serverErrors.length ? ` (first: ${JSON.stringify(r.serverErrors.slice(0, 5))})` : ''}`,
    `  bot: ${r.botExit === undefined ? `running, /healthz ${r.healthAfter}` : `CRASHED: ${r.botExit}`}`,
    `  bot log (warn and up): ${JSON.stringify(r.logged)}`,
    `  failed turns: ${JSON.stringify(r.turnFailures)}`,
    `  stored rows: ${rows}; unreadable: ${r.stored.unreadable.length}${r.stored.unreadable.length ? `\n    ${r.stored.unreadable.slice(0, 10).join('\n    ')}` : ''}`,
  ].join('\n');
}
