// The only reader of process.env (STYLE.md §6): parsed once with zod, frozen, failing fast with every bad variable.
import * as z from 'zod';
import dotenv from 'dotenv';
import { Cron } from 'croner';
import type { RhoTeams } from '../dialogs/router/feature.js';
import type { RateLimits } from './edge/limits.js';
import type { TurnBudgets } from './routing/turn-budget.js';
import { REGIONS, type Region } from '../rules/model.js';

export type Mode = 'local' | 'production';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
/** `auto`: follow the Teams client's locale; `nl` / `en`: always that language. */
export type LanguagePolicy = 'auto' | 'nl' | 'en';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type StorageConfig =
  | { readonly kind: 'connectionString'; readonly connectionString: string; readonly allowInsecureConnection: boolean }
  | { readonly kind: 'accountUrl'; readonly accountUrl: string };

export interface BotAuthConfig {
  readonly appId: string; // '' in local mode: CloudAdapter then accepts unauthenticated traffic
  readonly appPassword?: string;
  readonly appTenantId?: string;
  readonly appType: AppType;
  readonly certificate?: { readonly thumbprint: string; readonly privateKey: string };
}

export interface Config {
  readonly mode: Mode;
  readonly port: number;
  readonly host: string;
  readonly bot: BotAuthConfig;
  /** Undefined: every tenant is served. */
  readonly allowedTenantIds?: readonly string[];
  readonly storage: StorageConfig;
  /**
   * How long the bot serves a practice it read or wrote from memory (`PRACTICE_CACHE_SECONDS`, issue 10 §1); 0: read it
   * on every turn. Another instance's change to a practice reaches this one at most this long after.
   */
  readonly practiceCacheSeconds: number;
  readonly logLevel: LogLevel;
  readonly language: LanguagePolicy;
  /**
   * The teams the operator allows as a region's consultant channel (issue 11 §1, `RHO_TEAMS=hoog:<teamId>,...`); a
   * team not listed for a region cannot become (or replace) its consultant channel.
   */
  readonly rhoTeams: RhoTeams;
  /** The blob container the RHO summary's CSV exports are written to, in the storage account of `storage`. */
  readonly exportContainer: string;
  /** Rate limits of POST /api/messages, per instance (issue 12 §1, bot/edge/limits.ts). */
  readonly rateLimits: RateLimits;
  /** How long a turn may take before the user gets a "this takes long" notice (issue 12 §2, bot/routing/turn-budget.ts). */
  readonly turnBudgets: TurnBudgets;
  /** Header a trusted proxy writes the client address into (`x-forwarded-for`); undefined: the socket address. */
  readonly clientIpHeader?: string;
  /** The proactive jobs (issue 11 §2, bot/jobs/). */
  readonly jobs: JobsConfig;
}

export interface JobsConfig {
  /** Run the jobs on their crons in this process (`JOBS_SCHEDULE`); off: only the trigger and the CLI run them. */
  readonly schedule: boolean;
  /** Croner patterns (seconds optional), Europe/Amsterdam. */
  readonly remindersCron: string;
  readonly weeklySummaryCron: string;
  /** Shared secret of `POST /api/jobs/:job`; undefined: the trigger is off (404). */
  readonly secret?: string;
  /** How long a lease lasts without renewal: a crashed runner's job is free again after it. */
  readonly leaseSeconds: number;
  /** Finished outbox records older than this are removed by the job's next run (`JOBS_OUTBOX_RETENTION_DAYS`). */
  readonly outboxRetentionDays: number;
}

export interface ConfigIssue {
  variable: string;
  reason: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i.variable}: ${i.reason}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

