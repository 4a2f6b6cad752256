import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type Env } from '../../bot/config.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const prod: Env = {
  MicrosoftAppId: APP_ID,
  MicrosoftAppPassword: 'secret',
  STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=b;EndpointSuffix=core.windows.net',
};

function issuesOf(env: Env): { variable: string; reason: string }[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.issues];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: local mode', () => {
  it('defaults to loopback, port 3978 and Azurite on 127.0.0.1:10002', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      port: 3978,
      host: '127.0.0.1',
      logLevel: 'info',
      bot: { appId: '', appType: 'MultiTenant' },
    });
    expect(config.storage).toMatchObject({ kind: 'connectionString', allowInsecureConnection: true });
    expect(config.storage.kind === 'connectionString' && config.storage.connectionString).toContain(
      'TableEndpoint=http://127.0.0.1:10002/devstoreaccount1',
    );
    expect(config.allowedTenantIds).toBeUndefined();
  });

  it('speaks Dutch locally unless BOT_LANGUAGE says otherwise, and follows the client in production', () => {
    expect(loadConfig({}).language).toBe('nl');
    expect(loadConfig({ BOT_LANGUAGE: 'auto' }).language).toBe('auto');
    expect(loadConfig(prod).language).toBe('auto');
    expect(issuesOf({ BOT_LANGUAGE: 'fr' })).toEqual([{ variable: 'BOT_LANGUAGE', reason: 'must be auto, nl or en' }]);
  });

  it('serves a practice from memory for 15 s unless PRACTICE_CACHE_SECONDS says otherwise (0: read every turn)', () => {
    expect(loadConfig({}).practiceCacheSeconds).toBe(15);
    expect(loadConfig({ PRACTICE_CACHE_SECONDS: '0' }).practiceCacheSeconds).toBe(0);
    expect(issuesOf({ PRACTICE_CACHE_SECONDS: '301' })).toEqual([{ variable: 'PRACTICE_CACHE_SECONDS', reason: 'must be at most 300' }]);
    expect(issuesOf({ PRACTICE_CACHE_SECONDS: '-1' })).toEqual([{ variable: 'PRACTICE_CACHE_SECONDS', reason: 'must be 0 or more' }]);
  });

  it('moves Azurite with AZURITE_TABLE_PORT', () => {
    const config = loadConfig({ AZURITE_TABLE_PORT: '10102' });
    expect(config.storage.kind === 'connectionString' && config.storage.connectionString).toContain('127.0.0.1:10102/');
  });

  it("names Azurite's blob service for the export and checks the container name (issue 11 §4)", () => {
    const config = loadConfig({ AZURITE_BLOB_PORT: '10100' });
    expect(config.storage.kind === 'connectionString' && config.storage.connectionString).toContain('BlobEndpoint=http://127.0.0.1:10100/');
    expect(config.exportContainer).toBe('mtvp-exports');
    expect(loadConfig({ EXPORT_CONTAINER: 'rho-csv' }).exportContainer).toBe('rho-csv');
    expect(issuesOf({ EXPORT_CONTAINER: 'Bad--Name' }).map((i) => i.variable)).toEqual(['EXPORT_CONTAINER']);
  });

  it('is frozen, deeply', () => {
    const config = loadConfig({ ALLOWED_TENANT_IDS: TENANT });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.bot)).toBe(true);
    expect(Object.isFrozen(config.allowedTenantIds)).toBe(true);
  });

  it('reads only its argument: blank values count as unset', () => {
    expect(loadConfig({ PORT: '', HOST: ' ', LOG_LEVEL: '' })).toMatchObject({ port: 3978, host: '127.0.0.1', logLevel: 'info' });
  });

  it('refuses a non-loopback HOST without an app id', () => {
    expect(issuesOf({ HOST: '0.0.0.0' })).toEqual([{ variable: 'HOST', reason: expect.stringContaining('loopback') }]);
  });

  it('parses the tenant allow-list', () => {
    expect(loadConfig({ ALLOWED_TENANT_IDS: ` ${TENANT} ,${APP_ID},` }).allowedTenantIds).toEqual([TENANT, APP_ID]);
  });

  it('parses RHO_TEAMS: region:team id pairs, a team id keeps its own colons; none by default (issue 11 §1)', () => {
    expect(loadConfig({}).rhoTeams).toEqual({});
    expect(loadConfig({ RHO_TEAMS: ' hoog:19:a@thread.tacv2, hoog:19:b@thread.tacv2 ,rijn-en-duin:19:c@thread.skype,' }).rhoTeams).toEqual({
      hoog: ['19:a@thread.tacv2', '19:b@thread.tacv2'],
      'rijn-en-duin': ['19:c@thread.skype'],
    });
  });

  it.each(['utrecht:19:a@thread.tacv2', 'hoog', 'hoog:', ':19:a@thread.tacv2', 'hoog:19:a b'])('refuses RHO_TEAMS=%s at start', (value) => {
    expect(issuesOf({ RHO_TEAMS: value })).toEqual([{ variable: 'RHO_TEAMS', reason: expect.stringContaining('<region>:<team id>') }]);
  });
});

