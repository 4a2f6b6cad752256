// A Bot Connector over HTTP for proactive delivery tests and the bench (issue 11 "Tests and figures"): it accepts
// `POST /v3/conversations/:id/activities` as Teams does, enforces Teams' limits per conversation (7 in 1 s, 8 in 2 s,
// 60 in 30 s) and per tenant (50 in 1 s) with 429 + Retry-After, and answers 403, 404 or 5xx on demand. It records
// every accepted activity, every 429 and every retry that came before the Retry-After it gave.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  conversationId: string;
  tenantId: string;
  summary: string;
  attachments: number;
  at: number;
}

interface Window {
  max: number;
  ms: number;
}
const CONVERSATION_WINDOWS: Window[] = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
];
const TENANT_WINDOWS: Window[] = [{ max: 50, ms: 1_000 }];

export interface TestConnector {
  url: string;
  received: Received[];
  /** Requests answered 429 because a limit was reached (not the ones asked for with `fail`). */
  throttled: number;
  /** Requests that came back before the Retry-After of a 429 had passed. */
  early: number;
  requests: number;
  /** The next `times` requests to the conversation answer `status` (429 with `retryAfterSeconds`). */
  fail(conversationId: string, status: number, times?: number, retryAfterSeconds?: number): void;
  /** Every request to the conversation answers `status` from now on (403: the bot was removed). */
  block(conversationId: string, status?: number): void;
  /** Called on each accepted activity before it is answered (a test can kill a process here). */
  onReceive?: (received: Received) => void;
  stop(): Promise<void>;
}

/** Wait until one more fits all windows, in ms (0: fits now); removes stamps older than the longest window. */
function waitFor(stamps: number[], windows: Window[], now: number): number {
  let wait = 0;
  for (const { max, ms } of windows) {
    const inWindow = stamps.filter((t) => t > now - ms);
    const oldest = inWindow[inWindow.length - max];
    if (inWindow.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + ms - now);
  }
  return wait;
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

function tenantOf(activity: Record<string, unknown>): string {
  const conversation = activity['conversation'] as { tenantId?: string } | undefined;
  return conversation?.tenantId ?? '-';
}

export async function startTestConnector(): Promise<TestConnector> {
  const stamps = new Map<string, number[]>();
  const notBefore = new Map<string, number>();
  const failures = new Map<string, { status: number; times: number; retryAfterSeconds: number }>();
  const blocked = new Map<string, number>();
  let next = 0;

  const answer = (res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(payload));
  };
  const tooMany = (conversationId: string, res: ServerResponse, waitMs: number): void => {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    notBefore.set(conversationId, performance.now() + seconds * 1000);
    answer(res, 429, { error: { code: 'TooManyRequests' } }, { 'retry-after': String(seconds) });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || match?.[1] === undefined)
      return answer(res, 404, { error: { code: 'NotFound', message: `${req.method ?? ''} ${req.url ?? ''}` } });
    const conversationId = decodeURIComponent(match[1]);
    const activity = await body(req);
    connector.requests += 1;
    const now = performance.now();
    if ((notBefore.get(conversationId) ?? 0) > now) connector.early += 1;
    notBefore.delete(conversationId);
    const status = blocked.get(conversationId);
    if (status !== undefined)
      return answer(res, status, { error: { code: status === 403 ? 'BotNotInConversationRoster' : 'ConversationNotFound' } });
    const failure = failures.get(conversationId);
    if (failure !== undefined && failure.times > 0) {
      failure.times -= 1;
      if (failure.status === 429) return tooMany(conversationId, res, failure.retryAfterSeconds * 1000);
      return answer(res, failure.status, { error: { code: 'ServiceError' } });
    }
    const tenantId = tenantOf(activity);
    const own = stamps.get(`c|${conversationId}`) ?? [];
    const tenant = stamps.get(`t|${tenantId}`) ?? [];
    const wait = Math.max(waitFor(own, CONVERSATION_WINDOWS, now), waitFor(tenant, TENANT_WINDOWS, now));
    if (wait > 0) {
      connector.throttled += 1;
      return tooMany(conversationId, res, wait);
    }
    stamps.set(`c|${conversationId}`, [...own.filter((t) => t > now - 30_000), now]);
    stamps.set(`t|${tenantId}`, [...tenant.filter((t) => t > now - 1_000), now]);
    const attachments = Array.isArray(activity['attachments']) ? activity['attachments'].length : 0;
    const received = { conversationId, tenantId, summary: String(activity['summary'] ?? ''), attachments, at: now };
    connector.received.push(received);
    connector.onReceive?.(received);
    next += 1;
    answer(res, 201, { id: `activity-${next}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => answer(res, 500, { error: { code: 'TestConnectorFault', message: String(err) } }));
  });
  // Node closes an idle keep-alive socket after 5 s; a client that picks it at that moment gets ECONNRESET / socket
  // hang up, a test artefact on a loaded machine (Teams' front ends keep idle connections for minutes).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const connector: TestConnector = {
    url: `http://127.0.0.1:${port}/`,
    received: [],
    throttled: 0,
    early: 0,
    requests: 0,
    fail: (conversationId, status, times = 1, retryAfterSeconds = 1) =>
      void failures.set(conversationId, { status, times, retryAfterSeconds }),
    block: (conversationId, status = 403) => void blocked.set(conversationId, status),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return connector;
}
