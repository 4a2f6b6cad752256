// Contract: intervisie log, counts with corrections, conversation references, audit log.
import { describe, expect, it } from 'vitest';
import type { StoredReference } from '../../storage/ports.js';
import type { ContractTarget } from './contract.js';
import { AWKWARD_IDS, ctx } from './fixtures.js';

export function recordContract(target: ContractTarget): void {
  describe('intervisie', () => {
    it('lists the sessions of a date range, oldest first, boundaries inclusive', async () => {
      const { intervisie } = await target.create();
      const dates = ['2025-12-31', '2024-12-31', '2025-01-01', '2026-01-01', '2025-06-15'];
      for (const date of dates) await intervisie.add('p1', { date, topic: `t ${date}`, minutes: 90 }, ctx(`s-${date}`));
      await intervisie.add('p2', { date: '2025-03-03', topic: 'other practice' }, ctx('s-p2'));

      const year = await intervisie.list('p1', { from: '2025-01-01', to: '2025-12-31' });
      expect(year.map((s) => s.date)).toEqual(['2025-01-01', '2025-06-15', '2025-12-31']);
      expect((await intervisie.list('p1')).map((s) => s.date)).toEqual([...dates].sort());
      expect((await intervisie.list('p1', { from: '2025-06-15' })).map((s) => s.date)).toEqual(['2025-06-15', '2025-12-31', '2026-01-01']);
      expect((await intervisie.list('p1', { to: '2024-12-31' })).map((s) => s.date)).toEqual(['2024-12-31']);
    });

    it('stores every field and records a double add once', async () => {
      const { intervisie } = await target.create();
      const session = {
        date: '2025-02-03',
        minutes: 60,
        gpsPresent: 3,
        participants: 5,
        gpsAttending: ['AB', 'C. de Vries', 'JK'],
        topic: 'Verwijsgedrag',
        note: 'Notitie',
      };
      const first = await intervisie.add('p1', session, ctx('card-7', '2025-02-03T15:00:00.000Z'));
      expect(first.created).toBe(true);
      expect(first.session).toEqual({
        ...session,
        id: first.session.id,
        practiceId: 'p1',
        loggedBy: 'aad-user-1',
        loggedAt: '2025-02-03T15:00:00.000Z',
      });
      const again = await intervisie.add('p1', session, ctx('card-7', '2025-02-03T15:00:05.000Z'));
      expect(again).toEqual({ session: first.session, created: false, records: first.records });
      expect(await intervisie.list('p1')).toEqual([first.session]);
      const concurrent = await Promise.all([1, 2].map(() => intervisie.add('p1', { ...session, date: '2025-03-03' }, ctx('card-8'))));
      expect(concurrent.map((r) => r.created).sort()).toEqual([false, true]);
      expect(await intervisie.list('p1')).toHaveLength(2);
    });
  });

  describe('counts', () => {
    it('supersedes the newest entry of the same metric and period and keeps the history', async () => {
      const { counts } = await target.create();
      const q1 = { metric: 'wor-referrals' as const, from: '2025-01-01', to: '2025-03-31' };
      const first = await counts.add('p1', { ...q1, value: 4 }, ctx('c1', '2025-04-01T08:00:00.000Z'));
      expect(first.entry.supersedes).toBeUndefined();
      const other = await counts.add(
        'p1',
        { metric: 'video-consults', from: '2025-01-01', to: '2025-03-31', value: 12 },
        ctx('c2', '2025-04-01T09:00:00.000Z'),
      );
      const q2 = await counts.add(
        'p1',
        { metric: 'wor-referrals', from: '2025-04-01', to: '2025-06-30', value: 2 },
        ctx('c3', '2025-07-01T08:00:00.000Z'),
      );
      const fix = await counts.add('p1', { ...q1, value: 5 }, ctx('c4', '2025-04-02T08:00:00.000Z'));
      const fix2 = await counts.add('p1', { ...q1, value: 6.5 }, ctx('c5', '2025-04-03T08:00:00.000Z'));
      expect(fix.entry.supersedes).toBe(first.entry.id);
      expect(fix2.entry.supersedes).toBe(fix.entry.id);
      expect(q2.entry.supersedes).toBeUndefined();
      expect(other.entry.supersedes).toBeUndefined();

      expect((await counts.history('p1')).map((e) => e.id)).toEqual([first, other, fix, fix2, q2].map((r) => r.entry.id));
      expect((await counts.history('p1', 'wor-referrals')).map((e) => e.value)).toEqual([4, 5, 6.5, 2]);
      expect(await counts.history('p1', 'meekijkconsults')).toEqual([]);
      expect(await counts.history('p2')).toEqual([]);
    });

    it('records a double add once', async () => {
      const { counts } = await target.create();
      const entry = { metric: 'network-patients' as const, from: '2025-01-01', to: '2025-12-31', value: 30 };
      const first = await counts.add('p1', entry, ctx('same'));
      expect(await counts.add('p1', entry, ctx('same'))).toEqual({ entry: first.entry, created: false, records: first.records });
      expect(await counts.history('p1')).toEqual([first.entry]);
    });
  });

  describe('conversation references', () => {
    const ref = (conversationId: string, practiceId: string | undefined, at: string): StoredReference => ({
      conversationId,
      ...(practiceId === undefined ? {} : { practiceId }),
      kind: practiceId === undefined ? 'personal' : 'channel',
      reference: { conversation: { id: conversationId, tenantId: 't' }, serviceUrl: 'https://smba.example/', channelId: 'msteams' },
      updatedAt: at,
    });

    it('gets references by conversation and lists them by practice', async () => {
      const { references } = await target.create();
      const channel = '19:abc@thread.tacv2;messageid=1699999999999';
      await references.save(ref(channel, 'p1', '2025-01-01T00:00:00.000Z'));
      await references.save(ref('19:second@thread.tacv2', 'p1', '2025-01-01T00:00:00.000Z'));
      await references.save(ref('a:1personal', undefined, '2025-01-01T00:00:00.000Z'));
      expect(await references.get(channel)).toEqual(ref(channel, 'p1', '2025-01-01T00:00:00.000Z'));
      expect(await references.get('unknown')).toBeUndefined();
      expect((await references.listByPractice('p1')).map((r) => r.conversationId).sort()).toEqual([
        '19:abc@thread.tacv2;messageid=1699999999999',
        '19:second@thread.tacv2',
      ]);

      await references.save(ref(channel, 'p2', '2025-02-01T00:00:00.000Z'));
      expect((await references.listByPractice('p1')).map((r) => r.conversationId)).toEqual(['19:second@thread.tacv2']);
      expect(await references.listByPractice('p2')).toEqual([ref(channel, 'p2', '2025-02-01T00:00:00.000Z')]);
    });

    it('round-trips awkward conversation and practice ids', async () => {
      const { references } = await target.create();
      for (const id of AWKWARD_IDS) {
        await references.save(ref(id, id, '2025-01-01T00:00:00.000Z'));
        expect(await references.get(id)).toEqual(ref(id, id, '2025-01-01T00:00:00.000Z'));
        expect((await references.listByPractice(id)).map((r) => r.conversationId)).toEqual([id]);
      }
    });
  });

  describe('audit', () => {
    it('lists newest first with a limit, per practice, and stores a repeated entry once', async () => {
      const { audit } = await target.create();
      const times = ['2025-01-02T10:00:00.000Z', '2025-03-01T10:00:00.000Z', '2025-01-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z'];
      for (const at of times)
        await audit.append({
          practiceId: 'p1',
          action: 'plan.saved',
          actor: 'u1',
          at,
          detail: { version: 1, ok: true, ruleSet: 'hoog@2024' },
        });
      await audit.append({
        practiceId: 'p1',
        action: 'plan.saved',
        actor: 'u1',
        at: times[0] ?? '',
        detail: { version: 1, ok: true, ruleSet: 'hoog@2024' },
      });
      await audit.append({ practiceId: 'region:hoog', action: 'channel.linked', actor: 'u2', at: '2025-01-05T10:00:00.000Z' });

      const all = await audit.list('p1');
      expect(all.map((e) => e.at)).toEqual([...times].sort().reverse());
      expect(all[0]).toEqual({
        practiceId: 'p1',
        action: 'plan.saved',
        actor: 'u1',
        at: '2025-03-01T10:00:00.000Z',
        detail: { version: 1, ok: true, ruleSet: 'hoog@2024' },
      });
      expect((await audit.list('p1', 2)).map((e) => e.at)).toEqual(['2025-03-01T10:00:00.000Z', '2025-02-01T10:00:00.000Z']);
      expect(await audit.list('region:hoog')).toEqual([
        { practiceId: 'region:hoog', action: 'channel.linked', actor: 'u2', at: '2025-01-05T10:00:00.000Z' },
      ]);
      expect(await audit.list('p2')).toEqual([]);
    });
  });
}
