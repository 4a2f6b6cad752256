// Composition root: config → stores → adapter → bot → server. `createApp` is what tests start.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ConversationState, UserState } from 'botbuilder';
import { checkCardViews } from '../cards/render.js';
import type { ExportStore, Stores } from '../storage/ports.js';
import { createStores } from './stores.js';
import { createRouter, type Router } from '../dialogs/router/router.js';
import { RULE_SETS } from '../rules/sets/index.js';
import { createAdapter, type BotAdapter } from './adapter.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { exportStoreOf } from './exports.js';
import { JOB_EVALUATORS } from '../dialogs/jobs.js';
import { createJobs, type Jobs, type JobsDeps } from './jobs/index.js';
import { createLogger, type Logger } from './logger.js';
import { startServer, type AppServer } from './server.js';
import { TeamsBot } from './teams-bot.js';

export interface AppDeps {
  /** Default: Azure Tables from `config.storage`. */
  stores?: Stores;
  /** Default: Blob Storage on the account of `config.storage` (the RHO export). */
  exports?: ExportStore;
  /** Default: the features of dialogs/; tests pass a router that fails on purpose. */
  router?: Router;
  logger?: Logger;
  now?: () => Date;
  newId?: () => string;
  healthTimeoutMs?: number;
  /** How long `close()` waits for turns in flight (default 10 s; issue 12 §2: shutdown never waits forever). */
  shutdownLimitMs?: number;
  /** The proactive jobs' evaluators, sender, limits (default: dialogs/jobs.ts through the adapter, Teams' limits). */
  jobs?: Partial<Pick<JobsDeps, 'evaluators' | 'send' | 'limits' | 'retry'>>;
}

const SHUTDOWN_LIMIT_MS = 10_000;

/** `work`, or after `ms` without it: a logged give-up, so a stuck turn cannot hold a shutdown. */
async function within(work: Promise<void>, ms: number, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const result = await Promise.race([work.then(() => 'done' as const), limit]);
  clearTimeout(timer);
  if (result === 'late') logger.warn({ limitMs: ms }, 'turns still in flight at the shutdown limit; stopping anyway');
}

export interface App {
  readonly server: AppServer;
  readonly adapter: BotAdapter;
  readonly stores: Stores;
  readonly jobs: Jobs;
  close(): Promise<void>;
}

export async function createApp(config: Config, deps: AppDeps = {}): Promise<App> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  const stores = deps.stores ?? (await createStores(config.storage, logger, false, config.practiceCacheSeconds * 1000));
  const conversationState = new ConversationState(stores.state);
  const adapter = createAdapter(config, { logger, clearState: (context) => conversationState.delete(context) });
  const bot = new TeamsBot({
    stores,
    router:
      deps.router ??
      createRouter({ stores, rhoTeams: config.rhoTeams, exports: deps.exports ?? exportStoreOf(config.storage, config.exportContainer) }),
    conversationState,
    userState: new UserState(stores.state),
    logger,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? randomUUID,
  });
  const jobs = createJobs({
    stores,
    adapter,
    config,
    evaluators: JOB_EVALUATORS,
    logger,
    ...deps.jobs,
    ...(deps.now !== undefined ? { now: deps.now } : {}),
  });
  const server = await startServer(
    {
      config,
      adapter,
      bot,
      health: stores.health,
      logger,
      routes: (s) => jobs.register(s),
      ...(deps.healthTimeoutMs !== undefined ? { healthTimeoutMs: deps.healthTimeoutMs } : {}),
    },
    config.port,
    config.host,
  );
  jobs.start();
  const close = async (): Promise<void> => {
    await within(
      Promise.all([jobs.stop(), server.close()]).then(() => undefined),
      deps.shutdownLimitMs ?? SHUTDOWN_LIMIT_MS,
      logger,
    );
  };
  return { server, adapter, stores, jobs, close };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    createLogger('info').fatal({ issues: err.issues }, err.message);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  // The hot path's card view models are checked by the tests, not on every turn (cards/render.ts).
  checkCardViews(false);
  // Rule sets are validated lazily per region (rules/sets); a broken file must still stop the start, not a turn.
  logger.debug({ ruleSets: RULE_SETS.length }, 'rule sets valid');
  const app = await createApp(config, { logger });
  logger.info({ port: app.server.port, host: config.host, mode: config.mode, url: `${app.server.url}/api/messages` }, 'listening');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    // Ctrl-C reaches the bot twice under `npm start` (terminal process group + the start script forwarding it);
    // the second must not cut the graceful stop short.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    createLogger('info').fatal({ err }, 'start failed');
    process.exit(1);
  });
}
