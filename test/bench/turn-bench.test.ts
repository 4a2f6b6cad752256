// The turn bench's pieces on a tiny size, so `npm run bench -- turns` does not rot between runs (issue 10 §5): the
// echo bot answers an expectReplies turn, Azurite's request counter counts real Table requests, the seed links a practice
// the stores find by team, and the load generator times turns. No timing is asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableStores } from '../../storage/tables/index.js';
import type { Stores } from '../../storage/ports.js';
import { startCountingAzurite, type AzuriteTables } from '../support/azurite.js';
import { benchTeamId, commandActivity, intervisieSubmit } from './activities.js';
import { startEchoBot, type EchoBot } from './echo-bot.js';
import { childProcessesOf, memoryOf, percentile, runRound } from './load.js';
import { benchPractice, seedLinkedPractice, seedSessions } from './seed.js';
import { turnBenchSize } from './turns.js';

let azurite: AzuriteTables;
let requests: () => Promise<number>;
let echo: EchoBot;
let stores: Stores;

beforeAll(async () => {
  const [counting, started] = await Promise.all([startCountingAzurite(), startEchoBot()]);
  [azurite, echo, requests] = [counting, started, counting.requests];
  stores = await createTableStores({
    connectionString: azurite.connectionString,
    allowInsecureConnection: true,
    tablePrefix: 'bench',
  });
});
afterAll(async () => {
  await echo?.close();
  await azurite?.stop();
});

describe('turn bench pieces', () => {
  it('the echo bot answers every turn of a round with its text', async () => {
    const url = `http://127.0.0.1:${echo.port}/api/messages`;
    const turns = (await runRound(url, 2, 4, (c) => commandActivity(benchTeamId(c + 1), 'status'))).flat();
    expect(turns).toHaveLength(4);
    for (const turn of turns) {
      expect(turn.ok).toBe(true);
      expect(JSON.parse(turn.body)).toMatchObject({ activities: [{ type: 'message', text: expect.stringContaining('status') }] });
    }
    const [submit] = (await runRound(url, 1, 1, () => intervisieSubmit(benchTeamId(1), '2025-01-02'))).flat();
    expect(submit?.ok).toBe(true);
  });

  it('Azurite counts each Table request the stores make (not its own counter), and finds the seeded practice by team', async () => {
    const practice = benchPractice(1);
    await seedLinkedPractice(stores, practice);
    await seedSessions(stores, practice, 3, '2025-01-02');
    const before = await requests();
    expect(await requests()).toBe(before);
    const found = await stores.practices.findByTeam(benchTeamId(1));
    expect(found?.value.id).toBe(practice.id);
    const afterFind = await requests();
    expect(afterFind).toBeGreaterThan(before);
    // the intervisie list reads this table and the one written before issue 10: two queries
    expect(await stores.intervisie.list(practice.id)).toHaveLength(3);
    expect(await requests()).toBe(afterFind + 2);
  });

  it('reads sizes, percentiles and this process from /proc', () => {
    expect(turnBenchSize(['--turns=8', '--history=50'])).toMatchObject({ concurrency: 20, turnsPerRound: 8, history: 50, warmupRounds: 1 });
    expect(turnBenchSize(['--warmup=10'])).toMatchObject({ warmupRounds: 10, rounds: 4 });
    expect(() => turnBenchSize(['--rounds=0'])).toThrow();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 99)).toBe(5);
    const memory = memoryOf(process.pid);
    if (memory) expect(memory.peakMb).toBeGreaterThanOrEqual(memory.rssMb - 1);
    expect(Array.isArray(childProcessesOf(process.pid))).toBe(true);
  });
});
