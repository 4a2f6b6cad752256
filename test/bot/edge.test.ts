// The HTTP edge against the real server (issue 12 §1): compressed and oversized bodies are refused before they are
// inflated or parsed, and the rate limits answer 429 with Retry-After without touching other conversations or /healthz.
import { connect } from 'node:net';
import { gzipSync, deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import type { App } from '../../bot/main.js';
import { message, post, replies, startTestApp, textOf } from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const MiB = 1024 * 1024;

describe('compressed bodies', () => {
  // 16 MiB of JSON-ish padding inflates from about 16 KB: far past the 1 MiB limit once unpacked.
  const bomb = (pack: (b: Buffer) => Buffer): Buffer => {
    const activity = JSON.stringify(message('help', { conversationId: 'a:bomb' }));
    return pack(Buffer.concat([Buffer.from(activity.slice(0, -1) + ',"pad":"'), Buffer.alloc(16 * MiB, 0x61), Buffer.from('"}')]));
  };

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['GZIP', gzipSync],
    ['gzip, identity', gzipSync],
  ])('refuses Content-Encoding %s with 415 without inflating it, and stores nothing', async (encoding, pack) => {
    app = await startTestApp();
    const body = bomb(pack);
    expect(body.length).toBeLessThan(MiB);
    const res = await post(app, body, { 'content-encoding': encoding });
    expect(res.status).toBe(415);
    expect(await app.stores.references.get('a:bomb')).toBeUndefined();
  });

  it('refuses an encoding it does not know (br) with 415', async () => {
    app = await startTestApp();
    const res = await post(app, message('help', { conversationId: 'a:br' }), { 'content-encoding': 'br' });
    expect(res.status).toBe(415);
    expect(await app.stores.references.get('a:br')).toBeUndefined();
  });

  it('serves a body that says Content-Encoding: identity', async () => {
    app = await startTestApp();
    const res = await post(app, message('help'), { 'content-encoding': 'identity' });
    expect(res.status).toBe(200);
  });
});

