// What the pinned Azurite does with If-Match inside a batch. STACK.md says it ignores it, and the records table was
// built on that (storage/tables/practice-records.ts: a slot row `w|<n+1>` per write makes two writers that built on
// the same summary collide). Azurite 3.35 refuses a stale If-Match on an update in a batch with 412, as Azure does:
// a conditional summary update could replace the slot rows (one row less per write; storage/README.md, issue 10).
// This pins that behaviour, so an Azurite upgrade that changes it shows here.
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzurite, type AzuriteTables } from '../support/azurite.js';
import { statusOf } from '../../storage/tables/rest-errors.js';

let azurite: AzuriteTables;
let table: TableClient;

beforeAll(async () => {
  azurite = await startAzurite();
  table = TableClient.fromConnectionString(azurite.connectionString, 'ifmatch', { allowInsecureConnection: true });
  await table.createTable();
});
afterAll(() => azurite.stop());

describe('Azurite: If-Match inside a batch', () => {
  it('refuses an update with a stale etag (412) and rolls the whole batch back', async () => {
    const first = await table.createEntity({ partitionKey: 'p', rowKey: 'summary', seq: 1 });
    await table.updateEntity({ partitionKey: 'p', rowKey: 'summary', seq: 2 }, 'Replace');
    const refused = await table
      .submitTransaction([
        ['update', { partitionKey: 'p', rowKey: 'summary', seq: 3 }, 'Replace', { etag: first.etag }],
        ['create', { partitionKey: 'p', rowKey: 'record' }],
      ])
      .then(
        () => undefined,
        (err: unknown) => err,
      );
    expect(statusOf(refused)).toBe(412);
    expect((await table.getEntity<{ seq: number }>('p', 'summary')).seq).toBe(2);
    await expect(table.getEntity('p', 'record')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('takes an update with the current etag', async () => {
    const current = await table.getEntity('p', 'summary');
    await table.submitTransaction([['update', { partitionKey: 'p', rowKey: 'summary', seq: 4 }, 'Replace', { etag: current.etag }]]);
    expect((await table.getEntity<{ seq: number }>('p', 'summary')).seq).toBe(4);
  });
});
