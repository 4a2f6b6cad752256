// Pacing (issue 11 §5): a request counts from its answer (or from leaving plus transitMs), so at most `max` count in
// any window however late the answers come; a 429 widens every window (adaptive margin) and keeps its slot for its
// Retry-After; answered requests shrink the margin again. Through the limit-enforcing test connector: no 429 at all.
import { setImmediate as tick } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Pacer, TEAMS_LIMITS, type DeliveryLimits } from '../../../bot/jobs/pacing.js';
import { createMemoryStores } from '../../../storage/memory/index.js';
import { conversationIds, evaluatorFor, seedReferences, testJobs } from '../../support/jobs.js';
import { startTestConnector } from '../../support/test-connector.js';

const limits = (over: Partial<DeliveryLimits>): DeliveryLimits => ({ ...TEAMS_LIMITS, transitMs: 60_000, ...over });

interface Span {
  left: number;
  answered: number;
}

/** For each request: how many (itself included) had left by then and counted (answered) within the window before. */
const mostInWindow = (spans: readonly Span[], ms: number): number =>
  Math.max(...spans.map((s) => spans.filter((o) => o.left <= s.left && o.answered > s.left - ms).length));

const throttled = (retryAfter: string): Error =>
  Object.assign(new Error('Too many requests'), { statusCode: 429, response: { headers: { 'retry-after': retryAfter } } });

describe('pacing', () => {
  it('counts a request from its answer: never more than the tenant limit in a window, slow answers included', async () => {
    const pacer = new Pacer(limits({ perTenant: { max: 4, ms: 300 } }));
    const spans: Span[] = [];
    await Promise.all(
      Array.from({ length: 13 }, async (_, i) => {
        const span = { left: 0, answered: 0 };
        await pacer.request(`c${i}`, 't', async () => {
          span.left = performance.now();
          // every third answer takes a few turns of the event loop longer
          for (let n = 0; n < (i % 3) * 50; n += 1) await tick();
          span.answered = performance.now();
        });
        spans.push(span);
      }),
    );
    expect(spans).toHaveLength(13);
    expect(mostInWindow(spans, 300)).toBeLessThanOrEqual(4);
  });

  it("keeps a conversation's own windows (7 in 1 s) counted from the answers", async () => {
    const pacer = new Pacer(limits({ perConversation: [{ max: 2, ms: 250 }] }));
    const spans: Span[] = [];
    for (let i = 0; i < 5; i += 1) {
      const span = { left: 0, answered: 0 };
      await pacer.inOrder('c', () =>
        pacer.request('c', 't', async () => {
          span.left = performance.now();
          await tick();
          span.answered = performance.now();
        }),
      );
      spans.push(span);
    }
    expect(mostInWindow(spans, 250)).toBeLessThanOrEqual(2);
  });

  it('widens the windows on a 429 and keeps its slot for the Retry-After; answered requests narrow them again', async () => {
    const pacer = new Pacer(limits({ perTenant: { max: 1, ms: 10 }, adaptive: { stepMs: 20, maxMs: 50, decayMs: 5 } }));
    expect(pacer.marginMs).toBe(0);
    let answered429 = 0;
    await expect(
      pacer.request('c1', 't', () => {
        answered429 = performance.now();
        return Promise.reject(throttled('0.3'));
      }),
    ).rejects.toThrow('Too many requests');
    expect(pacer.marginMs).toBe(20);
    let left = 0;
    await pacer.request('c2', 't', () => Promise.resolve((left = performance.now())));
    // the only slot stayed taken for the Retry-After (300 ms), not just the 10 ms window
    expect(left - answered429).toBeGreaterThanOrEqual(300);
    expect(pacer.marginMs).toBe(15);
    for (const c of ['c3', 'c4', 'c5']) await pacer.request(c, 't', () => Promise.resolve(c));
    expect(pacer.marginMs).toBe(0);
    for (const c of ['c6', 'c7', 'c8', 'c9'])
      await expect(pacer.request(c, 't', () => Promise.reject(throttled('0')))).rejects.toThrow('Too many requests');
    expect(pacer.marginMs).toBe(50);
  });

  it('sends 150 reminders through the limit-enforcing connector without a single 429', async () => {
    const connector = await startTestConnector();
    try {
      const stores = createMemoryStores();
      const ids = conversationIds(150, 'pace');
      await seedReferences(stores, ids, connector.url);
      const jobs = testJobs(stores, { reminders: evaluatorFor(() => ids) }, {}, { limits: limits({}) });
      expect(await jobs.run('reminders')).toMatchObject({ sent: 150, failed: 0, skipped: 0 });
      expect(connector.received).toHaveLength(150);
      expect(connector.throttled).toBe(0);
      expect(connector.early).toBe(0);
    } finally {
      await connector.stop();
    }
  });
});
