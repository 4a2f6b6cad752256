// Table `state`: botbuilder `Storage` semantics for dialog and conversation state. PartitionKey = encoded
// state key (`msteams/conversations/…` has slashes), RowKey `state`: every key its own partition, so
// state of many conversations spreads across partitions. A state item is JSON that can exceed the 64 KiB
// limit of one string property (a long dialog stack), so it is split over `data0…dataN` (codec.ts).
import * as z from 'zod';
import type { EntityTable } from '../entity-table.js';
import { ConcurrencyError, ConflictError } from '../errors.js';
import { encodeKey } from '../keys.js';
import type { StateStore, StoreItem } from '../ports.js';
import { parseJson, readChunks, writeChunks } from './codec.js';

const ROW = 'state';
const Item = z.record(z.string(), z.unknown());

export class TableStateStore implements StateStore {
  constructor(private readonly table: EntityTable) {}

  async read(keys: string[]): Promise<Record<string, StoreItem>> {
    const found = await Promise.all(
      keys.map(async (key) => {
        const stored = await this.table.get(encodeKey(key), ROW);
        if (!stored) return undefined;
        const item: StoreItem = { ...parseJson(Item, readChunks('data', stored), `state ${key}`), eTag: stored.etag };
        return [key, item] as const;
      }),
    );
    return Object.fromEntries(found.filter((entry) => entry !== undefined));
  }

  async write(changes: Record<string, StoreItem>): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item)));
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...data } = item;
    const entity = { partitionKey: encodeKey(key), rowKey: ROW, ...writeChunks('data', JSON.stringify(data)) };
    if (eTag === undefined || eTag === '*') {
      await this.table.upsert(entity);
      return;
    }
    try {
      await this.table.replace(entity, eTag);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      // like botbuilder's MemoryStorage, an eTag only has to match an item that exists
      if (await this.table.get(entity.partitionKey, ROW)) throw new ConcurrencyError(`state ${key}: eTag conflict`, { cause: err });
      try {
        await this.table.create(entity);
      } catch (createErr) {
        if (createErr instanceof ConflictError) throw new ConcurrencyError(`state ${key}: eTag conflict`, { cause: createErr });
        throw createErr;
      }
    }
  }

  async claim(key: string, item: Omit<StoreItem, 'eTag'>): Promise<boolean> {
    try {
      await this.table.create({ partitionKey: encodeKey(key), rowKey: ROW, ...writeChunks('data', JSON.stringify(item)) });
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.table.delete(encodeKey(key), ROW)));
  }
}
