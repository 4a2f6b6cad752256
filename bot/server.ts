// HTTP routes only: POST /api/messages and GET /healthz (plus `routes`, e.g. the job trigger). Everything else is wired
// in bot/main.ts.
import type { AddressInfo } from 'node:net';
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import restify from 'restify';
import type { Health } from '../storage/ports.js';
import type { BotAdapter } from './adapter.js';
import type { Config } from './config.js';
import { readJsonBody } from './edge/body.js';
import { clientIp } from './edge/client-ip.js';
import { createEdgeLimiter } from './edge/limits.js';
import type { Logger } from './logger.js';
import { ActivityBody } from './routing/activity-shape.js';
import { tenantOf } from './routing/conversation.js';
import { runWithinBudget } from './routing/turn-budget.js';

export interface ServerDeps {
  config: Pick<Config, 'allowedTenantIds' | 'rateLimits' | 'clientIpHeader' | 'turnBudgets'>;
  adapter: BotAdapter;
  bot: Pick<ActivityHandlerBase, 'run'>;
  health: Health;
  logger: Logger;
  /** Ends storage clients after the last request finished. */
  closeStorage?: () => Promise<void>;
  /** A storage ping slower than this counts as unavailable. */
  healthTimeoutMs?: number;
  /** More routes (bot/jobs: `POST /api/jobs/:job`). */
  routes?: (server: restify.Server) => void;
}

export interface AppServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting connections, waits for requests in flight, then closes storage. */
  close(): Promise<void>;
}

async function pingWithin(health: Health, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      health.ping().then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function timestampsToDates(activity: Activity): Activity {
  // The wire carries ISO strings; botbuilder's own process() converts these the same way.
  for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw: unknown = activity[key];
    if (typeof raw === 'string') activity[key] = new Date(raw);
  }
  return activity;
}

export async function startServer(deps: ServerDeps, port: number, host: string): Promise<AppServer> {
  const { adapter, bot, logger } = deps;
  // Tenant ids are GUIDs: the same tenant may arrive in upper or lower case (issue 12 §5).
  const allowed =
    deps.config.allowedTenantIds === undefined ? undefined : new Set(deps.config.allowedTenantIds.map((t) => t.toLowerCase()));
  const inFlight = new Set<Promise<void>>();
  const server = restify.createServer({ name: 'mtvp-assistent', handleUncaughtExceptions: false });

  // In memory, per instance (bot/edge/limits.ts); /healthz is never limited.
  const limiter = createEdgeLimiter(deps.config.rateLimits);

  /** A refusal before authentication: it counts against the client IP, so a flood of them is cut off cheaply. */
  const refuse = async (ip: string, res: restify.Response, status: number, error: string): Promise<void> => {
    await limiter.failed(ip);
    res.send(status, { error });
  };
  const tooMany = (res: restify.Response, retryAfterSeconds: number): void => {
    res.header('Retry-After', String(retryAfterSeconds));
    res.send(429, { error: 'too many requests' });
  };

  // Cheapest first (issue 12 §1): the IP's failure budget, then the headers and the bounded body (bot/edge/body.ts),
  // then the activity's shape, then the token; only then the tenant and conversation budgets and the bot.
  const handleMessage = async (req: restify.Request, res: restify.Response): Promise<void> => {
    const ip = clientIp(req, deps.config.clientIpHeader);
    const blocked = await limiter.ipBlocked(ip);
    if (blocked !== undefined) {
      tooMany(res, blocked);
      return;
    }
    const read = await readJsonBody(req);
    if (!read.ok) {
      await refuse(ip, res, read.status, read.error);
      return;
    }
    const parsed = ActivityBody.safeParse(read.body);
    if (!parsed.success) {
      await refuse(ip, res, 400, 'body is not a Bot Framework activity');
      return;
    }
    const activity = timestampsToDates(parsed.data);
    const header = req.header('authorization', '');
    let auth: Awaited<ReturnType<BotAdapter['authenticate']>>;
    try {
      auth = await adapter.authenticate(activity, header);
    } catch (err) {
      // Every authentication failure is a 401 without detail (issue 12 §1): a forged token (alg none, HS256, a wrong
      // audience, an own key) makes the SDK throw plain errors, which must not look like a server fault.
      logger.warn({ err, activityId: activity.id }, 'request not authenticated');
      await refuse(ip, res, 401, 'unauthorized');
      return;
    }
    const tenantId = tenantOf(activity);
    // Not counted against the IP: a foreign tenant's activities come through the Bot Connector's own addresses.
    if (allowed !== undefined && (tenantId === undefined || !allowed.has(tenantId.toLowerCase()))) {
      logger.warn({ tenantId, activityId: activity.id, conversationId: activity.conversation.id }, 'tenant not allowed');
      res.send(403, { error: 'tenant not allowed' });
      return;
    }
    const retryAfter = await limiter.admit(tenantId?.toLowerCase() ?? '-', activity.conversation.id);
    if (retryAfter !== undefined) {
      logger.warn({ tenantId, conversationId: activity.conversation.id, retryAfter }, 'rate limited');
      tooMany(res, retryAfter);
      return;
    }
    await runWithinBudget(
      { activity, budgets: deps.config.turnBudgets, logger, run: (logic) => adapter.run(auth, activity, logic), logic: (c) => bot.run(c) },
      ({ status, body }) => res.send(status, body),
    );
  };

  // No restify body plugins: their gzip support inflated before any limit (bot/edge/body.ts reads the body instead).
  server.post('/api/messages', async (req, res) => {
    const work = handleMessage(req, res).catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    });
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });

  server.get('/healthz', async (_req, res) => {
    const ok = await pingWithin(deps.health, deps.healthTimeoutMs ?? 2000);
    res.send(ok ? 200 : 503, ok ? { status: 'ok', storage: 'ok' } : { status: 'degraded', storage: 'unavailable' });
  });

  deps.routes?.(server);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    url: `http://${urlHost}:${address.port}`,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.allSettled([...inFlight]);
        await stopped;
        await deps.closeStorage?.();
      })();
      return closing;
    },
  };
}
