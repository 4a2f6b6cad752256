// Issue 12 §1: forged Bot Framework tokens get 401 with no detail, on the production path of token validation. A local
// key server stands in for login.botframework.com (OpenID metadata + JWKS with the Teams endorsement), so a token signed
// with its key is accepted (the control) and every forgery is checked against real keys, without the network.
import { createHmac, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConversationState, UserState } from 'botbuilder';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../bot/adapter.js';
import { startServer, type AppServer } from '../../bot/server.js';
import { TeamsBot } from '../../bot/teams-bot.js';
import { createRouter } from '../../dialogs/router/router.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import { message, testConfig } from './support.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'http://127.0.0.1:9/_connector';

const b64 = (v: unknown): string => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const served = generateKeyPairSync('rsa', { modulusLength: 2048 });
const own = generateKeyPairSync('rsa', { modulusLength: 2048 });

function rs256(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

const now = (): number => Math.floor(Date.now() / 1000);
const claims = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  iss: ISSUER,
  aud: APP_ID,
  serviceurl: SERVICE_URL,
  nbf: now() - 60,
  exp: now() + 3600,
  ...over,
});
const header = { alg: 'RS256', typ: 'JWT', kid: 'served-key' };

let keyServer: Server;
let keyServerUrl: string;
let app: AppServer;
const stores = createMemoryStores();

beforeAll(async () => {
  const jwk = { ...served.publicKey.export({ format: 'jwk' }), kid: 'served-key', use: 'sig', endorsements: ['msteams'] };
  keyServer = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url?.endsWith('/keys')) res.end(JSON.stringify({ keys: [jwk] }));
    else res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${keyServerUrl}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  keyServerUrl = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}`;

  // The production composition of bot/main.ts, with the key server in place of the public cloud's metadata.
  const config = testConfig({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    HOST: '127.0.0.1',
    STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
  });
  const logger = pino({ level: 'silent' });
  const conversationState = new ConversationState(stores.state);
  const adapter = createAdapter(
    config,
    { logger, clearState: (c) => conversationState.delete(c) },
    {
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: ISSUER,
      ToBotFromChannelTokenIssuer: ISSUER,
      OAuthUrl: ISSUER,
      ToBotFromChannelOpenIdMetadataUrl: `${keyServerUrl}/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${keyServerUrl}/emulator/.well-known/openid-configuration`,
      CallerId: 'urn:botframework:azure',
    },
  );
  const bot = new TeamsBot({
    stores,
    router: createRouter({ stores }),
    conversationState,
    userState: new UserState(stores.state),
    logger,
    now: () => new Date(),
    newId: randomUUID,
  });
  app = await startServer({ config, adapter, bot, health: stores.health, logger }, 0, '127.0.0.1');
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => keyServer.close(() => resolve()));
});

async function postWith(token: string, conversationId: string): Promise<Response> {
  return fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(message('help', { conversationId, serviceUrl: SERVICE_URL })),
  });
}

describe('forged tokens on the production path (issue 12 §1)', () => {
  it('accepts a token signed with the served key (the control: the key server is used)', async () => {
    const res = await postWith(rs256(header, claims(), served.privateKey), 'a:genuine');
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body, body.slice(0, 400)).toContain('Wat kan ik voor je doen?');
  });

  const publicPem = served.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  it.each([
    ['alg none', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
    [
      'HS256 signed with the public key as secret (algorithm confusion)',
      () => {
        const input = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'served-key' })}.${b64(claims())}`;
        return `${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`;
      },
    ],
    ['a wrong audience', () => rs256(header, claims({ aud: '99999999-9999-9999-9999-999999999999' }), served.privateKey)],
    ['an expired token', () => rs256(header, claims({ nbf: now() - 7200, exp: now() - 3600 }), served.privateKey)],
    ['an own RS256 key under the served key id', () => rs256(header, claims(), own.privateKey)],
    ['an own RS256 key under an unknown key id', () => rs256({ ...header, kid: 'attacker' }, claims(), own.privateKey)],
    ['a wrong issuer', () => rs256(header, claims({ iss: 'https://evil.example' }), served.privateKey)],
    ['a serviceurl claim for another connector', () => rs256(header, claims({ serviceurl: 'https://evil.example/' }), served.privateKey)],
  ])('answers %s with 401, no detail, and stores nothing', async (name, token) => {
    // botbuilder's token check writes some refusals to console.error itself (stderr in production; the response has no detail)
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const conversationId = `a:${name.replace(/\W+/g, '-')}`;
    const res = await postWith(token(), conversationId);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized' });
    expect(await stores.references.get(conversationId)).toBeUndefined();
  });
});
