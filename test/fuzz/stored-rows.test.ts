// The check the fuzz run ends with must be able to fail: rows that do not parse are reported, valid ones are not.
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stores } from '../../storage/ports.js';
import { createTableStores, tableName } from '../../storage/tables/index.js';
import { PRACTICE, seedPractice } from '../dialogs/support.js';
import { startAzurite, type AzuriteTables } from '../support/azurite.js';
import { checkStoredRows } from './stored-rows.js';

let azurite: AzuriteTables;
let stores: Stores;
beforeAll(async () => {
  azurite = await startAzurite();
  stores = await createTableStores({ connectionString: azurite.connectionString, allowInsecureConnection: true });
});
afterAll(async () => {
  await azurite.stop();
});

const raw = (name: 'state' | 'records' | 'practices') =>
  TableClient.fromConnectionString(azurite.connectionString, tableName('mtvp', name), { allowInsecureConnection: true });

describe('checkStoredRows', () => {
  it('passes rows the stores wrote, and reports every row that does not parse', async () => {
    await seedPractice(stores);
    const ctx = { actor: { id: 'u' }, idempotencyKey: 'card-1', at: '2025-03-10T10:00:00.000Z' };
    await stores.intervisie.add(PRACTICE.id, { date: '2025-03-10', minutes: 90, gpsPresent: 3, topic: 'Verwijzingen' }, ctx);
    await stores.state.write({ 'msteams/conversations/a:x/': { wizard: { step: 1 } } });
    const clean = await checkStoredRows(azurite.connectionString, stores);
    expect(clean.unreadable).toEqual([]);
    expect(clean.rows).toMatchObject({ practices: 2, state: 1 });
    expect(clean.rows.records).toBeGreaterThanOrEqual(3);

    await raw('state').upsertEntity({ partitionKey: 'broken-state', rowKey: 'state', dataChunks: 1, data0: '{"wizard":' });
    await raw('records').upsertEntity({ partitionKey: PRACTICE.id, rowKey: 's|2025-01-01|junk', topic: 7 });
    await raw('practices').upsertEntity({ partitionKey: 'practice', rowKey: '99999999', id: '99999999' });
    const dirty = await checkStoredRows(azurite.connectionString, stores);
    expect(dirty.unreadable.map((u) => u.split(':')[0])).toEqual([
      'practices practice/99999999',
      'records 01234567/s|2025-01-01|junk',
      'state broken-state/state',
    ]);
  });
});
