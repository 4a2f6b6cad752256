// Contract: versioned plans, idempotent saves and version allocation under concurrency.
import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../storage/errors.js';
import type { PlanVersion } from '../../storage/ports.js';
import type { ContractTarget } from './contract.js';
import { ctx } from './fixtures.js';

const verdict = { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 1, ruleIds: ['hoog.awp.min-1'] };

function entry(year: number, ids: string[], practiceId = '12345678'): Omit<PlanVersion, 'version' | 'savedBy' | 'savedAt'> {
  return { practiceId, year, interventions: ids.map((id) => ({ id })), verdict };
}

export function planContract(target: ContractTarget): void {
  describe('plans', () => {
    it('numbers versions per practice and year; latest gives the newest of each year, by year', async () => {
      const { plans } = await target.create();
      const v1 = await plans.saveVersion(entry(1, ['awp.lean']), ctx('a', '2025-01-10T10:00:00.000Z'));
      expect(v1).toEqual({
        created: true,
        version: { ...entry(1, ['awp.lean']), version: 1, savedBy: 'aad-user-1', savedAt: '2025-01-10T10:00:00.000Z' },
      });
      await plans.saveVersion(entry(2, ['sn.mdo']), ctx('b'));
      const v2 = await plans.saveVersion(entry(1, ['awp.lean', 'gg.oplossingsgericht']), ctx('c', '2025-02-10T10:00:00.000Z'));
      expect(v2.version.version).toBe(2);
      await plans.saveVersion(entry(1, ['awp.beeldbellen'], 'other'), ctx('d'));

      expect((await plans.history('12345678', 1)).map((v) => v.version)).toEqual([1, 2]);
      const latest = await plans.latest('12345678');
      expect(latest.map((v) => [v.year, v.version])).toEqual([
        [1, 2],
        [2, 1],
      ]);
      expect(latest[0]).toEqual(v2.version);
      expect(await plans.latest('nobody')).toEqual([]);
    });

    it('records a double save (same idempotency key) once', async () => {
      const { plans } = await target.create();
      const first = await plans.saveVersion(entry(1, ['awp.lean']), ctx('card-1'));
      const again = await plans.saveVersion(entry(1, ['awp.lean']), ctx('card-1'));
      expect(again).toEqual({ version: first.version, created: false });
      expect(await plans.history('12345678', 1)).toHaveLength(1);
    });

    it('records a concurrent double click once', async () => {
      const { plans } = await target.create();
      const results = await Promise.all([
        plans.saveVersion(entry(1, ['awp.lean']), ctx('click')),
        plans.saveVersion(entry(1, ['awp.lean']), ctx('click')),
      ]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(results[0]?.version).toEqual(results[1]?.version);
      expect(await plans.history('12345678', 1)).toHaveLength(1);
    });

    it('refuses a save based on an older version; of two concurrent saves based on the same one, one wins (issue 12 §3)', async () => {
      const { plans } = await target.create();
      await plans.saveVersion(entry(1, ['awp.lean']), ctx('first'), 0);
      await expect(plans.saveVersion(entry(1, ['sn.mdo']), ctx('stale'), 0)).rejects.toBeInstanceOf(ConcurrencyError);
      // a retry of a save that landed is answered, although the summary moved on
      expect(await plans.saveVersion(entry(1, ['awp.lean']), ctx('first'), 0)).toMatchObject({ created: false, version: { version: 1 } });
      const race = await Promise.allSettled([
        plans.saveVersion(entry(1, ['awp.beeldbellen']), ctx('writer-a'), 1),
        plans.saveVersion(entry(1, ['gg.oplossingsgericht']), ctx('writer-b'), 1),
      ]);
      expect(race.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(race.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(ConcurrencyError);
      expect((await plans.history('12345678', 1)).map((v) => v.version)).toEqual([1, 2]);
      // another year is not affected
      expect((await plans.saveVersion(entry(2, ['awp.lean']), ctx('year-2'), 0)).created).toBe(true);
    });

    it('gives two concurrent saves versions 1 and 2, never two version 1s', async () => {
      const { plans } = await target.create();
      const results = await Promise.all([
        plans.saveVersion(entry(1, ['awp.lean']), ctx('writer-a')),
        plans.saveVersion(entry(1, ['sn.mdo']), ctx('writer-b')),
      ]);
      expect(results.map((r) => r.version.version).sort()).toEqual([1, 2]);
      expect((await plans.history('12345678', 1)).map((v) => v.version)).toEqual([1, 2]);
    });

    it('keeps versions unique and gapless under wider contention', async () => {
      const { plans } = await target.create();
      const results = await Promise.all(
        ['a', 'b', 'c', 'd'].map((key) => plans.saveVersion(entry(3, ['upc.uitbreiding']), ctx(`w-${key}`))),
      );
      expect(results.map((r) => r.version.version).sort()).toEqual([1, 2, 3, 4]);
    });

    it('keeps a plan with long justifications (over one 64 KiB property) intact', async () => {
      const { plans } = await target.create();
      const interventions = Array.from({ length: 30 }, (_, i) => ({ id: `awp.x${i}`, justification: `ü${i}`.repeat(2000) }));
      const saved = await plans.saveVersion({ ...entry(1, []), interventions }, ctx('big'));
      expect((await plans.history('12345678', 1))[0]).toEqual(saved.version);
    });
  });
}
