// The Azure Tables stores of config.storage, for the bot (bot/main.ts) and the job CLI (bot/jobs/cli.ts). Its own
// module so the CLI does not import bot/main.ts: in a bundle (scripts/lib/bundle.js) main's start guard would hold.
import type { Stores } from '../storage/ports.js';
import { createTableStores } from '../storage/tables/index.js';
import type { StorageConfig } from './config.js';
import type { Logger } from './logger.js';

/** `readOnly`: no tables are created (`npm run job -- … --dry-run` writes nothing). */
export async function createStores(storage: StorageConfig, logger: Logger, readOnly = false, practiceCacheMs = 0): Promise<Stores> {
  // Storage down at start: the bot starts anyway, /healthz answers 503 and the tables are made once storage is back.
  const tables = {
    createTables: readOnly ? false : ('background' as const),
    onTablesError: (err: unknown) => logger.error({ err }, 'storage not reachable at start; trying again'),
    // A region copy not written after its record was, or superseded copies not deleted: the answer stood (storage/README.md).
    onBackgroundError: (err: unknown) => logger.warn({ err }, 'storage: region copy not updated'),
    practiceCacheMs,
  };
  if (storage.kind === 'connectionString') {
    return createTableStores({
      connectionString: storage.connectionString,
      allowInsecureConnection: storage.allowInsecureConnection,
      ...tables,
    });
  }
  // Loaded only for a managed identity: @azure/identity adds ~0.13 s CPU to every start (npm run bench, issue 8).
  const { DefaultAzureCredential } = await import('@azure/identity');
  return createTableStores({ accountUrl: storage.accountUrl, credential: new DefaultAzureCredential(), ...tables });
}
