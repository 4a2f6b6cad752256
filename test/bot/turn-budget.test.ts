// Issue 12 §2: a turn over its budget is answered at once with a Dutch (or English) notice and a reference code; the
// work still running finishes quietly: no second answer, no half-written record, the dialog where the user left it.
// The storage hangs until the test lets it go, so nothing here depends on timing; the budgets are small on purpose.
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import type { App } from '../../bot/main.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { PRACTICE, seedPractice } from '../dialogs/support.js';
import { hangingStores, type HangingStores } from './hanging-stores.js';
import { activity, memoryLogger, message, post, replies, startConnector, startTestApp, testRouter, type FakeConnector } from './support.js';

const BUDGETS = { TURN_BUDGET_INVOKE_MS: '150', TURN_BUDGET_MESSAGE_MS: '150' };
const CARD = '6f1c2a4e-9b7d-4c1e-8f3a-2d5b6c7e8f91';
const SESSION = { date: '2025-03-10', minutes: '90', gpsPresent: '3', participants: '5', topic: 'Verwijzingen', note: '' };
const NOTICE_NL = /^Dit duurt langer dan normaal\..*"status".*\(code ([A-Z2-7]{6})\)$/;
const NOTICE_EN = /^This is taking longer than usual\..*"status".*\(code ([A-Z2-7]{6})\)$/;

let app: App | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await app?.close();
  await connector?.close();
  app = undefined;
  connector = undefined;
});

interface Setup {
  app: App;
  connector: FakeConnector;
  storage: HangingStores;
  logged: () => Record<string, unknown>[];
}

async function setUp(env: Record<string, string> = {}): Promise<Setup> {
  const storage = hangingStores();
  await seedPractice(storage.stores);
  const { logger, lines } = memoryLogger();
  connector = await startConnector();
  app = await startTestApp({ ...BUDGETS, ...env }, { stores: storage.stores, logger });
  return { app, connector, storage, logged: lines };
}

const invoke = (serviceUrl: string, locale = 'nl-NL') =>
  activity('invoke', {
    channel: true,
    expectReplies: false,
    serviceUrl,
    locale,
    extra: {
      name: 'adaptiveCard/action',
      replyToId: 'card-activity-1',
      value: { action: { type: 'Action.Execute', verb: 'logIntervisie', data: { cardId: CARD, ...SESSION } }, trigger: 'manual' },
    },
  });
const submit = (serviceUrl: string, o: { expectReplies?: boolean; locale?: string } = {}) =>
  activity('message', {
    channel: true,
    serviceUrl,
    expectReplies: o.expectReplies ?? false,
    extra: { value: { verb: 'logIntervisie', cardId: CARD, ...SESSION } },
  });

/** The late turn has ended (its log line), so anything it would still send has been sent. */
async function lateTurnEnded(logged: () => Record<string, unknown>[]): Promise<Record<string, unknown>> {
  await expect.poll(() => logged().some((l) => l['msg'] === 'turn over its budget has ended')).toBe(true);
  return logged().find((l) => l['msg'] === 'turn over its budget has ended')!;
}

async function sessionsOf(s: Setup): Promise<number> {
  return (await s.app.stores.records.get(PRACTICE.id)).intervisie.length;
}

