// What the turn bench runs against: an in-memory Azurite that counts the requests it serves
// (test/support/azurite-request-counter.mjs), the compiled bot (dist/, started as `npm start` starts it, flags included)
// talking to it directly, and the echo bot.
import { join } from 'node:path';
import { describeExit, startChild, waitUntil, type ManagedChild } from '../../scripts/lib/children.js';
import { BOT_NODE_FLAGS, botCommand, botEnvironment, httpOk, repoRoot } from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import { createTableStores } from '../../storage/tables/index.js';
import type { Stores } from '../../storage/ports.js';
import { connectionStringFor, startCountingAzurite } from '../support/azurite.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';

// Settings that would switch the bot to production mode (JWT checks, real Azure), blanked so a developer's .env cannot.
const PRODUCTION_SETTINGS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'STORAGE_ACCOUNT_URL', 'ALLOWED_TENANT_IDS'];
const ECHO_BOT = join(repoRoot, 'test/bench/echo-bot.ts');

export interface TurnStack {
  /** POST URL of the bot's /api/messages. */
  botUrl: string;
  echoUrl: string;
  bot: ManagedChild;
  /** Process ids of the echo bot and Azurite's Table service (the bench reads their CPU time per turn). */
  echoPid: number | undefined;
  azuritePid: number | undefined;
  /** Table requests Azurite has served so far (the bot's, while a round runs: the load generator does not touch storage). */
  tableRequests(): Promise<number>;
  /** Stores on the bot's account and table prefix. */
  stores: Stores;
  stop(): Promise<void>;
}

async function startBot(tableEndpointPort: number): Promise<{ bot: ManagedChild; url: string }> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...Object.fromEntries(PRODUCTION_SETTINGS.map((name) => [name, ''])),
    PORT: String(port),
    HOST: '127.0.0.1',
    STORAGE_CONNECTION_STRING: connectionStringFor(tableEndpointPort),
    LOG_LEVEL: 'warn',
    BOT_LANGUAGE: 'nl',
    // The bench drives many turns per conversation and tenant on purpose; the edge's rate limits are not measured here.
    RATE_TENANT_MESSAGES: '1000000',
    RATE_CONVERSATION_MESSAGES: '1000000',
    // A storm of submits (submit-storm.ts) on a loaded machine may see failures; they must not shut out the one client IP.
    RATE_FAILED_PER_IP: '1000000',
  };
  const command = botCommand('compiled');
  // BENCH_CPU_PROF=<dir>: the bot writes a V8 CPU profile there when the bench stops it (`node --cpu-prof`).
  const profile = process.env['BENCH_CPU_PROF'];
  if (profile) command.args.splice(-1, 0, '--cpu-prof', `--cpu-prof-dir=${profile}`);
  const bot = startChild({ name: 'bot', ...command, cwd: repoRoot, env: botEnvironment(env) });
  await waitUntil('the bot /healthz', () => httpOk(`http://127.0.0.1:${port}/healthz`), { timeoutMs: START_TIMEOUT_MS, child: bot });
  return { bot, url: `http://127.0.0.1:${port}/api/messages` };
}

/**
 * The echo bot in a process of its own, as the bot has: neither shares an event loop with the load generator. With the
 * bot's V8 heap flags, so both floors collect garbage alike: the ratio compares the work of a turn, not the GC settings.
 */
async function startEcho(): Promise<{ echo: ManagedChild; url: string }> {
  const port = await freePort();
  const echo = startChild({
    name: 'echo-bot',
    command: process.execPath,
    args: [...BOT_NODE_FLAGS, '--disable-warning=DEP0111', '--import', 'tsx', ECHO_BOT],
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port) },
  });
  await echo.waitForLine(/^listening \d+/, START_TIMEOUT_MS);
  return { echo, url: `http://127.0.0.1:${port}/api/messages` };
}

export async function startTurnStack(): Promise<TurnStack> {
  const started: { stop(): Promise<unknown> }[] = [];
  const stop = async (): Promise<void> => {
    for (const part of started.reverse()) await part.stop();
  };
  try {
    const azurite = await startCountingAzurite();
    started.push(azurite);
    const { echo, url: echoUrl } = await startEcho();
    started.push(echo);
    const { bot, url: botUrl } = await startBot(azurite.port);
    started.push(bot);
    // The bot created its tables at start; these stores find them (createTables: false, so no second round).
    const stores = await createTableStores({
      connectionString: azurite.connectionString,
      allowInsecureConnection: true,
      createTables: false,
    });
    return { botUrl, echoUrl, bot, echoPid: echo.process.pid, azuritePid: azurite.pid, tableRequests: azurite.requests, stores, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Why the bot stopped, if it did: a bench figure from a crashed bot would be meaningless. */
export function botExit(bot: ManagedChild): string | undefined {
  const { exitCode, signalCode } = bot.process;
  return exitCode === null && signalCode === null ? undefined : `${describeExit({ code: exitCode, signal: signalCode })}\n${bot.tail()}`;
}