describe('body size', () => {
  const padded = (bytes: number): string => JSON.stringify({ ...message('help', { conversationId: 'a:big' }), pad: 'x'.repeat(bytes) });

  it('refuses a body over 1 MiB by its Content-Length with 413, and stores nothing', async () => {
    app = await startTestApp();
    const res = await post(app, padded(MiB + 10));
    expect(res.status).toBe(413);
    expect(await app.stores.references.get('a:big')).toBeUndefined();
  });

  it('refuses a chunked body (no Content-Length) over 1 MiB with 413 while reading it', async () => {
    app = await startTestApp();
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Never ends on its own: only the server's count can stop it.
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"pad":"'));
        sent += 1;
        controller.enqueue(chunk);
        if (sent > 64) controller.close();
      },
    });
    const res = await fetch(`${app.server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('counts a body the client abandons half-way as a failure of its IP, and keeps serving', async () => {
    app = await startTestApp({ RATE_FAILED_PER_IP: '1', RATE_FAILED_WINDOW_SECONDS: '3600' });
    const { port } = app.server;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":');
        socket.destroy();
        resolve();
      });
      socket.on('error', reject);
    });
    // The server notices the abandoned body on its own schedule: ask until it has (no fixed sleep), at most 50 times.
    let status = 0;
    for (let i = 0; i < 50 && status !== 429; i++) status = (await post(app, message('help', { conversationId: `a:poll-${i}` }))).status;
    expect(status).toBe(429);
    expect((await fetch(`${app.server.url}/healthz`)).status).toBe(200);
  });

  it('still serves a body just under the limit', async () => {
    app = await startTestApp();
    const res = await post(app, padded(MiB - 2048));
    expect(res.status).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers a conversation over its budget 429 with Retry-After; other conversations and /healthz are unaffected', async () => {
    app = await startTestApp({ RATE_CONVERSATION_MESSAGES: '2', RATE_CONVERSATION_WINDOW_SECONDS: '3600' });
    for (let i = 0; i < 2; i++) expect((await post(app, message('help', { conversationId: 'a:busy' }))).status).toBe(200);
    const limited = await post(app, message('help', { conversationId: 'a:busy' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ error: 'too many requests' });

    const [reply] = await replies(app, message('help', { conversationId: 'a:quiet' }));
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
    const health = await fetch(`${app.server.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await post(app, message('help', { conversationId: 'a:busy' }))).status).toBe(429);
  });

  it('limits a tenant across its conversations, not another tenant', async () => {
    app = await startTestApp({ RATE_TENANT_MESSAGES: '2', RATE_TENANT_WINDOW_SECONDS: '3600' });
    expect((await post(app, message('help', { conversationId: 'a:one' }))).status).toBe(200);
    expect((await post(app, message('help', { conversationId: 'a:two' }))).status).toBe(200);
    const limited = await post(app, message('help', { conversationId: 'a:three' }));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await app.stores.references.get('a:three')).toBeUndefined();
    const other = await post(app, message('help', { conversationId: 'a:four', tenantId: '99999999-9999-4999-8999-999999999999' }));
    expect(other.status).toBe(200);
  });

  it('cuts off a client IP after too many failed requests, even for a valid one, but never /healthz', async () => {
    app = await startTestApp({ RATE_FAILED_PER_IP: '3', RATE_FAILED_WINDOW_SECONDS: '3600' });
    for (const body of ['{', '[1]', '{"hello":"world"}']) expect((await post(app, body)).status).toBe(400);
    const limited = await post(app, message('help', { conversationId: 'a:after-failures' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await app.stores.references.get('a:after-failures')).toBeUndefined();
    expect((await fetch(`${app.server.url}/healthz`)).status).toBe(200);
  });

  it('counts 401s against the IP in production mode', async () => {
    app = await startTestApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'not-a-real-secret',
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      RATE_FAILED_PER_IP: '2',
      RATE_FAILED_WINDOW_SECONDS: '3600',
    });
    expect((await post(app, message('help'))).status).toBe(401);
    expect((await post(app, message('help'))).status).toBe(401);
    expect((await post(app, message('help'))).status).toBe(429);
  });

  it('with CLIENT_IP_HEADER, counts failures per forwarded client, not per proxy', async () => {
    app = await startTestApp({ RATE_FAILED_PER_IP: '1', RATE_FAILED_WINDOW_SECONDS: '3600', CLIENT_IP_HEADER: 'X-Forwarded-For' });
    // The last entry is what the proxy appended; the first one is whatever the client claimed.
    expect((await post(app, '{', { 'x-forwarded-for': '10.0.0.9, 203.0.113.7:5123' })).status).toBe(400);
    expect((await post(app, message('help'), { 'x-forwarded-for': '10.0.0.8, 203.0.113.7:6000' })).status).toBe(429);
    expect((await post(app, message('help'), { 'x-forwarded-for': '10.0.0.9, 198.51.100.4:5123' })).status).toBe(200);
  });
});

describe('rate limit configuration', () => {
  it('reads the defaults', () => {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    expect(config.rateLimits).toEqual({
      failedPerIp: { points: 30, windowSeconds: 60 },
      perTenant: { points: 600, windowSeconds: 60 },
      perConversation: { points: 20, windowSeconds: 10 },
    });
    expect(config.clientIpHeader).toBeUndefined();
  });

  it('refuses a limit that is not a positive whole number, naming every bad variable', () => {
    const load = () => loadConfig({ RATE_CONVERSATION_MESSAGES: '0', RATE_TENANT_WINDOW_SECONDS: 'soon', CLIENT_IP_HEADER: 'x forwarded' });
    expect(load).toThrow(ConfigError);
    try {
      load();
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.variable).sort()).toEqual([
        'CLIENT_IP_HEADER',
        'RATE_CONVERSATION_MESSAGES',
        'RATE_TENANT_WINDOW_SECONDS',
      ]);
    }
  });
});