describe('turn budget (issue 12 §2)', () => {
  it('defaults to 4 s for an invoke and 13 s for a message (Teams: 5 s and 15 s), and refuses a bad value at start', () => {
    expect(loadConfig({}).turnBudgets).toEqual({ invokeMs: 4000, messageMs: 13000 });
    expect(loadConfig({ TURN_BUDGET_INVOKE_MS: '2500' }).turnBudgets.invokeMs).toBe(2500);
    expect(() => loadConfig({ TURN_BUDGET_MESSAGE_MS: '0' })).toThrow(ConfigError);
  });

  it('answers an Action.Execute whose write hangs with a Dutch notice, then stores it once and sends nothing more', async () => {
    const s = await setUp();
    s.storage.hang('records.transaction');
    const res = await post(s.app, invoke(s.connector.url));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: string };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const code = NOTICE_NL.exec(body.value)?.[1];
    expect(code).toBeDefined();
    expect(s.logged().find((l) => l['msg'] === 'turn over its budget; answered with a notice')).toMatchObject({
      code,
      activityType: 'invoke',
    });

    expect(s.storage.waiting()).toBe(1);
    s.storage.release();
    expect(await lateTurnEnded(s.logged)).toMatchObject({ code, outcome: 'finished' });
    expect(await sessionsOf(s)).toBe(1);
    expect(s.connector.received).toEqual([]);
    expect(s.connector.updated).toEqual([]);

    // Pressing the card again is safe: the same session, confirmed from storage, still stored once.
    const again = await post(s.app, invoke(s.connector.url));
    expect(JSON.stringify(await again.json())).toContain('Intervisie vastgelegd');
    expect(await sessionsOf(s)).toBe(1);
  });

  it('leaves no half-written record when the hung write then fails, and says nothing more', async () => {
    const s = await setUp();
    s.storage.hang('records.transaction');
    const res = await post(s.app, invoke(s.connector.url, 'en-GB'));
    const body = (await res.json()) as { value: string };
    expect(body.value).toMatch(NOTICE_EN);
    s.storage.fail(new StorageUnavailableError('gave up'));
    expect(await lateTurnEnded(s.logged)).toMatchObject({ outcome: 'failed' });
    expect(await sessionsOf(s)).toBe(0);
    // neither the error reply nor anything else went out after the notice
    expect(s.connector.received).toEqual([]);
  });

  it('sends a message turn over its budget exactly one notice through the connector, and no late answer', async () => {
    const s = await setUp();
    s.storage.hang('practices.get');
    const res = await post(s.app, submit(s.connector.url));
    expect(res.status).toBe(200);
    await expect.poll(() => s.connector.received.length).toBe(1);
    expect(String(s.connector.received[0]?.['text'])).toMatch(NOTICE_NL);
    s.storage.release();
    expect(await lateTurnEnded(s.logged)).toMatchObject({ outcome: 'finished' });
    expect(await sessionsOf(s)).toBe(1);
    expect(s.connector.received).toHaveLength(1);
  });

  it('returns the notice as the only reply of an expectReplies turn', async () => {
    const s = await setUp();
    s.storage.hang('*.get');
    const got = await replies(s.app, submit(s.connector.url, { expectReplies: true }));
    expect(got).toHaveLength(1);
    expect(got[0]?.text).toMatch(NOTICE_NL);
    s.storage.release();
    await lateTurnEnded(s.logged);
  });

  it('keeps the dialog where the user last saw it when a step runs over (its state is not saved)', async () => {
    const storage = hangingStores();
    const { logger, lines } = memoryLogger();
    const router = testRouter({
      onMessage: async (turn, text) => {
        await turn.wizard.set({ step: text });
        await storage.stores.practices.get('01234567');
        await turn.reply.text(`stap ${text}`);
      },
    });
    app = await startTestApp(BUDGETS, { stores: storage.stores, logger, router });
    const key = 'msteams/conversations/a:budget-chat/';
    const wizardOf = async (): Promise<unknown> => (await storage.stores.state.read([key]))[key];

    storage.hang('practices.get');
    const [notice] = await replies(app, message('2', { conversationId: 'a:budget-chat' }));
    expect(notice?.text).toMatch(NOTICE_NL);
    storage.release();
    await lateTurnEnded(lines);
    expect(await wizardOf()).toBeUndefined();

    // the same step within its budget is saved (the check above can fail)
    const [answer] = await replies(app, message('3', { conversationId: 'a:budget-chat' }));
    expect(answer?.text).toBe('stap 3');
    expect(await wizardOf()).toMatchObject({ wizard: { step: '3' } });
  });
});
