// How the three local parts are started and probed; shared by `npm start` and the end-to-end harness
// so both run the commands of STACK.md.
import { connect } from 'node:net';
import { join } from 'node:path';
import { TableServiceClient } from '@azure/data-tables';
import { repoRoot } from './repo-root.js';

export { repoRoot };
export const playgroundConfigDir = join(repoRoot, '.playground');
export const playgroundConfigFile = '.m365agentsplayground.yml';

const azuriteTableMain = join(repoRoot, 'node_modules/azurite/dist/src/table/main.js');
const azuriteBlobMain = join(repoRoot, 'node_modules/azurite/dist/src/blob/main.js');
const playgroundCli = join(repoRoot, 'node_modules/@microsoft/m365agentsplayground/cli.js');

export const DEFAULT_PLAYGROUND_PORT = 56150;
export const DEFAULT_BOT_PORT = 3978;
export const AZURITE_TABLE_PORT = 10002;
/** Azurite's blob service (`azurite-blob`), for the RHO summary's CSV exports (issue 11 §4). */
export const AZURITE_BLOB_PORT = 10000;

/** An Azurite service (`table` or `blob`) on loopback with data on disk; telemetry off, no access log. */
function azuriteServiceCommand(service: 'table' | 'blob', location: string, port: number): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [
      service === 'table' ? azuriteTableMain : azuriteBlobMain,
      `--${service}Host`,
      '127.0.0.1',
      `--${service}Port`,
      String(port),
      '--location',
      location,
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent',
    ],
  };
}

/** Azurite's Table service. */
export function azuriteCommand(location: string, port = AZURITE_TABLE_PORT): { command: string; args: string[] } {
  return azuriteServiceCommand('table', location, port);
}

/** Azurite's blob service (`azurite-blob`; give it a folder of its own). */
export function azuriteBlobCommand(location: string, port = AZURITE_BLOB_PORT): { command: string; args: string[] } {
  return azuriteServiceCommand('blob', location, port);
}

/**
 * The bot as production runs it, compiled (dist/bot/main.js, see `npm run build`); `tsx` runs the TypeScript
 * sources instead, for `npm run dev`.
 */
export function botCommand(runtime: 'compiled' | 'tsx' = 'compiled'): { command: string; args: string[] } {
  // restify 11 touches process.binding('http_parser') on every start; the warning is noise for people running the bot.
  const entry = runtime === 'compiled' ? [join(repoRoot, 'dist/bot/main.js')] : ['--import', 'tsx', join(repoRoot, 'bot/main.ts')];
  return { command: process.execPath, args: [...BOT_NODE_FLAGS, '--disable-warning=DEP0111', ...entry] };
}

/**
 * V8 heap limits of the bot process (issue 10 §3), also in package.json `start:bot` (test/bench/bot-flags.test.ts
 * keeps them equal) and in the App Service startup command. Without them V8 grows the heap lazily towards ~2 GB before
 * it collects in earnest, so RSS under load follows the machine's RAM, not the bot's live heap (~70 MiB at c=20): the
 * turn bench measured a 250–360 MiB peak. Old space 160 MiB keeps the peak under ~190 MiB. Semi-spaces of 16 MiB (V8's
 * default) rather than 8: half the young-generation collections, ~5 % less CPU per turn at c=20, for ~6 MiB more RSS
 * (paid for by the whitespace-minified bundle, scripts/lib/bundle.js). See the turn bench (`npm run bench -- turns`).
 * Not `--enable-source-maps`: Node 20 keeps the whole source map of the bundle in the heap from the first stack trace
 * on, ~100 MiB, and the fuzz run hit the heap limit with it; `npm run stack` maps a logged trace instead.
 */
export const BOT_NODE_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=16'];

/**
 * Environment of the bot process (issue 10 §3), also in `npm run start:bot` and the App Service settings (README).
 * glibc gives every thread that allocates its own malloc arena; V8's helper threads each then keep memory of their own.
 * Two arenas took ~3.5 MiB off the idle RSS (`npm run bench -- turns`), at no measurable CPU cost.
 */
export const BOT_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** `env` with the bot process's own settings (BOT_ENV) over it. */
export function botEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ...BOT_ENV };
}

/** The Playground in Teams mode; the bot answers on the Playground's own mocked connector (service URL). */
export function playgroundCommand(port: number, botPort: number): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    args: [
      playgroundCli,
      'start',
      '-e',
      `http://127.0.0.1:${botPort}/api/messages`,
      '-c',
      'msteams',
      '--disable-telemetry',
      '-p',
      String(port),
      '--service-url',
      `http://127.0.0.1:${port}/_connector`,
    ],
    // It would otherwise try to open a browser itself.
    env: { TEAMSAPPTESTER_BROWSER: 'none' },
  };
}

/** The Playground silently moves to another port when its port is taken; this line says where it went. */
export const PLAYGROUND_LISTENING = /Listening on (\d+)/;

export function tcpAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      done(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** A real, authenticated Table request: a port that accepts connections is not yet a working service. */
export async function tableServiceAnswers(connectionString: string): Promise<boolean> {
  const client = TableServiceClient.fromConnectionString(connectionString, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });
  await client.listTables().byPage({ maxPageSize: 1 }).next();
  return true;
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  await response.arrayBuffer();
  return response.ok;
}
