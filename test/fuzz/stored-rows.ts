// After a fuzz run: every row of every table, read raw, must parse with the stores' own codecs (the row parsers of
// storage/tables/ and the stores' reads, which parse with zod and throw StorageError 'invalid' on anything else).
import { TableClient } from '@azure/data-tables';
import * as z from 'zod';
import { TABLE_NAMES, type StoredEntity, type TableName } from '../../storage/entity-table.js';
import { decodeKey } from '../../storage/keys.js';
import type { Stores } from '../../storage/ports.js';
import { AzureEntityTable } from '../../storage/tables/azure-table.js';
import { parseJson, readChunks } from '../../storage/tables/codec.js';
import { tableName } from '../../storage/tables/index.js';
import { countFromEntity, planFromEntity, sessionFromEntity } from '../../storage/tables/record-rows.js';
import { REGIONS, type Region } from '../../rules/model.js';

export interface RowReport {
  rows: Record<TableName, number>;
  /** `table pk/rk: why` for every row that did not parse. */
  unreadable: string[];
}

async function partitionsOf(client: TableClient): Promise<string[]> {
  const keys = new Set<string>();
  for await (const e of client.listEntities({ queryOptions: { select: ['PartitionKey'] } })) keys.add(e.partitionKey ?? '');
  return [...keys];
}

/** Every row of `name`, as the stores see it (AzureEntityTable's own conversion). */
async function rowsOf(connectionString: string, name: TableName): Promise<StoredEntity[]> {
  const client = TableClient.fromConnectionString(connectionString, tableName('mtvp', name), { allowInsecureConnection: true });
  const table = new AzureEntityTable(client, 60_000, true);
  const rows: StoredEntity[] = [];
  for (const partitionKey of await partitionsOf(client)) rows.push(...(await table.query({ partitionKey })));
  return rows;
}

const StateItem = z.record(z.string(), z.unknown());
const prop = (row: StoredEntity, name: string): string | undefined => {
  const v = row.properties[name];
  return typeof v === 'string' ? v : undefined;
};

/** A region's copies of its practices' summaries (storage/tables/region-mirror.ts), read as the weekly summary reads them. */
async function readRegion(stores: Stores, region: string): Promise<void> {
  const known = REGIONS.find((r) => r === region);
  if (known === undefined) throw new Error('unknown region');
  await stores.records.listByRegion(known);
}

/** One row: throws when it does not parse, or when the store that owns it cannot read it back. */
async function checkRow(stores: Stores, name: TableName, row: StoredEntity): Promise<void> {
  const pk = decodeKey(row.partitionKey);
  const rk = row.rowKey;
  const found = (value: unknown, what: string): void => {
    if (value === undefined) throw new Error(`${what} not found through its store`);
  };
  switch (name) {
    case 'practices':
      if (row.partitionKey === 'practice') found(await stores.practices.get(prop(row, 'id') ?? decodeKey(rk) ?? ''), 'practice');
      else if (row.partitionKey === 'team') z.object({ practiceId: z.string() }).parse(row.properties);
      else throw new Error('unknown partition');
      return;
    case 'records':
    case 'plans':
    case 'intervisie':
    case 'counts':
      if (row.partitionKey.startsWith('region|')) await readRegion(stores, row.partitionKey.slice('region|'.length));
      else if (rk.startsWith('s|')) sessionFromEntity(row);
      else if (rk.startsWith('c|')) countFromEntity(row);
      else if (rk.startsWith('v|')) planFromEntity(row);
      else if (rk === 'summary') await stores.records.get(pk ?? '');
      else if (rk.startsWith('a|')) await stores.audit.list(pk ?? '', 1000);
      else if (!rk.startsWith('k|') && !rk.startsWith('w|')) throw new Error('unknown row kind');
      return;
    case 'references':
      if (row.partitionKey === 'conv') found(await stores.references.get(prop(row, 'conversationId') ?? ''), 'reference');
      else await stores.references.listByPractice(prop(row, 'practiceId') ?? '');
      return;
    case 'audit':
      await stores.audit.list(prop(row, 'practiceId') ?? pk ?? '', 1000);
      return;
    case 'state':
      parseJson(StateItem, readChunks('data', row), 'state');
      return;
    case 'consultantChannels': {
      const region = REGIONS.find((r) => r === decodeKey(rk)) as Region | undefined;
      if (region === undefined) throw new Error('unknown region');
      found(await stores.consultantChannels.get(region), 'consultant channel');
      return;
    }
  }
}

export async function checkStoredRows(connectionString: string, stores: Stores): Promise<RowReport> {
  const rows = {} as Record<TableName, number>;
  const unreadable: string[] = [];
  for (const name of TABLE_NAMES) {
    const all = await rowsOf(connectionString, name);
    rows[name] = all.length;
    for (const row of all) {
      try {
        await checkRow(stores, name, row);
      } catch (err) {
        unreadable.push(`${name} ${row.partitionKey}/${row.rowKey}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 400));
      }
    }
  }
  return { rows, unreadable };
}
