// Contract: the proactive jobs' lease and outbox (issue 11 §2), and the inactive marks delivery leaves (§5).
import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../storage/errors.js';
import type { OutboxRow, ProactiveMessage, StoredReference } from '../../storage/ports.js';
import type { ContractTarget } from './contract.js';
import { AWKWARD_IDS, ctx, practice } from './fixtures.js';

const T0 = new Date('2026-11-30T08:00:00.000Z');
const later = (ms: number): Date => new Date(T0.getTime() + ms);

function message(conversationId: string, overrides: Partial<ProactiveMessage> = {}): ProactiveMessage {
  return {
    job: 'reminders',
    conversationId,
    reason: 'reminder',
    period: '2026-W49',
    practiceId: 'p1',
    region: 'hoog',
    cards: [{ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Herinnering ë' }] }],
    summary: 'Herinnering voor deze week',
    ...overrides,
  };
}

function reference(conversationId: string): StoredReference {
  return {
    conversationId,
    practiceId: 'p1',
    kind: 'channel',
    reference: { conversation: { id: conversationId }, serviceUrl: 'https://smba.example/' },
    updatedAt: T0.toISOString(),
  };
}

export function jobsContract(target: ContractTarget): void {
  describe('job leases', () => {
    it('goes to exactly one of several instances at once, and to none other until it expires or is released', async () => {
      const { jobs } = await target.create();
      const got = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((h) => jobs.leases.acquire('reminders', h, T0, 60_000)));
      const winners = got.filter((lease) => lease !== undefined);
      expect(winners).toHaveLength(1);
      const lease = winners[0];
      if (lease === undefined) throw new Error('no lease');
      const other = lease.holder === 'a' ? 'b' : 'a';
      expect(await jobs.leases.acquire('reminders', other, later(59_000), 60_000)).toBeUndefined();
      // another job has its own lease
      expect(await jobs.leases.acquire('weekly-summary', other, T0, 60_000)).toBeDefined();
      const renewed = await jobs.leases.renew(lease, later(30_000), 60_000);
      expect(renewed?.expiresAt).toBe(later(90_000).toISOString());
      expect(await jobs.leases.acquire('reminders', other, later(89_000), 60_000)).toBeUndefined();
      if (renewed === undefined) throw new Error('not renewed');
      await jobs.leases.release(renewed);
      expect(await jobs.leases.acquire('reminders', other, later(31_000), 60_000)).toMatchObject({ holder: other });
    });

    it("is taken over once a crashed holder's lease expired, and the old holder can no longer renew it", async () => {
      const { jobs } = await target.create();
      const crashed = await jobs.leases.acquire('reminders', 'crashed', T0, 10_000);
      if (crashed === undefined) throw new Error('no lease');
      const next = await jobs.leases.acquire('reminders', 'next', later(10_001), 10_000);
      expect(next?.holder).toBe('next');
      expect(await jobs.leases.renew(crashed, later(10_002), 10_000)).toBeUndefined();
      // a stale release does not free the new holder's lease
      await jobs.leases.release(crashed);
      expect(await jobs.leases.acquire('reminders', 'third', later(10_003), 10_000)).toBeUndefined();
    });
  });

  describe('outbox', () => {
    it('queues a (job, conversation, reason, period) once, whatever the cards, and keeps keys apart', async () => {
      const { jobs } = await target.create();
      expect(await jobs.outbox.enqueue(message('19:a@thread.tacv2'), T0.toISOString())).toBe(true);
      expect(await jobs.outbox.enqueue(message('19:a@thread.tacv2', { summary: 'other text' }), T0.toISOString())).toBe(false);
      expect(await jobs.outbox.enqueue(message('19:a@thread.tacv2', { period: '2026-W50' }), T0.toISOString())).toBe(true);
      expect(await jobs.outbox.enqueue(message('19:a@thread.tacv2', { reason: 'plan' }), T0.toISOString())).toBe(true);
      expect(await jobs.outbox.enqueue(message('19:a@thread.tacv2', { job: 'weekly-summary' }), T0.toISOString())).toBe(true);
      const concurrent = await Promise.all(Array.from({ length: 6 }, () => jobs.outbox.enqueue(message('19:b'), T0.toISOString())));
      expect(concurrent.filter(Boolean)).toHaveLength(1);
      expect((await jobs.outbox.open('reminders')).map((r) => r.message.period).sort()).toEqual([
        '2026-W49',
        '2026-W49',
        '2026-W49',
        '2026-W50',
      ]);
      expect(await jobs.outbox.open('weekly-summary')).toHaveLength(1);
    });

    it('queues many in transactions: new ones true, ones queued before or twice in the list false', async () => {
      const { jobs } = await target.create();
      await jobs.outbox.enqueue(message('19:c7'), T0.toISOString());
      const many = Array.from({ length: 120 }, (_, i) => message(`19:c${i}`));
      const answers = await jobs.outbox.enqueueMany(
        [...many, message('19:c3'), message('19:c200', { job: 'weekly-summary' })],
        T0.toISOString(),
      );
      expect(answers.filter(Boolean)).toHaveLength(120);
      expect(answers[7]).toBe(false);
      expect(answers[120]).toBe(false);
      expect(answers[121]).toBe(true);
      expect(await jobs.outbox.open('reminders')).toHaveLength(120);
      expect(await jobs.outbox.enqueueMany(many.slice(0, 60), T0.toISOString())).toEqual(Array.from({ length: 60 }, () => false));
    });

    it('keeps awkward conversation ids and large cards as they were given', async () => {
      const { jobs } = await target.create();
      const big = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Zé '.repeat(12_000) }] };
      for (const id of AWKWARD_IDS) await jobs.outbox.enqueue(message(id, { cards: [big, big] }), T0.toISOString());
      const open = await jobs.outbox.open('reminders');
      expect(open.map((r) => r.message.conversationId).sort()).toEqual([...AWKWARD_IDS].sort());
      expect(open[0]?.message.cards).toEqual([big, big]);
    });

    it('is claimed with its ETag: of two claims one wins; a final state closes the row and keeps its record', async () => {
      const { jobs } = await target.create();
      await jobs.outbox.enqueue(message('19:a'), T0.toISOString());
      const [row] = await jobs.outbox.open('reminders');
      if (row === undefined) throw new Error('not queued');
      const claims = await Promise.allSettled(
        ['x', 'y'].map((holder) =>
          jobs.outbox.update(row, { state: 'sending', holder, sendingSince: T0.toISOString(), updatedAt: T0.toISOString() }),
        ),
      );
      expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
      const lost = claims.find((c) => c.status === 'rejected');
      expect(lost?.status === 'rejected' ? lost.reason : undefined).toBeInstanceOf(ConcurrencyError);
      const [claimed] = await jobs.outbox.open('reminders');
      expect(claimed?.state).toBe('sending');
      if (claimed === undefined) throw new Error('gone');
      await jobs.outbox.update(claimed, { state: 'sent', activityIds: ['1:abc'], updatedAt: later(1).toISOString() });
      expect(await jobs.outbox.open('reminders')).toEqual([]);
      const [record] = await jobs.outbox.list('reminders', '2026-W49');
      expect(record).toMatchObject({
        state: 'sent',
        activityIds: ['1:abc'],
        message: { conversationId: '19:a', summary: 'Herinnering voor deze week' },
      });
      // the key stays taken after delivery
      expect(await jobs.outbox.enqueue(message('19:a'), later(2).toISOString())).toBe(false);
      // a stale copy of the unclaimed row cannot end it
      await expect(jobs.outbox.update(row, { state: 'failed', updatedAt: later(3).toISOString() })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      expect((await jobs.outbox.list('reminders', '2026-W49'))[0]?.state).toBe('sent');
    });
  });

  it("hands each transaction's new open rows to onQueued at once, with ETags that claim them", async () => {
    const { jobs } = await target.create();
    await jobs.outbox.enqueue(message('19:c7'), T0.toISOString());
    const handed: OutboxRow[][] = [];
    const answers = await jobs.outbox.enqueueMany(
      Array.from({ length: 120 }, (_, i) => message(`19:c${i}`)),
      T0.toISOString(),
      (rows) => handed.push(rows),
    );
    // the first transaction met 19:c7 (queued before) and went one by one; the others went whole
    expect(handed.map((rows) => rows.length)).toEqual([49, 50, 20]);
    expect(answers.filter(Boolean)).toHaveLength(119);
    const rows = handed.flat();
    expect(rows.map((r) => r.message.conversationId)).not.toContain('19:c7');
    expect(rows.every((r) => r.state === 'pending' && r.message.cards.length === 1)).toBe(true);
    const claims = await Promise.all(
      rows.map((row) =>
        jobs.outbox.update(row, { state: 'sending', holder: 'x', sendingSince: T0.toISOString(), updatedAt: T0.toISOString() }),
      ),
    );
    expect(claims.every((c) => c.state === 'sending')).toBe(true);
  });

  it('purges finished records older than the retention; open rows, newer records and their keys stay', async () => {
    const { jobs } = await target.create();
    const day = 86_400_000;
    const W40 = (id: string): ProactiveMessage => message(id, { period: '2026-W40' });
    await jobs.outbox.enqueueMany([W40('19:sent'), W40('19:failed'), W40('19:open'), W40('19:sending')], T0.toISOString());
    const at = T0.toISOString();
    for (const row of await jobs.outbox.open('reminders')) {
      const id = row.message.conversationId;
      if (id === '19:open') continue;
      const claimed = await jobs.outbox.update(row, { state: 'sending', holder: 'x', sendingSince: at, updatedAt: at });
      if (id === '19:sent') await jobs.outbox.update(claimed, { state: 'sent', activityIds: ['1:a'], updatedAt: at });
      if (id === '19:failed') await jobs.outbox.update(claimed, { state: 'failed', reason: 'HTTP 400', updatedAt: at });
    }
    const recent = later(40 * day).toISOString();
    await jobs.outbox.enqueue(message('19:recent'), recent);
    const [row] = (await jobs.outbox.open('reminders')).filter((r) => r.message.conversationId === '19:recent');
    if (row === undefined) throw new Error('not queued');
    await jobs.outbox.update(row, { state: 'failed', reason: 'no stored conversation reference', updatedAt: recent });

    expect(await jobs.outbox.purge('reminders', later(5 * day).toISOString())).toBe(2);
    const left = await jobs.outbox.list('reminders', '2026-W40');
    expect(left.map((r) => r.message.conversationId).sort()).toEqual(['19:open', '19:sending']);
    expect((await jobs.outbox.open('reminders')).map((r) => r.state).sort()).toEqual(['pending', 'sending']);
    expect((await jobs.outbox.list('reminders', '2026-W49')).map((r) => r.state)).toEqual(['failed']);
    // the newer period's key is still taken; nothing more is old enough
    expect(await jobs.outbox.enqueue(message('19:recent'), recent)).toBe(false);
    expect(await jobs.outbox.purge('reminders', later(5 * day).toISOString())).toBe(0);
    expect(await jobs.outbox.purge('weekly-summary', later(99 * day).toISOString())).toBe(0);
  });

  it('finishes a row whose outcome was recorded before a crash removed its open row', async () => {
    const { jobs } = await target.create();
    await jobs.outbox.enqueue(message('19:a'), T0.toISOString());
    const [row] = await jobs.outbox.open('reminders');
    if (row === undefined) throw new Error('not queued');
    const claimed = await jobs.outbox.update(row, {
      state: 'sending',
      holder: 'x',
      sendingSince: T0.toISOString(),
      updatedAt: T0.toISOString(),
    });
    await jobs.outbox.update(claimed, { state: 'sent', activityIds: ['1:a'], updatedAt: later(1).toISOString() });
    expect(await jobs.outbox.open('reminders')).toEqual([]);
    expect((await jobs.outbox.list('reminders', '2026-W49'))[0]).toMatchObject({ state: 'sent', activityIds: ['1:a'] });
  });

  describe('inactive marks', () => {
    it("on a reference, cleared by the next save from a turn; on a practice's channel, kept with the practice", async () => {
      const stores = await target.create();
      const id = '19:gone@thread.tacv2';
      await stores.references.save(reference(id));
      const inactive = { since: T0.toISOString(), status: 403, reason: 'bot removed from the team' };
      await stores.references.markInactive(id, inactive);
      expect((await stores.references.get(id))?.inactive).toEqual(inactive);
      expect((await stores.references.listByPractice('p1'))[0]?.inactive).toEqual(inactive);
      await stores.references.save(reference(id));
      expect((await stores.references.get(id))?.inactive).toBeUndefined();
      await stores.references.markInactive('19:never-seen', inactive);
      expect(await stores.references.get('19:never-seen')).toBeUndefined();

      const saved = await stores.practices.save(practice('p1'), ctx('k1'));
      const marked = await stores.practices.save({ ...saved.value, channelInactive: inactive }, ctx('k2'), saved.etag);
      expect((await stores.practices.get('p1'))?.value.channelInactive).toEqual(inactive);
      const { channelInactive: _gone, ...cleared } = marked.value;
      await stores.practices.save(cleared, ctx('k3'), marked.etag);
      expect((await stores.practices.get('p1'))?.value.channelInactive).toBeUndefined();
    });
  });
}
