// Storage requests per turn (issue 10 §1–2), counted through the real bot turn at the EntityTable of the memory backend:
// each operation there is one request to Azure Tables (a query one per page of 1,000). Counts, not timings, so they hold
// on a loaded machine. Budget: a status turn ≤ 3, a log-intervisie submit ≤ 4, the same with 5,000 sessions as with 10.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/main.js';
import type { Entity, EntityTable } from '../../storage/entity-table.js';
import { encodeKey } from '../../storage/keys.js';
import { createMemoryBackend } from '../../storage/memory/index.js';
import { PRACTICE, seedPractice } from '../dialogs/support.js';
import { BOT_ID, activity, message, replies, startTestApp, textOf } from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const MENTION = '<at>MTVP-assistent</at>';
const entities = [{ type: 'mention', text: MENTION, mentioned: { id: BOT_ID, name: 'MTVP-assistent' } }];
const statusMessage = () => message(`${MENTION} status`, { channel: true, extra: { entities } });

let cards = 0;
const SESSION = { date: '2025-03-10', minutes: '90', gpsPresent: '3', participants: '5', topic: 'Verwijzingen', note: '' };
const nextCardId = () => `00000000-0000-4000-9000-${String((cards += 1)).padStart(12, '0')}`;
/** A card submit as Action.Submit (a message with a value) … */
const submitMessage = () =>
  activity('message', { channel: true, extra: { value: { verb: 'logIntervisie', cardId: nextCardId(), ...SESSION } } });
/** … and as Action.Execute (an invoke), each from a new card. */
const submitInvoke = () => {
  const data = { verb: 'logIntervisie', cardId: nextCardId(), ...SESSION };
  const value = { action: { type: 'Action.Execute', verb: 'logIntervisie', data }, trigger: 'manual' };
  return activity('invoke', { channel: true, extra: { name: 'adaptiveCard/action', value, replyToId: 'card-activity-1' } });
};

/** `count` past sessions put straight into the practice's partition, as rows of any stored history (the summary is rebuilt). */
async function seedSessions(records: EntityTable, count: number): Promise<void> {
  const partitionKey = encodeKey(PRACTICE.id);
  for (let start = 0; start < count; start += 100) {
    const rows = Array.from({ length: Math.min(100, count - start) }, (_, i): Entity => {
      const n = start + i;
      const date = new Date(Date.parse('2024-01-01') + (n % 430) * 86_400_000).toISOString().slice(0, 10);
      const id = `seed${String(n).padStart(18, '0')}`;
      const fields = {
        id,
        practiceId: PRACTICE.id,
        date,
        minutes: 60,
        gpsPresent: 2,
        topic: `Sessie ${n}`,
        loggedBy: 'seed',
        loggedAt: '2025-01-01T00:00:00.000Z',
      };
      return { partitionKey, rowKey: `s|${date}|${id}`, ...fields };
    });
    await records.transaction(rows.map((row) => ['create', row] as const));
  }
}

interface Measured {
  status: string[];
  submitMessage: string[];
  submitInvoke: string[];
  text: string;
}

/** `practiceCacheMs`: how long the stores serve a practice from memory (the bot's PRACTICE_CACHE_SECONDS); 0 by default. */
async function measureWith(sessions: number, practiceCacheMs = 0): Promise<Measured> {
  const ops: string[] = [];
  const { stores, table } = createMemoryBackend({
    onOperation: (name, op) => ops.push(`${name}.${op}`),
    ...(practiceCacheMs > 0 ? { practiceCache: { ttlMs: practiceCacheMs } } : {}),
  });
  await seedPractice(stores);
  await seedSessions(table('records'), sessions);
  app = await startTestApp({}, { stores });
  // The first turn of a conversation in a process checks its stored reference, and a history without a summary
  // (seeded above, or written before issue 10) is summarised once: the budget is for every turn after that.
  await replies(app, statusMessage());
  const turn = async (body: unknown): Promise<{ ops: string[]; text: string }> => {
    ops.length = 0;
    const text = (await replies(app!, body)).map(textOf).join('\n');
    return { ops: [...ops], text };
  };
  const status = await turn(statusMessage());
  const submitted = await turn(submitMessage());
  const invoked = await turn(submitInvoke());
  await app.close();
  app = undefined;
  return {
    status: status.ops,
    submitMessage: submitted.ops,
    submitInvoke: invoked.ops,
    text: `${status.text}\n${submitted.text}\n${invoked.text}`,
  };
}

describe('storage requests per turn', () => {
  it('a status turn makes at most 3, a log-intervisie submit at most 4, and neither grows with the history', async () => {
    const few = await measureWith(10);
    const many = await measureWith(5_000);

    expect(few.status.length).toBeLessThanOrEqual(3);
    expect(few.submitMessage.length).toBeLessThanOrEqual(4);
    expect(few.submitInvoke.length).toBeLessThanOrEqual(4);
    // the turns did what they should: a status card, two stored sessions
    expect(few.text).toContain('Intervisie vastgelegd');
    expect(many.text).toContain('Intervisie vastgelegd');

    expect(few.status).toEqual(['practices.get', 'records.get']);
    // the audit entry is in the record's transaction (issue 12 §3); the upsert is the summary's region copy (issue 11 §4);
    // the summary is not read again: the write builds on the one the status turn just read (storage/tables/practice-records.ts)
    expect(few.submitMessage).toEqual(['practices.get', 'records.transaction', 'records.upsert']);
    expect(many).toMatchObject({ status: few.status, submitMessage: few.submitMessage, submitInvoke: few.submitInvoke });
  });

  it('with the practice served from memory (PRACTICE_CACHE_SECONDS, as the bot runs): a status turn reads the summary alone', async () => {
    const cached = await measureWith(5_000, 15_000);
    expect(cached.status).toEqual(['records.get']);
    expect(cached.submitMessage).toEqual(['records.transaction', 'records.upsert']);
    expect(cached.submitInvoke).toEqual(['records.transaction', 'records.upsert']);
    expect(cached.text).toContain('Intervisie vastgelegd');
  });
});
