import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/main.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import { TENANT, activity, message, post, replies, startTestApp, testRouter, textOf } from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('GET /healthz', () => {
  it('answers 200 when storage answers', async () => {
    app = await startTestApp();
    const res = await fetch(`${app.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'ok' });
  });

  it('answers 503 when storage fails', async () => {
    const stores = { ...createMemoryStores(), health: { ping: () => Promise.reject(new StorageUnavailableError('down')) } };
    app = await startTestApp({}, { stores });
    const res = await fetch(`${app.server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', storage: 'unavailable' });
  });

  it('answers 503 when storage does not answer in time', async () => {
    const stores = { ...createMemoryStores(), health: { ping: () => new Promise<void>(() => undefined) } };
    app = await startTestApp({}, { stores, healthTimeoutMs: 50 });
    const res = await fetch(`${app.server.url}/healthz`);
    expect(res.status).toBe(503);
  });
});

describe('POST /api/messages', () => {
  it('answers "help" with the Dutch help card', async () => {
    app = await startTestApp();
    const [reply, ...rest] = await replies(app, message('help'));
    expect(rest).toEqual([]);
    expect(reply?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
    expect(textOf(reply!)).not.toContain('What can I do');
  });

  it('answers gibberish with the short Dutch help card, never silence', async () => {
    app = await startTestApp();
    const [reply] = await replies(app, message('blabla xyz'));
    expect(textOf(reply!)).toContain('Dat begreep ik niet');
    expect(textOf(reply!)).toContain('blabla xyz');
  });

  it('answers in English when the client locale is English', async () => {
    app = await startTestApp();
    const [reply] = await replies(app, message('hulp', { locale: 'en-US' }));
    expect(textOf(reply!)).toContain('What can I do for you?');
    expect(textOf(reply!)).not.toContain('Wat kan ik');
  });

  it('speaks Dutch to the Agents Playground, which always reports en-US, unless BOT_LANGUAGE says otherwise', async () => {
    app = await startTestApp({ BOT_LANGUAGE: undefined });
    const [reply] = await replies(app, message('help', { locale: 'en-US' }));
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
  });

  it('saves the conversation reference of every turn', async () => {
    app = await startTestApp();
    await replies(app, message('help', { conversationId: 'a:ref-test' }));
    const stored = await app.stores.references.get('a:ref-test');
    expect(stored).toMatchObject({ conversationId: 'a:ref-test', kind: 'personal', updatedAt: '2025-03-15T10:00:00.000Z' });
    expect(stored?.reference).toMatchObject({ serviceUrl: 'http://127.0.0.1:9/_connector', channelId: 'msteams' });
  });

  it.each([
    ['malformed JSON', '{"type": "message",'],
    ['JSON that is not an object', '[1,2,3]'],
    ['an object that is not an activity', '{"hello":"world"}'],
    ['an activity without a type', JSON.stringify({ ...message('help'), type: undefined })],
  ])('refuses %s with 400', async (_name, body) => {
    app = await startTestApp();
    const res = await post(app, body);
    expect(res.status).toBe(400);
  });

  it('refuses a body that is not JSON at all with 400', async () => {
    app = await startTestApp();
    const res = await fetch(`${app.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(res.status).toBe(400);
  });
});

describe('production mode', () => {
  it('refuses a request without a Bot Framework token with 401', async () => {
    app = await startTestApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    const res = await post(app, message('help'));
    expect(res.status).toBe(401);
    expect(await app.stores.references.get('a:personal-chat-1')).toBeUndefined();
  });
});

describe('forged tokens (issue 12 §1)', () => {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const claims = { iss: 'https://api.botframework.com', aud: '11111111-2222-3333-4444-555555555555', exp: 4102444800 };
  it.each([
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    ['HS256 with a guessed secret', `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${b64('sig')}`],
    ['not a JWT at all', 'not-a-token'],
  ])('answers %s with 401 and no detail, and stores nothing', async (_name, token) => {
    app = await startTestApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    const res = await post(app, message('help'), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
    expect(await app.stores.references.get('a:personal-chat-1')).toBeUndefined();
  });
});

describe('tenant allow-list', () => {
  const OTHER = '99999999-9999-4999-8999-999999999999';

  it('refuses a tenant that is not on the list with 403 and stores nothing', async () => {
    app = await startTestApp({ ALLOWED_TENANT_IDS: TENANT });
    const res = await post(app, message('help', { tenantId: OTHER, conversationId: 'a:foreign' }));
    expect(res.status).toBe(403);
    expect(await app.stores.references.get('a:foreign')).toBeUndefined();
  });

  it('refuses an activity that names no tenant', async () => {
    app = await startTestApp({ ALLOWED_TENANT_IDS: TENANT });
    const body = activity('message', { text: 'help' });
    const res = await post(app, { ...body, conversation: { id: 'a:x' }, channelData: {} });
    expect(res.status).toBe(403);
  });

  it('compares tenant ids without regard to case (issue 12 §5)', async () => {
    app = await startTestApp({ ALLOWED_TENANT_IDS: TENANT.toUpperCase() });
    const [reply] = await replies(app, message('help'));
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
  });

  it('serves a tenant on the list', async () => {
    app = await startTestApp({ ALLOWED_TENANT_IDS: `${OTHER}, ${TENANT}` });
    const [reply] = await replies(app, message('help'));
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
  });
});

describe('graceful shutdown', () => {
  it('stops after the shutdown limit even when a turn never ends (issue 12 §2)', async () => {
    let started: () => void = () => undefined;
    const inTurn = new Promise<void>((resolve) => (started = resolve));
    let release: () => void = () => undefined;
    const never = new Promise<void>((resolve) => (release = resolve));
    const router = testRouter({
      onMessage: async () => {
        started();
        await never;
      },
    });
    const local = await startTestApp({}, { router, shutdownLimitMs: 200 });
    const pending = replies(local, message('status')).catch(() => []);
    await inTurn;
    await local.close();
    release();
    await pending;
  });

  it('finishes the turn in flight, then stops accepting connections', async () => {
    let started: () => void = () => undefined;
    const inTurn = new Promise<void>((resolve) => (started = resolve));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const router = testRouter({
      onMessage: async (turn) => {
        started();
        // Held until the shutdown has begun, so the turn is in flight while the server closes (no fixed sleep).
        await released;
        await turn.reply.text('klaar');
      },
    });
    const local = await startTestApp({}, { router });
    const pending = replies(local, message('status'));
    await inTurn;
    const closing = local.close();
    release();
    await closing;
    expect((await pending)[0]?.text).toBe('klaar');
    await expect(fetch(`${local.server.url}/healthz`)).rejects.toThrow();
  });
});
