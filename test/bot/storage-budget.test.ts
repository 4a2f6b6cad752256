// Storage requests per turn (issue 10 §1–2), counted at the EntityTable of the memory backend: each operation there is
// one HTTP request to Azure Tables (a query one per page). Counts, not timings, so they hold on a loaded machine.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/main.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import type { Stores } from '../../storage/ports.js';
import { CARD_1, PRACTICE, seedPractice } from '../dialogs/support.js';
import { BOT_ID, activity, message, replies, startTestApp } from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

interface Counted {
  stores: Stores;
  ops: string[];
}

function countedStores(): Counted {
  const ops: string[] = [];
  return { ops, stores: createMemoryStores({ onOperation: (table, op) => ops.push(`${table}.${op}`) }) };
}

const MENTION = '<at>MTVP-assistent</at>';
const entities = [{ type: 'mention', text: MENTION, mentioned: { id: BOT_ID, name: 'MTVP-assistent' } }];
const statusMessage = () => message(`${MENTION} status`, { channel: true, extra: { entities } });
const submit = (cardId: string, date = '2025-03-10') =>
  activity('message', {
    channel: true,
    extra: {
      value: { verb: 'logIntervisie', cardId, date, minutes: '90', gpsPresent: '3', participants: '5', topic: 'Verwijzingen', note: '' },
    },
  });

async function measure(c: Counted, body: unknown): Promise<string[]> {
  c.ops.length = 0;
  await replies(app!, body);
  return [...c.ops];
}

describe('storage requests per turn', () => {
  it('status and log intervisie', async () => {
    const c = countedStores();
    await seedPractice(c.stores);
    app = await startTestApp({}, { stores: c.stores });
    console.log('status1', await measure(c, statusMessage()));
    console.log('status2', await measure(c, statusMessage()));
    console.log('submit', await measure(c, submit(CARD_1)));
    console.log('submit2', await measure(c, submit('card-2')));
    expect(PRACTICE.id).toBeDefined();
  });
});
