// Shared helpers for the bot's HTTP tests: an app on port 0 with memory stores, activities, and a POST helper.
import { Writable } from 'node:stream';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig, type Config, type Env } from '../../bot/config.js';
import { createApp, type App, type AppDeps } from '../../bot/main.js';
import { createRouter, type Router } from '../../dialogs/router/router.js';
import { createMemoryStores } from '../../storage/memory/index.js';

export const BOT_ID = '28:mtvp-bot';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TEAM_ID = '19:team-general@thread.tacv2';
export const FIXED_NOW = new Date('2025-03-15T10:00:00.000Z');

/** Rate limits no test reaches by accident. */
const UNLIMITED: Env = { RATE_FAILED_PER_IP: '1000000', RATE_TENANT_MESSAGES: '1000000', RATE_CONVERSATION_MESSAGES: '1000000' };

export function testConfig(env: Env = {}): Config {
  // `auto` so these tests see the locale detection; the local default (`nl`) has its own test. Dialog tests drive
  // many turns through one conversation in a moment: the rate limits have their own tests (edge.test.ts).
  return loadConfig({ PORT: '0', LOG_LEVEL: 'silent', BOT_LANGUAGE: 'auto', ...UNLIMITED, ...env });
}

/** A pino logger that keeps its JSON lines in memory, for asserting what was logged. */
export function memoryLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'info' }, stream);
  const lines = (): Record<string, unknown>[] =>
    chunks
      .join('')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger, lines };
}

/** The real router with some of its entry points replaced (a failing command, a dialog of the test's own). */
export function testRouter(over: Partial<Router> = {}): Router {
  return { ...createRouter({ stores: createMemoryStores() }), ...over };
}

export async function startTestApp(env: Env = {}, deps: AppDeps = {}): Promise<App> {
  let n = 0;
  return createApp(testConfig(env), {
    stores: createMemoryStores(),
    logger: pino({ level: 'silent' }),
    now: () => FIXED_NOW,
    newId: () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
    ...deps,
  });
}

export interface ActivityOptions {
  text?: string;
  locale?: string;
  channel?: boolean;
  tenantId?: string;
  conversationId?: string;
  expectReplies?: boolean;
  serviceUrl?: string;
  extra?: Record<string, unknown>;
}

export function activity(type: string, o: ActivityOptions = {}): Record<string, unknown> {
  const tenantId = o.tenantId ?? TENANT;
  const conversationId = o.conversationId ?? (o.channel ? TEAM_ID : 'a:personal-chat-1');
  return {
    type,
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: o.serviceUrl ?? 'http://127.0.0.1:9/_connector',
    locale: o.locale ?? 'nl-NL',
    from: { id: '29:user-1', name: 'Anne de Vries', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
    recipient: { id: BOT_ID, name: 'MTVP-assistent' },
    conversation: {
      id: conversationId,
      tenantId,
      conversationType: o.channel ? 'channel' : 'personal',
      ...(o.channel ? { isGroup: true } : {}),
    },
    channelData: {
      tenant: { id: tenantId },
      ...(o.channel ? { team: { id: TEAM_ID, name: 'Huisartsenpraktijk De Linde' }, channel: { id: TEAM_ID, name: 'General' } } : {}),
    },
    ...(o.text !== undefined ? { text: o.text } : {}),
    ...(o.expectReplies === false ? {} : { deliveryMode: 'expectReplies' }),
    ...o.extra,
  };
}

export function message(text: string, o: ActivityOptions = {}): Record<string, unknown> {
  return activity('message', { ...o, text });
}

export async function post(app: App, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export interface ReplyActivity {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
}

/** The replies of an expectReplies turn. */
export async function replies(app: App, body: unknown): Promise<ReplyActivity[]> {
  const res = await post(app, body);
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${await res.text()}`);
  const json = (await res.json()) as { activities?: ReplyActivity[] };
  return json.activities ?? [];
}

/** All visible text of a reply (message text and card JSON), for "does it say …" assertions. */
export function textOf(reply: ReplyActivity): string {
  return `${reply.text ?? ''} ${JSON.stringify(reply.attachments?.map((a) => a.content) ?? [])}`;
}

export interface ConnectorOptions {
  /** Team id → ids of its members, for GET …/conversations/{team}/members/{user} (404 for anyone else). */
  members?: Record<string, string[]>;
  /** Answer membership questions with this status instead (e.g. 500: Teams is down). */
  membersStatus?: number;
  /** Member id → display name, for the team's member list (GET …/conversations/{team}/pagedmembers). */
  names?: Record<string, string>;
}

export interface FakeConnector {
  url: string;
  received: Record<string, unknown>[];
  /** Earlier messages the bot replaced (updateActivity), by conversation (thread) and activity id. */
  updated: { conversationId: string; activityId: string; activity: Record<string, unknown> }[];
  /** The membership questions asked, as `team user`. */
  memberLookups: string[];
  close(): Promise<void>;
}

const MEMBER_URL = /\/v3\/conversations\/([^/]+)\/members\/([^/?]+)/;
const PAGED_URL = /\/v3\/conversations\/([^/]+)\/pagedmembers/;

/** A stand-in for the Bot Connector service (serviceUrl): records the activities the bot sends, answers membership. */
export async function startConnector(options: ConnectorOptions = {}): Promise<FakeConnector> {
  const received: Record<string, unknown>[] = [];
  const memberLookups: string[] = [];
  const updated: FakeConnector['updated'] = [];
  const readBody = async (req: IncomingMessage): Promise<string> => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    return Buffer.concat(parts).toString();
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const paged = req.method === 'GET' ? PAGED_URL.exec(req.url ?? '') : null;
      if (paged) {
        const ids = options.members?.[decodeURIComponent(paged[1] ?? '')] ?? [];
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ members: ids.map((id) => ({ id: `29:${id}`, aadObjectId: id, name: options.names?.[id] ?? id })) }));
        return;
      }
      const member = req.method === 'GET' ? MEMBER_URL.exec(req.url ?? '') : null;
      if (member) {
        const [team, user] = [decodeURIComponent(member[1] ?? ''), decodeURIComponent(member[2] ?? '')];
        memberLookups.push(`${team} ${user}`);
        const status = options.membersStatus ?? (options.members?.[team]?.includes(user) ? 200 : 404);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            status === 200 ? { id: user, name: 'Anne de Vries' } : { error: { code: 'NotFound', message: 'member not found' } },
          ),
        );
        return;
      }
      const update = req.method === 'PUT' ? /\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)$/.exec(req.url ?? '') : null;
      if (update) {
        const [conversationId, activityId] = [decodeURIComponent(update[1] ?? ''), decodeURIComponent(update[2] ?? '')];
        updated.push({ conversationId, activityId, activity: JSON.parse(body) as Record<string, unknown> });
      }
      if (req.method === 'POST' && /\/v3\/conversations\/.+\/activities/.test(req.url ?? '')) {
        received.push(JSON.parse(body) as Record<string, unknown>);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_connector`,
    received,
    updated,
    memberLookups,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
