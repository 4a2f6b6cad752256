// Issue 12, "Tests and figures": one 1 MB compressed body must cost the bot < 20 MB. The compiled bot (as `npm start`
// runs it, heap flags included) on an in-memory Azurite gets, without a token, one 1 MB gzip body of random text
// (inflates to ~1.4 MB) and one 1 MB gzip bomb (inflates to ~1 GB); the figure is the bot process's resident memory
// (Linux /proc/<pid>/status VmRSS), sampled every few ms from before the request until well after its answer.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { constants, createGzip, gzipSync } from 'node:zlib';
import { startChild, waitUntil } from '../../scripts/lib/children.js';
import { botCommand, httpOk, repoRoot } from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import { startAzurite } from '../support/azurite.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';
import { fmt, table } from './measure.js';

export const GOAL_COMPRESSED_GROWTH_MB = 20;
const MB = 1024 * 1024;
const PRODUCTION_SETTINGS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'STORAGE_ACCOUNT_URL', 'ALLOWED_TENANT_IDS'];

function rssMb(pid: number): number {
  const line = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? NaN) / 1024;
}

const activity = (text: string): string =>
  JSON.stringify({
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/_connector',
    from: { id: '29:user-1' },
    recipient: { id: '28:bot' },
    conversation: { id: 'a:bench' },
    text,
  });

/** 1 GiB of spaces, gzipped a MiB at a time (never held whole): ~1 MB on the wire. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: constants.Z_BEST_COMPRESSION });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const spaces = Buffer.alloc(MB, 32);
  for (let i = 0; i < 1024; i++) if (!gzip.write(spaces)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end();
  await done;
  return Buffer.concat(parts);
}

/** ~1 MB of gzip either way: random text (barely compresses) or the bomb. */
async function bodies(): Promise<[string, Buffer][]> {
  const random = gzipSync(activity(randomBytes(MB).toString('base64')));
  const bomb = await gzipBomb();
  return [
    [`gzip of random text: ${fmt(random.length / MB, 2)} MB on the wire`, random],
    [`gzip bomb: ${fmt(bomb.length / MB, 2)} MB on the wire, 1,024 MB inflated`, bomb],
  ];
}

interface Row {
  name: string;
  status: number;
  beforeMb: number;
  peakMb: number;
  afterMb: number;
}

async function measureOne(url: string, pid: number, name: string, body: Buffer): Promise<Row> {
  const beforeMb = rssMb(pid);
  let peakMb = beforeMb;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakMb = Math.max(peakMb, rssMb(pid));
      await sleep(2);
    }
  })();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: new Uint8Array(body),
  });
  await res.arrayBuffer();
  // Anything the request left behind (a late inflate, buffers) would show in the next half second.
  await sleep(500);
  sampling = false;
  await sampler;
  return { name, status: res.status, beforeMb, peakMb, afterMb: rssMb(pid) };
}

/** Prints the table and returns the largest growth (peak − before) in MB. */
export async function compressedBodyBench(): Promise<number> {
  const azurite = await startAzurite();
  const port = await freePort();
  const env = {
    ...process.env,
    ...Object.fromEntries(PRODUCTION_SETTINGS.map((name) => [name, ''])),
    PORT: String(port),
    HOST: '127.0.0.1',
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    LOG_LEVEL: 'warn',
  };
  const bot = startChild({ name: 'bot', ...botCommand('compiled'), cwd: repoRoot, env });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntil('the bot /healthz', () => httpOk(`${base}/healthz`), { timeoutMs: START_TIMEOUT_MS, child: bot });
    const pid = bot.process.pid ?? 0;
    const url = `${base}/api/messages`;
    // Warm-up: the code paths of a turn and of a refusal are loaded before anything is measured.
    for (let i = 0; i < 3; i++) {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: activity('help') });
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'x' });
    }
    await sleep(500);
    const rows: Row[] = [];
    for (const [name, body] of await bodies()) rows.push(await measureOne(url, pid, name, body));
    const worst = Math.max(...rows.map((r) => r.peakMb - r.beforeMb));
    console.log(
      `\n${table(
        ['one compressed body, no token', 'answer', 'bot RSS before MB', 'peak MB', 'growth MB', 'after MB'],
        rows.map((r) => [r.name, String(r.status), fmt(r.beforeMb), fmt(r.peakMb), fmt(r.peakMb - r.beforeMb), fmt(r.afterMb)]),
      )}`,
    );
    return worst;
  } finally {
    await bot.stop();
    await azurite.stop();
  }
}