describe('loadConfig: production mode', () => {
  it('listens on all interfaces and uses the given storage', () => {
    const config = loadConfig(prod);
    expect(config).toMatchObject({ mode: 'production', host: '0.0.0.0', bot: { appId: APP_ID, appPassword: 'secret' } });
    expect(config.storage).toMatchObject({ kind: 'connectionString', allowInsecureConnection: false });
  });

  it('accepts an account URL for a managed identity', () => {
    const { STORAGE_CONNECTION_STRING: _, ...rest } = prod;
    const config = loadConfig({ ...rest, STORAGE_ACCOUNT_URL: 'https://mtvp.table.core.windows.net' });
    expect(config.storage).toEqual({ kind: 'accountUrl', accountUrl: 'https://mtvp.table.core.windows.net' });
  });

  it('accepts a certificate instead of a password', () => {
    const config = loadConfig({
      ...prod,
      MicrosoftAppPassword: undefined,
      MicrosoftAppCertificateThumbprint: 'AB12',
      MicrosoftAppCertificatePrivateKey: '-----BEGIN PRIVATE KEY-----',
    });
    expect(config.bot.certificate).toEqual({ thumbprint: 'AB12', privateKey: '-----BEGIN PRIVATE KEY-----' });
  });

  it('requires a password or certificate, and a tenant for SingleTenant', () => {
    const issues = issuesOf({ ...prod, MicrosoftAppPassword: undefined, MicrosoftAppType: 'SingleTenant' });
    expect(issues.map((i) => i.variable)).toEqual(['MicrosoftAppPassword', 'MicrosoftAppTenantId']);
  });

  it('accepts UserAssignedMSI with a tenant and no secret', () => {
    expect(
      loadConfig({ ...prod, MicrosoftAppPassword: undefined, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).bot
        .appType,
    ).toBe('UserAssignedMSI');
  });

  it('requires storage settings', () => {
    expect(issuesOf({ ...prod, STORAGE_CONNECTION_STRING: undefined }).map((i) => i.variable)).toEqual(['STORAGE_CONNECTION_STRING']);
  });
});

describe('loadConfig: every bad variable is listed at once', () => {
  it('names each variable with its reason', () => {
    const issues = issuesOf({
      PORT: 'tachtig',
      MicrosoftAppType: 'Everyone',
      ALLOWED_TENANT_IDS: 'contoso',
      STORAGE_ACCOUNT_URL: 'ftp://x',
      AZURITE_TABLE_PORT: '70000',
      LOG_LEVEL: 'loud',
      HOST: '10.0.0.5',
    });
    expect(issues.map((i) => i.variable).sort()).toEqual(
      ['ALLOWED_TENANT_IDS', 'AZURITE_TABLE_PORT', 'HOST', 'LOG_LEVEL', 'MicrosoftAppType', 'PORT', 'STORAGE_ACCOUNT_URL'].sort(),
    );
    for (const issue of issues) expect(issue.reason.length).toBeGreaterThan(5);
  });

  it('puts every problem in the error message', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT: .*\n.*LOG_LEVEL: /s);
  });

  it('refuses both storage settings and half a certificate', () => {
    const issues = issuesOf({
      ...prod,
      STORAGE_ACCOUNT_URL: 'https://x.table.core.windows.net',
      MicrosoftAppCertificateThumbprint: 'AB12',
    });
    expect(issues.map((i) => i.variable).sort()).toEqual([
      'MicrosoftAppCertificatePrivateKey',
      'MicrosoftAppPassword',
      'STORAGE_ACCOUNT_URL',
    ]);
  });
});
