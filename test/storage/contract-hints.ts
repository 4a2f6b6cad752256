// Contract: the per-process hints of issue 10 §1 save requests and never change an answer. A conversation reference is
// written only when it changed (or a day later); a team resolves in one point read once known, also after another
// instance moved the practice.
import { describe, expect, it } from 'vitest';
import type { StoredReference } from '../../storage/ports.js';
import { buildStores } from '../../storage/tables/stores.js';
import type { ContractTarget } from './contract.js';
import { counting, ctx, practice } from './fixtures.js';

const CONVERSATION = '19:abc@thread.tacv2';
const ref = (practiceId: string | undefined, updatedAt: string, serviceUrl = 'https://smba.example/emea/'): StoredReference => ({
  conversationId: CONVERSATION,
  kind: 'channel',
  ...(practiceId !== undefined ? { practiceId } : {}),
  reference: { conversation: { id: CONVERSATION }, serviceUrl },
  updatedAt,
});

export function hintContract(target: ContractTarget): void {
  describe('per-process hints', () => {
    it('writes a conversation reference only when it changed, or on another day', async () => {
      const ops: string[] = [];
      const table = counting(await target.createTables(), ops);
      const { references } = buildStores(table);
      await references.save(ref('p1', '2025-03-01T09:00:00.000Z'));
      ops.length = 0;
      await references.save(ref('p1', '2025-03-01T17:00:00.000Z'));
      expect(ops).toEqual([]);
      expect((await references.get(CONVERSATION))?.updatedAt).toBe('2025-03-01T09:00:00.000Z');

      // another instance (no hint yet) compares with what is stored and leaves it
      ops.length = 0;
      const other = buildStores(table).references;
      await other.save(ref('p1', '2025-03-01T18:00:00.000Z'));
      expect(ops).toEqual(['references.get']);

      await references.save(ref('p2', '2025-03-01T19:00:00.000Z'));
      expect(await references.get(CONVERSATION)).toEqual(ref('p2', '2025-03-01T19:00:00.000Z'));
      expect(await references.listByPractice('p1')).toEqual([]);
      await other.save(ref('p2', '2025-03-01T20:00:00.000Z', 'https://smba.example/amer/'));
      expect((await references.get(CONVERSATION))?.reference['serviceUrl']).toBe('https://smba.example/amer/');
      await references.save(ref('p2', '2025-03-02T08:00:00.000Z', 'https://smba.example/amer/'));
      expect((await references.listByPractice('p2')).map((r) => r.updatedAt)).toEqual(['2025-03-02T08:00:00.000Z']);
    });

    it('resolves a known team in one point read, and notices when another instance moved its practice', async () => {
      const ops: string[] = [];
      const table = counting(await target.createTables(), ops);
      const [one, two] = [buildStores(table).practices, buildStores(table).practices];
      const team = '19:team@thread.tacv2';
      const a = await one.save(practice('a', { teamId: team }), ctx('1'));
      expect(await one.findByTeam(team)).toEqual(a);
      ops.length = 0;
      expect(await one.findByTeam(team)).toEqual(a);
      expect(ops).toEqual(['practices.get']);

      await two.save(practice('a', { teamId: '19:elsewhere@thread.tacv2' }), ctx('2'), a.etag);
      expect(await one.findByTeam(team)).toBeUndefined();
      const b = await two.save(practice('b', { teamId: team }), ctx('3'));
      expect(await one.findByTeam(team)).toEqual(b);
    });
  });
}
