// Entity ⇄ domain helpers shared by the stores: parse what comes back (never cast), and spread large JSON
// over several string properties.
import * as z from 'zod';
import type { EntityValue, StoredEntity } from '../entity-table.js';
import { StorageError } from '../errors.js';

/** Int64 comes back as bigint from Azure Tables (STACK.md); every number is read through this. */
export const num = z.union([z.number(), z.bigint()]).transform((n) => Number(n));
export const optionalString = z.string().optional();

export function parseEntity<T extends z.ZodType>(schema: T, entity: StoredEntity, what: string): z.output<T> {
  const result = schema.safeParse(entity.properties);
  if (!result.success) {
    throw new StorageError('invalid', `unreadable ${what} ${entity.partitionKey}/${entity.rowKey}: ${result.error.message}`);
  }
  return result.data;
}

export function parseJson<T extends z.ZodType>(schema: T, text: string, what: string): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new StorageError('invalid', `unreadable JSON in ${what}`, { cause });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new StorageError('invalid', `unexpected ${what}: ${result.error.message}`);
  return result.data;
}

// A string property holds at most 64 KiB = 32,768 UTF-16 code units; 30,000 leaves headroom. An entity
// holds at most 1 MiB: 16 chunks × 60,000 bytes = 960,000 bytes plus keys and names stays under it.
export const CHUNK_CHARS = 30_000;
export const MAX_CHUNKS = 16;

/**
 * Drops undefined so optional fields simply have no property, and refuses a string over the 64 KiB
 * property limit with a clear error instead of the service's 400 (large JSON goes through writeChunks).
 */
export function defined(props: Record<string, EntityValue | undefined>): Record<string, EntityValue> {
  const out: Record<string, EntityValue> = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'string' && v.length > CHUNK_CHARS) {
      throw new StorageError('invalid', `${k} is too long: ${v.length} characters (max ${CHUNK_CHARS})`);
    }
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * `{ <prefix>0: …, <prefix>1: …, <prefixChunks>: n }` for JSON of any size up to the entity limit. The JSON
 * is made ASCII-only (`\uXXXX` escapes, still valid JSON): Azurite decodes request bodies per 64 KiB
 * chunk and mangles a multi-byte character split across two, and no chunk can end in half a surrogate pair.
 */
export function writeChunks(prefix: string, json: string): Record<string, EntityValue> {
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chunks = Math.max(1, Math.ceil(ascii.length / CHUNK_CHARS));
  if (chunks > MAX_CHUNKS) {
    throw new StorageError('invalid', `value too large for one entity: ${ascii.length} characters (max ${CHUNK_CHARS * MAX_CHUNKS})`);
  }
  const props: Record<string, EntityValue> = { [`${prefix}Chunks`]: chunks };
  for (let i = 0; i < chunks; i += 1) props[`${prefix}${i}`] = ascii.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  return props;
}

export function readChunks(prefix: string, entity: StoredEntity): string {
  const count = num.safeParse(entity.properties[`${prefix}Chunks`]);
  if (!count.success) throw new StorageError('invalid', `missing ${prefix}Chunks on ${entity.partitionKey}/${entity.rowKey}`);
  let json = '';
  for (let i = 0; i < count.data; i += 1) {
    const part = entity.properties[`${prefix}${i}`];
    if (typeof part !== 'string') throw new StorageError('invalid', `missing chunk ${prefix}${i} on ${entity.rowKey}`);
    json += part;
  }
  return json;
}
