// Azure Table Storage implementation of storage/ports.ts. The app always runs on this (Azurite locally).
import { setTimeout as sleep } from 'node:timers/promises';
import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import { TABLE_NAMES, type TableName } from '../entity-table.js';
import type { Stores } from '../ports.js';
import { AzureEntityTable } from './azure-table.js';
import { buildStores } from './stores.js';

interface CommonOptions {
  /** Prepended to every table name (letters and digits): separate apps or test runs on one account. */
  tablePrefix?: string;
  /** The SDK's own retries on network faults and 5xx before we report StorageUnavailableError (default 3). */
  maxRetries?: number;
  /**
   * Create the tables at start (default true); off for a fast-failing health probe. `'background'`: one try, and
   * when storage does not answer, go on and retry with back-off until it does (issue 12 §2: the bot starts while storage is down, /healthz says
   * 503, and it recovers by itself); each failed try is passed to `onTablesError`.
   */
  createTables?: boolean | 'background';
  onTablesError?: (err: unknown) => void;
  /** Each storage operation, with the SDK's retries, is given up after this (default 8,000 ms; issue 12 §2). */
  operationTimeoutMs?: number;
  /** Faults that do not fail the operation they happened in (stores.ts BuildOptions); default a process warning. */
  onBackgroundError?: (err: unknown) => void;
  /** How long a practice read or written is served from memory (stores.ts BuildOptions, practices.ts); default 0: never. */
  practiceCacheMs?: number;
}

export type TableStoresOptions = CommonOptions &
  ({ connectionString: string; allowInsecureConnection?: boolean } | { accountUrl: string; credential: TokenCredential });

/**
 * Pipeline policies the SDK adds to every request that do nothing for Table requests here: no OpenTelemetry tracer is
 * registered (tracing), the SDK's own log is not switched on (log), and Table requests are neither forms nor multipart
 * (the batch body is built by the transaction itself). Dropping them took ~10 % off the bot's CPU per point read in the
 * turn bench (issue 10); retries, auth, proxy, redirect and (de)serialisation stay.
 */
const IDLE_POLICIES = ['tracingPolicy', 'logPolicy', 'formDataPolicy', 'multipartPolicy'];

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{2,62}$/;

export function tableName(prefix: string, name: TableName): string {
  const full = prefix + name[0]?.toUpperCase() + name.slice(1);
  if (!TABLE_NAME.test(full)) throw new RangeError(`invalid table name ${full}: letters and digits, 3–63, letter first`);
  return full;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/** Tries until the tables exist; the timers do not keep the process alive. */
async function ensureInBackground(ensure: () => Promise<unknown>, onError?: (err: unknown) => void): Promise<void> {
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
    await sleep(delay, undefined, { ref: false });
    try {
      await ensure();
      return;
    } catch (err) {
      onError?.(err);
    }
  }
}

/** Connects, creates the tables that are missing, and returns the stores. */
export async function createTableStores(options: TableStoresOptions): Promise<Stores> {
  const prefix = options.tablePrefix ?? 'mtvp';
  const clientOptions: TableServiceClientOptions = {
    ...(options.maxRetries === undefined ? {} : { retryOptions: { maxRetries: options.maxRetries } }),
    ...('connectionString' in options && options.allowInsecureConnection ? { allowInsecureConnection: true } : {}),
  };
  const client = (name: TableName): TableClient => {
    const table = tableName(prefix, name);
    const tableClient =
      'connectionString' in options
        ? TableClient.fromConnectionString(options.connectionString, table, clientOptions)
        : new TableClient(options.accountUrl, table, options.credential, clientOptions);
    for (const policy of IDLE_POLICIES) tableClient.pipeline.removePolicy({ name: policy });
    return tableClient;
  };
  const insecure = 'connectionString' in options && options.allowInsecureConnection === true;
  const tables = new Map(
    TABLE_NAMES.map((name) => [name, new AzureEntityTable(client(name), options.operationTimeoutMs, insecure)] as const),
  );
  const ensure = () => Promise.all([...tables.values()].map((table) => table.ensureExists()));
  if (options.createTables === 'background') {
    // One try first, so a reachable storage has its tables before the first turn; only a failure moves on.
    try {
      await ensure();
    } catch (err) {
      options.onTablesError?.(err);
      void ensureInBackground(ensure, options.onTablesError);
    }
  } else if (options.createTables ?? true) await ensure();
  return buildStores(
    (name) => {
      const table = tables.get(name);
      if (!table) throw new RangeError(`unknown table ${name}`);
      return table;
    },
    {
      ...(options.onBackgroundError === undefined ? {} : { onBackgroundError: options.onBackgroundError }),
      ...(options.practiceCacheMs === undefined ? {} : { practiceCache: { ttlMs: options.practiceCacheMs } }),
    },
  );
}
