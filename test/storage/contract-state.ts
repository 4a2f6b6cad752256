// Contract: the botbuilder-compatible StateStore (read/write/delete with eTag).
import { describe, expect, it } from 'vitest';
import { ConcurrencyError, StorageError } from '../../storage/errors.js';
import type { ContractTarget } from './contract.js';
import { AWKWARD_IDS } from './fixtures.js';

const key = 'msteams/conversations/19:abc@thread.tacv2;messageid=1/';

export function stateContract(target: ContractTarget): void {
  describe('state', () => {
    it('reads only the keys that exist, with an eTag', async () => {
      const { state } = await target.create();
      expect(await state.read([key])).toEqual({});
      await state.write({ [key]: { dialogStack: [{ id: 'main', state: { step: 1 } }] } });
      const read = await state.read([key, 'missing']);
      expect(Object.keys(read)).toEqual([key]);
      expect(read[key]).toEqual({ dialogStack: [{ id: 'main', state: { step: 1 } }], eTag: expect.any(String) });
    });

    it('claims a key once: of concurrent claims exactly one wins, and a deleted key can be claimed again', async () => {
      const { state } = await target.create();
      const marker = 'welcome/msteams/19:abc@thread.tacv2';
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => state.claim(marker, { by: i })));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await state.claim(marker, { by: 'late' })).toBe(false);
      expect((await state.read([marker]))[marker]?.['by']).toBe(results.indexOf(true));
      await state.delete([marker]);
      expect(await state.claim(marker, { by: 'again' })).toBe(true);
    });

    it('writes with a matching eTag, refuses a stale one, and lets * or no eTag overwrite', async () => {
      const { state } = await target.create();
      await state.write({ [key]: { n: 1 } });
      const first = (await state.read([key]))[key];
      await state.write({ [key]: { n: 2, eTag: first?.eTag } });
      const second = (await state.read([key]))[key];
      expect(second?.n).toBe(2);
      expect(second?.eTag).not.toBe(first?.eTag);

      await expect(state.write({ [key]: { n: 3, eTag: first?.eTag } })).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await state.read([key]))[key]?.n).toBe(2);
      await state.write({ [key]: { n: 4, eTag: '*' } });
      expect((await state.read([key]))[key]?.n).toBe(4);
      await state.write({ [key]: { n: 5 } });
      expect((await state.read([key]))[key]?.n).toBe(5);
    });

    it('lets one of two writers with the same eTag win', async () => {
      const { state } = await target.create();
      await state.write({ [key]: { n: 0 } });
      const eTag = (await state.read([key]))[key]?.eTag;
      const results = await Promise.allSettled([state.write({ [key]: { n: 1, eTag } }), state.write({ [key]: { n: 2, eTag } })]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    });

    it('writes an item with an eTag that does not exist yet, as botbuilder MemoryStorage does', async () => {
      const { state } = await target.create();
      await state.write({ fresh: { n: 1, eTag: 'W/"from-elsewhere"' } });
      expect((await state.read(['fresh'])).fresh?.n).toBe(1);
    });

    it('deletes, ignoring keys that do not exist', async () => {
      const { state } = await target.create();
      await state.write({ a: { v: 'a' }, b: { v: 'b' } });
      await state.delete(['a', 'never-written']);
      expect(Object.keys(await state.read(['a', 'b']))).toEqual(['b']);
    });

    it('keeps items larger than one 64 KiB property, and awkward keys', async () => {
      const { state } = await target.create();
      const big = { text: 'é😀x'.repeat(10_000) + 'a'.repeat(100_000), list: Array.from({ length: 2000 }, (_, i) => ({ i })) };
      await state.write({ [key]: big });
      const { eTag: _eTag, ...read } = (await state.read([key]))[key] ?? {};
      // compared as one string so a failure does not print 240,000 characters
      expect(JSON.stringify(read) === JSON.stringify(big)).toBe(true);
      const changes = Object.fromEntries(AWKWARD_IDS.map((id) => [id, { id }]));
      await state.write(changes);
      const all = await state.read(AWKWARD_IDS);
      expect(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.id]))).toEqual(
        Object.fromEntries(AWKWARD_IDS.map((id) => [id, id])),
      );
    });

    it('refuses an item beyond the 1 MiB entity limit with an invalid StorageError, keeping the old one', async () => {
      const { state } = await target.create();
      await state.write({ [key]: { n: 1 } });
      const error = await state.write({ [key]: { text: 'a'.repeat(2_000_000) } }).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).kind).toBe('invalid');
      expect((await state.read([key]))[key]?.n).toBe(1);
    });
  });
}
