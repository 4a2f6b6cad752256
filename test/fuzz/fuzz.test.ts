// Issue 12, "Tests and figures": a seeded fuzz run in `npm test` (2,000 requests; `npm run fuzz` runs 20,000). The seed is
// fixed so a failure is reproduced with `npm run fuzz -- --count=2000 --seed=<seed>`; it is printed with every failure.
import { describe, expect, it } from 'vitest';
import { HOOK_TIMEOUT_MS } from '../support/timeouts.js';
import { runFuzz, summary } from './run-fuzz.js';

const SEED = 20_261_130;
const COUNT = 2_000;

describe('fuzz over HTTP (issue 12)', () => {
  it(
    `${COUNT} seeded hostile requests: the bot never crashes, never answers 5xx, and every stored row parses`,
    async () => {
      const report = await runFuzz({ count: COUNT, seed: SEED });
      const context = `${summary(report)}\nreplay: npm run fuzz -- --count=${COUNT} --seed=${SEED}`;
      console.log(context);
      expect(report.botExit, context).toBeUndefined();
      expect(report.healthAfter, context).toBe(200);
      expect(report.serverErrors, context).toEqual([]);
      expect(report.turnFailures, context).toEqual({});
      expect(report.stored.unreadable, context).toEqual([]);
      // the run reached the writes: sessions, counts or plans were stored, and conversation state kept
      expect(report.stored.rows.records, context).toBeGreaterThan(1);
      expect(report.stored.rows.state, context).toBeGreaterThan(0);
      expect(Object.values(report.statuses).reduce((a, b) => a + b, 0)).toBe(COUNT);
    },
    // Azurite and the bot start inside the test (as a hook would), then 2,000 requests on a shared 2-core machine.
    HOOK_TIMEOUT_MS,
  );
});