// Azurite's well-known development account (public, documented by Microsoft); UseDevelopmentStorage=true cannot
// name another port, so the full form is used (STACK.md, Azurite).
const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** Azurite's Table service, and its blob service (the RHO export, issue 11 §4) when `blobPort` is given. */
export function azuriteConnectionString(port: number, host = '127.0.0.1', blobPort?: number): string {
  const blob = blobPort === undefined ? '' : `BlobEndpoint=http://${host}:${blobPort}/${AZURITE_ACCOUNT};`;
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};${blob}`;
}

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const portNumber = z.coerce.number().int('must be a whole number').min(0, 'must be 0–65535').max(65535, 'must be 0–65535');
const positiveCount = (fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(1_000_000, 'must be at most 1000000').default(fallback),
  );
/** A croner pattern (5 or 6 fields), checked by croner itself. */
const cronPattern = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine((pattern) => {
        try {
          new Cron(pattern, { paused: true, timezone: 'Europe/Amsterdam' }).stop();
          return true;
        } catch {
          return false;
        }
      }, 'must be a cron pattern such as "0 8-17 * * 1-5"')
      .default(fallback),
  );
const guidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `a, b,c,` → ['a', 'b', 'c']: the comma-separated lists of the environment. */
const commaList = z.string().transform((s) =>
  s
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== ''),
);

const EnvSchema = z.object({
  PORT: z.preprocess(blankToUndefined, portNumber.default(3978)),
  HOST: optionalText,
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppTenantId: optionalText,
  MicrosoftAppType: z.preprocess(
    blankToUndefined,
    z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], 'must be MultiTenant, SingleTenant or UserAssignedMSI')
      .default('MultiTenant'),
  ),
  MicrosoftAppCertificateThumbprint: optionalText,
  MicrosoftAppCertificatePrivateKey: optionalText,
  ALLOWED_TENANT_IDS: z.preprocess(
    blankToUndefined,
    commaList.pipe(z.array(z.string().regex(guidLike, 'every entry must be a tenant id (GUID)')).min(1, 'lists no tenant id')).optional(),
  ),
  // `region:teamId` pairs; a Teams team id ("19:…@thread.tacv2") has colons of its own, so only the first one splits.
  RHO_TEAMS: z.preprocess(
    blankToUndefined,
    commaList
      .pipe(
        z.array(
          z.string().refine(
            (pair) => {
              const at = pair.indexOf(':');
              return at > 0 && (REGIONS as readonly string[]).includes(pair.slice(0, at)) && /^\S+$/.test(pair.slice(at + 1));
            },
            `every entry must be <region>:<team id> with region ${REGIONS.join(', ')}`,
          ),
        ),
      )
      .optional(),
  ),
  STORAGE_CONNECTION_STRING: optionalText,
  STORAGE_ACCOUNT_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional()),
  AZURITE_TABLE_PORT: z.preprocess(blankToUndefined, portNumber.min(1, 'must be 1–65535').default(10002)),
  AZURITE_BLOB_PORT: z.preprocess(blankToUndefined, portNumber.min(1, 'must be 1–65535').default(10000)),
  // The blob container of the RHO summary's CSV exports (issue 11 §4); Azure's container name rules.
  EXPORT_CONTAINER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(
        /^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/,
        'must be a blob container name: 3–63 lowercase letters, digits and single hyphens',
      )
      .default('mtvp-exports'),
  ),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be fatal, error, warn, info, debug, trace or silent')
      .default('info'),
  ),
  BOT_LANGUAGE: z.preprocess(blankToUndefined, z.enum(['auto', 'nl', 'en'], 'must be auto, nl or en').optional()),
  // Rate limits (issue 12 §1, docs/configuration.md): a budget of points per window, per instance.
  RATE_FAILED_PER_IP: positiveCount(30),
  RATE_FAILED_WINDOW_SECONDS: positiveCount(60),
  RATE_TENANT_MESSAGES: positiveCount(600),
  RATE_TENANT_WINDOW_SECONDS: positiveCount(60),
  RATE_CONVERSATION_MESSAGES: positiveCount(20),
  RATE_CONVERSATION_WINDOW_SECONDS: positiveCount(10),
  // Turn budgets in ms (issue 12 §2): under Teams' 5 s for an invoke and 15 s for a message, leaving time for the network.
  TURN_BUDGET_INVOKE_MS: positiveCount(4_000),
  TURN_BUDGET_MESSAGE_MS: positiveCount(13_000),
  // Proactive jobs (issue 11 §2, docs/configuration.md).
  JOBS_SCHEDULE: z.preprocess(blankToUndefined, z.enum(['on', 'off'], 'must be on or off').optional()),
  JOBS_REMINDERS_CRON: cronPattern('0 8-17 * * 1-5'),
  JOBS_WEEKLY_SUMMARY_CRON: cronPattern('0 8 * * 1'),
  JOBS_SECRET: z.preprocess(blankToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  JOBS_LEASE_SECONDS: positiveCount(120),
  // Longer than the longest period a key stands for (two-weekly reminders): a purged key could otherwise be queued again.
  PRACTICE_CACHE_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(300, 'must be at most 300').default(15),
  ),
  JOBS_OUTBOX_RETENTION_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int('must be a whole number').min(15, 'must be at least 15 (longer than a two-weekly period)').max(3650).default(35),
  ),
  CLIENT_IP_HEADER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]+$/, 'must be a header name such as x-forwarded-for')
      .optional(),
  ),
});
type ParsedEnv = z.infer<typeof EnvSchema>;

/**
 * Each variable is parsed on its own so one error does not hide the next; a bad value falls back to its
 * default for the cross-checks, so every problem is reported in one go.
 */
function parseFields(env: Env): { env: ParsedEnv; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [];
  const usable: Record<string, string | undefined> = {};
  for (const [name, schema] of Object.entries(EnvSchema.shape)) {
    const result = schema.safeParse(env[name]);
    if (result.success) usable[name] = env[name];
    else for (const issue of result.error.issues) issues.push({ variable: name, reason: issue.message });
  }
  return { env: EnvSchema.parse(usable), issues };
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Local Azurite over http is the only storage allowed without TLS. */
function isLoopbackEndpoint(connectionString: string): boolean {
  if (/UseDevelopmentStorage=true/i.test(connectionString)) return true;
  const endpoint = /TableEndpoint=([^;]+)/i.exec(connectionString)?.[1];
  if (endpoint === undefined) return false;
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' && isLoopback(url.hostname);
  } catch {
    return false;
  }
}

function crossCheck(env: ParsedEnv, mode: Mode, host: string): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (variable: string, reason: string): void => void issues.push({ variable, reason });
  const hasCert = env.MicrosoftAppCertificateThumbprint !== undefined || env.MicrosoftAppCertificatePrivateKey !== undefined;
  if (env.STORAGE_CONNECTION_STRING !== undefined && env.STORAGE_ACCOUNT_URL !== undefined) {
    add('STORAGE_ACCOUNT_URL', 'set either STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL, not both');
  }
  if (mode === 'local') {
    // Without an app id nobody is authenticated, so the bot must not be reachable from outside this machine.
    if (!isLoopback(host)) add('HOST', `must be a loopback address in local mode (no MicrosoftAppId), got "${host}"`);
    if (env.MicrosoftAppPassword !== undefined) add('MicrosoftAppId', 'is required when MicrosoftAppPassword is set');
    if (hasCert) add('MicrosoftAppId', 'is required when a certificate is set');
    return issues;
  }
  if (hasCert) {
    if (env.MicrosoftAppCertificateThumbprint === undefined)
      add('MicrosoftAppCertificateThumbprint', 'is required with MicrosoftAppCertificatePrivateKey');
    if (env.MicrosoftAppCertificatePrivateKey === undefined)
      add('MicrosoftAppCertificatePrivateKey', 'is required with MicrosoftAppCertificateThumbprint');
    if (env.MicrosoftAppPassword !== undefined) add('MicrosoftAppPassword', 'set either a password or a certificate, not both');
  } else if (env.MicrosoftAppType !== 'UserAssignedMSI' && env.MicrosoftAppPassword === undefined) {
    add('MicrosoftAppPassword', 'is required in production (or MicrosoftAppCertificateThumbprint + MicrosoftAppCertificatePrivateKey)');
  }
  if (env.MicrosoftAppType !== 'MultiTenant' && env.MicrosoftAppTenantId === undefined) {
    add('MicrosoftAppTenantId', `is required for MicrosoftAppType=${env.MicrosoftAppType}`);
  }
  if (env.STORAGE_CONNECTION_STRING === undefined && env.STORAGE_ACCOUNT_URL === undefined) {
    add('STORAGE_CONNECTION_STRING', 'is required in production (or STORAGE_ACCOUNT_URL with a managed identity)');
  }
  return issues;
}

function rhoTeamsOf(pairs: readonly string[] = []): RhoTeams {
  const teams: Partial<Record<Region, string[]>> = {};
  for (const pair of pairs) {
    const at = pair.indexOf(':');
    const region = REGIONS.find((r) => r === pair.slice(0, at));
    if (region !== undefined) teams[region] = [...(teams[region] ?? []), pair.slice(at + 1)];
  }
  return teams;
}

function storageOf(env: ParsedEnv): StorageConfig {
  if (env.STORAGE_ACCOUNT_URL !== undefined) return { kind: 'accountUrl', accountUrl: env.STORAGE_ACCOUNT_URL };
  const connectionString =
    env.STORAGE_CONNECTION_STRING ?? azuriteConnectionString(env.AZURITE_TABLE_PORT, '127.0.0.1', env.AZURITE_BLOB_PORT);
  return { kind: 'connectionString', connectionString, allowInsecureConnection: isLoopbackEndpoint(connectionString) };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** `process.env` with a `.env` file from the working directory underneath it; real variables win. */
export function readEnvironment(): Env {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) merged[name] = value;
  dotenv.config({ processEnv: merged, override: false, quiet: true });
  return merged;
}

/** Pure over `env`: the same input gives the same frozen Config or the same ConfigError. */
export function loadConfig(env: Env = readEnvironment()): Config {
  const { env: e, issues: fieldIssues } = parseFields(env);
  const mode: Mode = e.MicrosoftAppId === undefined ? 'local' : 'production';
  const host = e.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  const reported = new Set(fieldIssues.map((i) => i.variable));
  const issues = [...fieldIssues, ...crossCheck(e, mode, host).filter((i) => !reported.has(i.variable))];
  if (issues.length > 0) throw new ConfigError(issues);
  const certificate =
    e.MicrosoftAppCertificateThumbprint !== undefined && e.MicrosoftAppCertificatePrivateKey !== undefined
      ? { thumbprint: e.MicrosoftAppCertificateThumbprint, privateKey: e.MicrosoftAppCertificatePrivateKey }
      : undefined;
  const config: Config = {
    mode,
    port: e.PORT,
    host,
    bot: {
      appId: e.MicrosoftAppId ?? '',
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppPassword !== undefined ? { appPassword: e.MicrosoftAppPassword } : {}),
      ...(e.MicrosoftAppTenantId !== undefined ? { appTenantId: e.MicrosoftAppTenantId } : {}),
      ...(certificate !== undefined ? { certificate } : {}),
    },
    ...(e.ALLOWED_TENANT_IDS !== undefined ? { allowedTenantIds: e.ALLOWED_TENANT_IDS } : {}),
    storage: storageOf(e),
    practiceCacheSeconds: e.PRACTICE_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
    // The Agents Playground sends locale "en-US" on every activity, whatever the browser says, so locally
    // the bot speaks Dutch (the product default) unless told otherwise; Teams itself sends the real locale.
    language: e.BOT_LANGUAGE ?? (mode === 'local' ? 'nl' : 'auto'),
    rhoTeams: rhoTeamsOf(e.RHO_TEAMS),
    exportContainer: e.EXPORT_CONTAINER,
    rateLimits: {
      failedPerIp: { points: e.RATE_FAILED_PER_IP, windowSeconds: e.RATE_FAILED_WINDOW_SECONDS },
      perTenant: { points: e.RATE_TENANT_MESSAGES, windowSeconds: e.RATE_TENANT_WINDOW_SECONDS },
      perConversation: { points: e.RATE_CONVERSATION_MESSAGES, windowSeconds: e.RATE_CONVERSATION_WINDOW_SECONDS },
    },
    turnBudgets: { invokeMs: e.TURN_BUDGET_INVOKE_MS, messageMs: e.TURN_BUDGET_MESSAGE_MS },
    ...(e.CLIENT_IP_HEADER !== undefined ? { clientIpHeader: e.CLIENT_IP_HEADER.toLowerCase() } : {}),
    jobs: {
      // Locally off unless asked: a developer's bot (and every test) does not post reminders on its own.
      schedule: (e.JOBS_SCHEDULE ?? (mode === 'local' ? 'off' : 'on')) === 'on',
      remindersCron: e.JOBS_REMINDERS_CRON,
      weeklySummaryCron: e.JOBS_WEEKLY_SUMMARY_CRON,
      ...(e.JOBS_SECRET !== undefined ? { secret: e.JOBS_SECRET } : {}),
      leaseSeconds: e.JOBS_LEASE_SECONDS,
      outboxRetentionDays: e.JOBS_OUTBOX_RETENTION_DAYS,
    },
  };
  return deepFreeze(config);
}
