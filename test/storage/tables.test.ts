// The storage contract on Azure Tables, against a private Azurite started here (never skipped, STYLE.md §7.4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageUnavailableError } from '../../storage/errors.js';
import { TableClient } from '@azure/data-tables';
import { TABLE_NAMES } from '../../storage/entity-table.js';
import { AzureEntityTable } from '../../storage/tables/azure-table.js';
import { createTableStores, tableName } from '../../storage/tables/index.js';
import { connectionStringFor, freePort, startAzurite, type AzuriteTables } from '../support/azurite.js';
import { storageContract } from './contract.js';
import { ctx, practice } from './fixtures.js';

let azurite: AzuriteTables | undefined;
let run = 0;

function connectionString(): string {
  if (!azurite) throw new Error('Azurite did not start');
  return azurite.connectionString;
}

/** Stores on a port where nothing listens; no SDK retries, so the fault shows at once. */
async function closedPortStores(createTables: boolean) {
  return createTableStores({
    connectionString: connectionStringFor(await freePort()),
    allowInsecureConnection: true,
    maxRetries: 0,
    createTables,
  });
}

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite?.stop();
});

storageContract('Azure Tables on Azurite', {
  // a fresh table prefix per test keeps tests independent on one Azurite
  create: async () => {
    run += 1;
    return createTableStores({ connectionString: connectionString(), allowInsecureConnection: true, tablePrefix: `t${run}` });
  },
  createFaulty: () => closedPortStores(false),
  createTables: async () => {
    run += 1;
    const prefix = `t${run}`;
    const tables = new Map(
      TABLE_NAMES.map((name) => {
        const client = TableClient.fromConnectionString(connectionString(), tableName(prefix, name), { allowInsecureConnection: true });
        return [name, new AzureEntityTable(client, undefined, true)] as const;
      }),
    );
    await Promise.all([...tables.values()].map((t) => t.ensureExists()));
    return (name) => {
      const table = tables.get(name);
      if (!table) throw new RangeError(name);
      return table;
    };
  },
});

describe('Azure Tables stores', () => {
  it('start when their tables already exist', async () => {
    const options = { connectionString: connectionString(), allowInsecureConnection: true, tablePrefix: 'again' };
    const first = await createTableStores(options);
    await first.practices.save(practice('p1'), ctx('k'));
    const second = await createTableStores(options);
    expect((await second.practices.get('p1'))?.value.id).toBe('p1');
  });

  it('refuse to start on storage that does not answer, keeping the network error as cause', async () => {
    const error = await closedPortStores(true).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect((error as StorageUnavailableError).cause).toBeDefined();
  });
});
