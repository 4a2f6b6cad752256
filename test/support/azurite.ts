// Starts a private Azurite Table service for a test file: in-memory, on a free port, from a fresh empty
// directory (--inMemoryPersistence cannot be combined with --location; STACK.md, Azurite).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { START_TIMEOUT_MS, STOP_GRACE_MS } from './timeouts.js';

// The well-known Azurite development account (public, documented by Microsoft); not a secret.
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE_TABLE = fileURLToPath(new URL('../../node_modules/azurite/dist/src/table/main.js', import.meta.url));
const AZURITE_BLOB = fileURLToPath(new URL('../../node_modules/azurite/dist/src/blob/main.js', import.meta.url));

export interface AzuriteTables {
  /** Full devstoreaccount1 connection string; use with `allowInsecureConnection: true` (http). */
  connectionString: string;
  port: number;
  /** The blob service's port when it was asked for (`startAzurite(undefined, { blob: true })`). */
  blobPort?: number;
  /** The Table service's process id (the turn bench reads its CPU time). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** A port that was free a moment ago: bind port 0, read what the OS chose, release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function requestsServed(counterPort: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${counterPort}/`);
  return Number(await res.text());
}

/** With `blobPort`, the connection string also names Azurite's blob service (the RHO export, storage/blob). */
export function connectionStringFor(port: number, blobPort?: number): string {
  const blob = blobPort === undefined ? '' : `BlobEndpoint=http://127.0.0.1:${blobPort}/${ACCOUNT};`;
  return (
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${ACCOUNT};${blob}`
  );
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Azurite's service `main` on loopback, in memory, from `cwd`. */
const REQUEST_COUNTER = fileURLToPath(new URL('./azurite-request-counter.mjs', import.meta.url));

function spawnService(main: string, flag: 'table' | 'blob', port: number, cwd: string, counterPort?: number): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...profileFlags(flag),
      ...(counterPort === undefined ? [] : ['--import', pathToFileURL(REQUEST_COUNTER).href]),
      main,
      `--${flag}Host`,
      '127.0.0.1',
      `--${flag}Port`,
      String(port),
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(counterPort === undefined ? {} : { AZURITE_COUNTER_PORT: String(counterPort) }) },
    },
  );
}

// BENCH_AZURITE_PROF=<dir>: the Table service writes a V8 CPU profile there when stopped (the turn bench's Azurite
// share). Azurite closes on SIGINT and then exits by itself, which is when node writes the profile; SIGTERM would not.
const AZURITE_PROFILE = process.env['BENCH_AZURITE_PROF'];
const profileFlags = (flag: 'table' | 'blob'): string[] =>
  AZURITE_PROFILE && flag === 'table' ? ['--cpu-prof', `--cpu-prof-dir=${AZURITE_PROFILE}`] : [];

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill(AZURITE_PROFILE ? 'SIGINT' : 'SIGTERM');
    await Promise.race([exited(child), sleep(STOP_GRACE_MS).then(() => child.kill('SIGKILL'))]);
  }
}

/**
 * `port`: a given one (a test that starts storage after the bot); by default a free one. `blob`: also Azurite's blob
 * service (a process of its own, `azurite-blob`), named in the connection string.
 */
export async function startAzurite(given?: number, options: { blob?: boolean } = {}): Promise<AzuriteTables> {
  return start(given, options, undefined);
}

/** Azurite's Table service that counts the HTTP requests it serves (the benches: a $batch is one, as on Azure). */
export async function startCountingAzurite(): Promise<AzuriteTables & { requests(): Promise<number> }> {
  const counterPort = await freePort();
  return { ...(await start(undefined, {}, counterPort)), requests: () => requestsServed(counterPort) };
}

async function start(given: number | undefined, options: { blob?: boolean }, counterPort: number | undefined): Promise<AzuriteTables> {
  const cwd = await mkdtemp(join(tmpdir(), 'azurite-'));
  const port = given ?? (await freePort());
  const blobPort = options.blob ? await freePort() : undefined;
  const children = [spawnService(AZURITE_TABLE, 'table', port, cwd, counterPort)];
  if (blobPort !== undefined) children.push(spawnService(AZURITE_BLOB, 'blob', blobPort, cwd));
  let stderr = '';
  for (const child of children) {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
  }

  const stop = async (): Promise<void> => {
    await Promise.all(children.map(stopChild));
    await rm(cwd, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (const p of [port, ...(blobPort !== undefined ? [blobPort] : []), ...(counterPort !== undefined ? [counterPort] : [])]) {
    while (!(await answers(p))) {
      if (children.some((c) => c.exitCode !== null) || Date.now() > deadline) {
        await stop();
        throw new Error(`Azurite did not start on port ${p}: ${stderr.trim()}`);
      }
      await sleep(50);
    }
  }
  return {
    connectionString: connectionStringFor(port, blobPort),
    port,
    ...(blobPort !== undefined ? { blobPort } : {}),
    pid: children[0]?.pid,
    stop,
  };
}
