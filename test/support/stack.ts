// The whole local stack for end-to-end tests: Azurite, the bot and the Agents Playground, each on a free port,
// so a test run never collides with `npm start` or another test file.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild, waitUntil, type ManagedChild } from '../../scripts/lib/children.js';
import {
  azuriteCommand,
  botCommand,
  httpOk,
  playgroundCommand,
  playgroundConfigDir,
  playgroundConfigFile,
  PLAYGROUND_LISTENING,
  repoRoot,
  tableServiceAnswers,
} from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import { connectionStringFor, startAzurite } from './azurite.js';
import { START_TIMEOUT_MS } from './timeouts.js';

export interface StackOptions {
  /** Keep Azurite's data in this directory (e.g. to restart the bot on the same data); in memory otherwise. */
  dataDir?: string;
  /** The bot's language (BOT_LANGUAGE); the Playground reports en-US whatever the browser says. Default nl. */
  language?: 'nl' | 'en';
  /** More settings for the bot (e.g. RHO_TEAMS). */
  env?: Readonly<Record<string, string>>;
}

export interface Stack {
  playgroundUrl: string;
  botUrl: string;
  connectionString: string;
  /** The last lines of the bot's and the Playground's output, for failure messages. */
  logs(): Promise<string>;
  stop(): Promise<void>;
}

interface Part {
  stop(): Promise<unknown>;
}

// Settings that would switch the bot to production mode, blanked so that a developer's .env cannot either.
const PRODUCTION_SETTINGS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'STORAGE_ACCOUNT_URL', 'ALLOWED_TENANT_IDS'];

/** The environment of a local bot process (or `npm run job`) on this storage: never production settings. */
export function localBotEnv(connectionString: string): NodeJS.ProcessEnv {
  const blanked = Object.fromEntries(PRODUCTION_SETTINGS.map((name) => [name, '']));
  return { ...process.env, ...blanked, STORAGE_CONNECTION_STRING: connectionString };
}

async function startStorage(dataDir: string | undefined): Promise<{ connectionString: string; part: Part }> {
  if (!dataDir) {
    // With the blob service: the RHO export writes its CSV there (issue 11 §4).
    const azurite = await startAzurite(undefined, { blob: true });
    return { connectionString: azurite.connectionString, part: azurite };
  }
  const port = await freePort();
  const { command, args } = azuriteCommand(dataDir, port);
  const child = startChild({ name: 'azurite', command, args, cwd: dataDir, env: { ...process.env } });
  const connectionString = connectionStringFor(port);
  await waitUntil('Azurite', () => tableServiceAnswers(connectionString), { timeoutMs: START_TIMEOUT_MS, child });
  return { connectionString, part: child };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const parts: Part[] = [];
  const children: ManagedChild[] = [];
  const playgroundDir = await mkdtemp(join(tmpdir(), 'mtvp-playground-'));
  const stop = async (): Promise<void> => {
    for (const part of parts.reverse()) await part.stop();
    await rm(playgroundDir, { recursive: true, force: true });
  };
  const logs = async (): Promise<string> => {
    const sections = children.map((c) => `--- ${c.name} output ---\n${c.tail()}`);
    const file = await readFile(join(playgroundDir, 'devTools', 'm365agentsplayground.log'), 'utf8').catch(() => '');
    if (file) sections.push(`--- playground log file (last 60 lines) ---\n${file.split('\n').slice(-60).join('\n')}`);
    return sections.join('\n');
  };

  try {
    const storage = await startStorage(options.dataDir);
    parts.push(storage.part);

    const botPort = await freePort();
    // The compiled bot, as production runs it; the vitest global setup (test/setup/build.ts) has just built it.
    const bot = botCommand('compiled');
    const botChild = startChild({
      name: 'bot',
      ...bot,
      cwd: repoRoot,
      env: {
        ...localBotEnv(storage.connectionString),
        PORT: String(botPort),
        HOST: '127.0.0.1',
        BOT_LANGUAGE: options.language ?? 'nl',
        ...options.env,
      },
    });
    children.push(botChild);
    parts.push(botChild);
    const botUrl = `http://127.0.0.1:${botPort}`;
    await waitUntil('the bot /healthz', () => httpOk(`${botUrl}/healthz`), { timeoutMs: START_TIMEOUT_MS, child: botChild });

    await copyFile(join(playgroundConfigDir, playgroundConfigFile), join(playgroundDir, playgroundConfigFile));
    const wanted = await freePort();
    const pg = playgroundCommand(wanted, botPort);
    const playground = startChild({ name: 'playground', ...pg, cwd: playgroundDir, env: { ...process.env, ...pg.env } });
    children.push(playground);
    parts.push(playground);
    const [, port] = await playground.waitForLine(PLAYGROUND_LISTENING, START_TIMEOUT_MS);
    // Its connector URL was fixed to `wanted` on the command line; another port means the bot would reply nowhere.
    if (Number(port) !== wanted) throw new Error(`the Playground took port ${port} instead of ${wanted}`);

    return { playgroundUrl: `http://127.0.0.1:${port}`, botUrl, connectionString: storage.connectionString, logs, stop };
  } catch (error) {
    const detail = await logs();
    await stop();
    throw new Error(`startStack failed: ${error instanceof Error ? error.message : String(error)}\n${detail}`, { cause: error });
  }
}
