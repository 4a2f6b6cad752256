// Builders for the storage contract suite: explicit timestamps, no wall clock.
import type { Region } from '../../rules/model.js';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import type { Practice, WriteContext } from '../../storage/ports.js';

export function practice(id: string, overrides: Partial<Practice> = {}): Practice {
  return {
    id,
    name: `Huisartsenpraktijk ${id}`,
    agb: '01234567',
    region: 'hoog' as Region,
    subregion: 'apeldoorn',
    startDate: '2025-01-01',
    normpraktijken: 2.4,
    gps: 3,
    otherFunding: [{ scheme: 'tbhz', intervention: 'awp.lean' }],
    ...overrides,
  };
}

export function ctx(idempotencyKey: string, at = '2025-03-01T09:00:00.000Z', actor = 'aad-user-1'): WriteContext {
  return { actor: { id: actor, name: 'Dr. Jansen' }, idempotencyKey, at };
}

/** Ids Azure would refuse as keys as they are, and ids Teams really produces. */
export const AWKWARD_IDS = [
  '19:abc@thread.tacv2',
  '19:abc@thread.tacv2;messageid=1699999999999',
  'a:1Xy-z_Q/part#frag?query\\back',
  '%2F already escaped | pipe',
  'praktijk-Ünïcödé-ß-日本-😀',
  'tab\tand\u0007bell\u0085next',
  `long-${'x/'.repeat(400)}`,
  `long-${'x/'.repeat(400)}-other-ending`,
];

/** Tables that note every operation as `<table>.<operation>`: one entry per storage request. */
export function counting(table: (name: TableName) => EntityTable, ops: string[]): (name: TableName) => EntityTable {
  return (name) =>
    new Proxy(table(name), {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          ops.push(`${name}.${String(prop)}`);
          return Reflect.apply(value, target, args) as unknown;
        };
      },
    });
}

/** A small deterministic generator (a linear congruential one), so a history is varied but the same on every run. */
export function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

/** One of `xs`, by the generator `r`. */
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
