// Contract: practices (create/replace/etag, idempotent save, team index, region listing past one page),
// consultant channels, key encoding of awkward ids, and storage faults.
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../rules/model.js';
import { ConcurrencyError, ConflictError, StorageUnavailableError } from '../../storage/errors.js';
import type { ContractTarget } from './contract.js';
import { SLOW_TEST_TIMEOUT_MS } from '../support/timeouts.js';
import { AWKWARD_IDS, ctx, practice } from './fixtures.js';

export function practiceContract(target: ContractTarget): void {
  describe('practices', () => {
    it('creates, reads and replaces a practice; the etag changes with each write', async () => {
      const { practices } = await target.create();
      expect(await practices.get('12345678')).toBeUndefined();
      const created = await practices.save(practice('12345678'), ctx('k1'));
      const read = await practices.get('12345678');
      expect(read).toEqual(created);
      expect(read?.value).toEqual(practice('12345678'));

      const renamed = practice('12345678', {
        name: 'Nieuwe naam',
        gps: 4,
        praktijkplanSubmitted: '2025-04-01',
        milestones: [{ id: 'hoog.milestone.self-report', done: '2025-06-20', year: 1, by: 'Petra de Vries', note: 'Via het portaal' }],
        managers: [{ id: 'aad-anne', name: 'Anne de Vries' }, { id: 'aad-jan' }],
        reminders: { frequency: 'two-weekly', weekday: 3, hour: 14, snoozed: { counts: '2026-12-07' }, off: ['milestones'] },
      });
      const replaced = await practices.save(renamed, ctx('k2'), created.etag);
      expect(replaced.etag).not.toBe(created.etag);
      expect((await practices.get('12345678'))?.value).toEqual(renamed);
    });

    it('refuses a stale etag with ConcurrencyError and a second create with ConflictError', async () => {
      const { practices } = await target.create();
      const created = await practices.save(practice('p1'), ctx('k1'));
      await practices.save(practice('p1', { gps: 5 }), ctx('k2'), created.etag);
      await expect(practices.save(practice('p1', { gps: 6 }), ctx('k3'), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(practices.save(practice('p1'), ctx('k4'))).rejects.toBeInstanceOf(ConflictError);
      expect((await practices.get('p1'))?.value.gps).toBe(5);
    });

    // A form carries the etag it was opened with, so a forged card can send any text: Azure answers 400 InvalidInput
    // to an If-Match that is not an etag (found by the fuzz run with `etag: "x"`); it must read as a stale version.
    it('refuses an etag that storage never issued (a forged card) with ConcurrencyError, and writes nothing', async () => {
      const { practices } = await target.create();
      await practices.save(practice('p1'), ctx('k1'));
      for (const [i, forged] of ['x', '*', '*x', 'W/"1"x', 'W/"datetime\'2026\'"\n', '"', 'W/"datetime\'\'"'].entries()) {
        await expect(practices.save(practice('p1', { gps: 9 }), ctx(`f${i}`), forged)).rejects.toBeInstanceOf(ConcurrencyError);
      }
      expect((await practices.get('p1'))?.value.gps).toBe(practice('p1').gps);
    });

    it('lets exactly one of two writers with the same etag win', async () => {
      const { practices } = await target.create();
      const { etag } = await practices.save(practice('p1'), ctx('k1'));
      const results = await Promise.allSettled([
        practices.save(practice('p1', { name: 'A' }), ctx('writer-a'), etag),
        practices.save(practice('p1', { name: 'B' }), ctx('writer-b'), etag),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.status === 'rejected' && lost[0].reason).toBeInstanceOf(ConcurrencyError);
      const winner = won[0]?.status === 'fulfilled' ? won[0].value.value.name : undefined;
      expect((await practices.get('p1'))?.value.name).toBe(winner);
    });

    it('records a retried save once (same idempotency key) instead of failing on its own write', async () => {
      const { practices } = await target.create();
      const first = await practices.save(practice('p1'), ctx('create-1'));
      expect(await practices.save(practice('p1'), ctx('create-1'))).toEqual(first);
      const second = await practices.save(practice('p1', { gps: 7 }), ctx('update-1'), first.etag);
      expect(await practices.save(practice('p1', { gps: 7 }), ctx('update-1'), first.etag)).toEqual(second);
    });

    it('finds a practice by team id, and follows a team that moves to another practice', async () => {
      const { practices } = await target.create();
      const team = '19:abc@thread.tacv2';
      expect(await practices.findByTeam(team)).toBeUndefined();
      const a = await practices.save(practice('a', { teamId: team, channelId: team, tenantId: 't1' }), ctx('1'));
      expect(await practices.findByTeam(team)).toEqual(a);
      await practices.save(practice('a', { teamId: '19:other@thread.tacv2' }), ctx('2'), a.etag);
      expect(await practices.findByTeam(team)).toBeUndefined();
      const b = await practices.save(practice('b', { teamId: team }), ctx('3'));
      expect(await practices.findByTeam(team)).toEqual(b);
      expect((await practices.findByTeam('19:other@thread.tacv2'))?.value.id).toBe('a');
    });

    it(
      'lists all practices of a region, past the 1,000-row page',
      async () => {
        const { practices } = await target.create();
        const ids = Array.from({ length: 1100 }, (_, i) => `h${String(i).padStart(5, '0')}`);
        for (let i = 0; i < ids.length; i += 100) {
          await Promise.all(ids.slice(i, i + 100).map((id) => practices.save(practice(id), ctx(`c-${id}`))));
        }
        await practices.save(practice('e1', { region: 'eemland', subregion: undefined }), ctx('c-e1'));
        const hoog = await practices.listByRegion('hoog');
        expect(hoog).toHaveLength(1100);
        expect(new Set(hoog.map((p) => p.id))).toEqual(new Set(ids));
        expect(hoog.every((p) => p.region === 'hoog')).toBe(true);
        expect((await practices.listByRegion('eemland')).map((p) => p.id)).toEqual(['e1']);
        expect(await practices.listByRegion('cohaesie')).toEqual([]);
      },
      SLOW_TEST_TIMEOUT_MS,
    );

    it('round-trips awkward ids as practice, team and region keys', async () => {
      const { practices } = await target.create();
      for (const [i, id] of AWKWARD_IDS.entries()) {
        const saved = await practices.save(practice(id, { teamId: `team-${id}`, region: REGIONS[i % REGIONS.length] }), ctx(`k-${id}`));
        expect(await practices.get(id)).toEqual(saved);
        expect(await practices.findByTeam(`team-${id}`)).toEqual(saved);
      }
      const listed = (await Promise.all(REGIONS.map((r) => practices.listByRegion(r)))).flat();
      expect(listed.map((p) => p.id).sort()).toEqual([...AWKWARD_IDS].sort());
    });
  });

  describe('consultant channels', () => {
    it('links a region to a channel and relinks it', async () => {
      const { consultantChannels } = await target.create();
      expect(await consultantChannels.get('hoog')).toBeUndefined();
      const channel = {
        region: 'hoog' as const,
        teamId: '19:rho@thread.tacv2',
        channelId: '19:rho@thread.tacv2',
        linkedBy: 'u1',
        linkedAt: '2025-01-02T08:00:00.000Z',
      };
      await consultantChannels.set(channel, ctx('l1'));
      await consultantChannels.set(channel, ctx('l1'));
      expect(await consultantChannels.get('hoog')).toEqual(channel);
      const relinked = { ...channel, channelId: '19:new@thread.tacv2', tenantId: 'tenant' };
      await consultantChannels.set(relinked, ctx('l2'));
      expect(await consultantChannels.get('hoog')).toEqual(relinked);
      expect(await consultantChannels.get('eemland')).toBeUndefined();
    });
  });

  describe('faults', () => {
    it('answers a health ping when storage is up', async () => {
      const { health } = await target.create();
      await expect(health.ping()).resolves.toBeUndefined();
    });

    it('surfaces storage that does not answer as StorageUnavailableError, on reads, writes and ping', async () => {
      const stores = await target.createFaulty();
      await expect(stores.health.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.practices.get('p1')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.practices.save(practice('p1'), ctx('k'))).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.intervisie.add('p1', { date: '2025-01-01', topic: 't' }, ctx('k'))).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      await expect(stores.state.read(['a'])).rejects.toBeInstanceOf(StorageUnavailableError);
    });
  });
}
