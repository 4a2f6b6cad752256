// `npm start`: locally Azurite + bot + Agents Playground, wired together; with production settings only the bot.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { config as loadDotenv } from 'dotenv';
import { describeExit, startChild, waitUntil, type ManagedChild } from './lib/children.js';
import {
  AZURITE_BLOB_PORT,
  AZURITE_TABLE_PORT,
  azuriteBlobCommand,
  azuriteCommand,
  botCommand,
  botEnvironment,
  DEFAULT_BOT_PORT,
  DEFAULT_PLAYGROUND_PORT,
  httpOk,
  playgroundCommand,
  playgroundConfigDir,
  PLAYGROUND_LISTENING,
  repoRoot,
  tableServiceAnswers,
  tcpAnswers,
} from './lib/local-stack.js';
import { freePort } from './lib/ports.js';

// Always 127.0.0.1:10002 with the public development account (STACK.md, Azurite).
const AZURITE_CONNECTION_STRING = 'UseDevelopmentStorage=true';
const PRODUCTION_SETTINGS = ['STORAGE_CONNECTION_STRING', 'STORAGE_ACCOUNT_URL', 'MicrosoftAppId'] as const;

// `npm start` runs this file compiled (dist/scripts/start.js) and starts the compiled bot; `npm run dev` runs it
// through tsx and starts the bot from its TypeScript sources.
const BOT_RUNTIME = import.meta.url.endsWith('.ts') ? 'tsx' : 'compiled';

const children: ManagedChild[] = [];
let stopping = false;
let shuttingDown: Promise<never> | undefined;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

function environment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  loadDotenv({ processEnv: env, override: false, quiet: true });
  return env;
}

/** Stops every child (last started first) and exits; later calls wait for the first one. */
function shutdown(code: number, reason?: string): Promise<never> {
  shuttingDown ??= (async () => {
    stopping = true;
    if (reason) process.stderr.write(`\n${reason}\n`);
    for (const child of [...children].reverse()) await child.stop();
    if (code === 0) say('Gestopt. / Stopped.');
    process.exit(code);
  })();
  return shuttingDown;
}

function launch(name: string, command: { command: string; args: string[] }, cwd: string, env: NodeJS.ProcessEnv): ManagedChild {
  const child = startChild({
    name,
    command: command.command,
    args: command.args,
    cwd,
    env,
    onLine: (line, stream) => (stream === 'stderr' ? process.stderr : process.stdout).write(`[${name}] ${line}\n`),
  });
  children.push(child);
  void child.exited.then(async (exit) => {
    // Ctrl-C reaches the children too; give our own signal handler the chance to mark the stop as intended.
    await sleep(300);
    const others = children.length > 1 ? '; stopping the others' : '';
    if (!stopping) await shutdown(1, `[${name}] stopped unexpectedly (${describeExit(exit)})${others}.`);
  });
  return child;
}

async function ensureFree(port: number, what: string, variable?: string): Promise<void> {
  if (await tcpAnswers(port)) {
    const hint = variable ? ` or set ${variable} to another port` : '';
    await shutdown(1, `Poort ${port} is al in gebruik / port ${port} is already in use (${what}). Stop that process${hint}.`);
  }
}

async function startLocal(env: Record<string, string>): Promise<void> {
  const botPort = Number(env.PORT || DEFAULT_BOT_PORT);
  await ensureFree(AZURITE_TABLE_PORT, 'Azurite Table service, is another `npm start` running?');
  await ensureFree(AZURITE_BLOB_PORT, 'Azurite blob service, is another `npm start` running?');
  await ensureFree(botPort, 'bot', 'PORT');

  const location = join(repoRoot, 'data', 'azurite');
  await mkdir(location, { recursive: true });
  say(`Azurite (Table en Blob storage, data in ${location}) starten…`);
  const azurite = launch('azurite', azuriteCommand(location), repoRoot, env);
  // The RHO summary's CSV exports (issue 11 §4); UseDevelopmentStorage=true names it on 127.0.0.1:10000.
  const blobLocation = join(location, 'blob');
  await mkdir(blobLocation, { recursive: true });
  const azuriteBlob = launch('azurite-blob', azuriteBlobCommand(blobLocation), repoRoot, env);
  await waitUntil(
    'Azurite on port 10002',
    async () => (await tcpAnswers(AZURITE_TABLE_PORT)) && tableServiceAnswers(AZURITE_CONNECTION_STRING),
    {
      timeoutMs: 30_000,
      child: azurite,
    },
  );
  await waitUntil('Azurite blob on port 10000', () => tcpAnswers(AZURITE_BLOB_PORT), { timeoutMs: 30_000, child: azuriteBlob });

  say(`Bot starten op http://127.0.0.1:${botPort}…`);
  const botEnv = { ...env, PORT: String(botPort), STORAGE_CONNECTION_STRING: AZURITE_CONNECTION_STRING };
  const bot = launch('bot', botCommand(BOT_RUNTIME), repoRoot, botEnvironment(botEnv));
  await waitUntil('the bot /healthz', () => httpOk(`http://127.0.0.1:${botPort}/healthz`), { timeoutMs: 60_000, child: bot });

  const wanted = (await tcpAnswers(DEFAULT_PLAYGROUND_PORT)) ? await freePort() : DEFAULT_PLAYGROUND_PORT;
  const pg = playgroundCommand(wanted, botPort);
  const playground = launch('playground', pg, playgroundConfigDir, { ...env, ...pg.env });
  const [, port] = await playground.waitForLine(PLAYGROUND_LISTENING, 60_000);
  if (Number(port) !== wanted) {
    await shutdown(1, `The Playground moved to port ${port}, while the bot was told to answer on port ${wanted}; please try again.`);
  }

  say('');
  say(`  MTVP-assistent draait lokaal / runs locally. Open:  http://localhost:${port}`);
  say('  (Nederlands; BOT_LANGUAGE=en npm start voor Engels / for English)');
  say('  NL: kies team "Huisartsenpraktijk De Linde" › General voor de welkomstkaart, of typ "help" in Personal Chat.');
  say('  EN: pick team "Huisartsenpraktijk De Linde" › General for the welcome card, or type "help" in Personal Chat.');
  say('  Ctrl-C stopt alles / stops everything.');
  say('');
}

async function startProductionBot(env: Record<string, string>): Promise<void> {
  const set = PRODUCTION_SETTINGS.filter((name) => env[name]?.trim());
  say(`Productie-instellingen gevonden / production settings found (${set.join(', ')}): alleen de bot / bot only.`);
  launch('bot', botCommand(BOT_RUNTIME), repoRoot, botEnvironment(env));
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const env = environment();
try {
  if (PRODUCTION_SETTINGS.some((name) => env[name]?.trim())) await startProductionBot(env);
  else await startLocal(env);
} catch (error) {
  await shutdown(1, `npm start: ${error instanceof Error ? error.message : String(error)}`);
}
