import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/main.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import type { StateStore } from '../../storage/ports.js';
import {
  BOT_ID,
  TEAM_ID,
  activity,
  memoryLogger,
  message,
  post,
  replies,
  startConnector,
  startTestApp,
  testRouter,
  textOf,
} from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const CODE = /code ([A-Z2-7]{6})/;

describe('onTurnError', () => {
  it('answers in Dutch with a reference code and logs the same code without the message text', async () => {
    const { logger, lines } = memoryLogger();
    const router = testRouter({ onMessage: () => Promise.reject(new Error('boom')) });
    app = await startTestApp({}, { router, logger });
    const [reply] = await replies(app, message('status van Jan Jansen'));
    const code = CODE.exec(reply?.text ?? '')?.[1];
    expect(reply?.text).toContain('Er ging iets mis');
    expect(code).toBeDefined();
    const logged = lines().find((l) => l['msg'] === 'turn failed');
    expect(logged).toMatchObject({ code, conversationId: 'a:personal-chat-1', level: 50 });
    expect(JSON.stringify(lines())).not.toContain('Jan Jansen');
  });

  it('answers in English for an English client', async () => {
    app = await startTestApp({}, { router: testRouter({ onMessage: () => Promise.reject(new Error('boom')) }) });
    const [reply] = await replies(app, message('status', { locale: 'en-GB' }));
    expect(reply?.text).toMatch(/^Something went wrong.*code [A-Z2-7]{6}/);
  });

  it('gives the storage message for a StorageError', async () => {
    app = await startTestApp({}, { router: testRouter({ onMessage: () => Promise.reject(new StorageUnavailableError('table down')) }) });
    const [reply] = await replies(app, message('log intervisie'));
    expect(reply?.text).toMatch(
      /^Opslaan of ophalen lukte niet, er is niets half vastgelegd\. Probeer het zo opnieuw\. \(code [A-Z2-7]{6}\)$/,
    );
  });

  it('clears the conversation state so a broken wizard does not fail again', async () => {
    const real = testRouter();
    const router = testRouter({
      onMessage: async (turn, text) => {
        if (text === 'plan') {
          await turn.wizard.set({ step: 1 });
          await turn.reply.text('Welk jaar?');
        } else if ((await turn.wizard.get()) !== undefined) throw new Error('bug in step 2');
        else await real.onMessage(turn, text);
      },
    });
    app = await startTestApp({}, { router });
    expect((await replies(app, message('plan')))[0]?.text).toBe('Welk jaar?');
    expect((await replies(app, message('2')))[0]?.text).toMatch(CODE);
    const [after] = await replies(app, message('hallo'));
    expect(textOf(after!)).toContain('Dat begreep ik niet');
  });
});

describe('channels and mentions', () => {
  it('ignores a channel message that does not mention the bot', async () => {
    app = await startTestApp();
    expect(await replies(app, message('help', { channel: true }))).toEqual([]);
  });

  it('answers a channel message that mentions the bot, without the mention text', async () => {
    app = await startTestApp();
    const mention = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };
    const body = message('<at>MTVP-assistent</at> help', { channel: true, extra: { entities: [mention] } });
    const [reply] = await replies(app, body);
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
    expect(textOf(reply!)).not.toContain('Dat begreep ik niet');
  });
});

describe('card submissions', () => {
  const cardId = '6f1c2a4e-9b7d-4c1e-8f3a-2d5b6c7e8f90';

  it('hands an Action.Submit payload to the router as it came', async () => {
    const seen: unknown[] = [];
    app = await startTestApp({}, { router: testRouter({ onSubmit: async (_t, raw) => void seen.push(raw) }) });
    await replies(app, activity('message', { extra: { value: { verb: 'openStatus', cardId } } }));
    expect(seen).toEqual([{ verb: 'openStatus', cardId }]);
  });

  it('answers an Action.Execute invoke with the card that replaces the clicked one, nothing through the connector', async () => {
    const connector = await startConnector();
    try {
      app = await startTestApp();
      const value = { action: { type: 'Action.Execute', id: 'x', verb: 'help', data: { cardId } }, trigger: 'manual' };
      const body = activity('invoke', { expectReplies: false, serviceUrl: connector.url, extra: { name: 'adaptiveCard/action', value } });
      const res = await post(app, body);
      expect(res.status).toBe(200);
      const answer: unknown = await res.json();
      expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard' } });
      expect(JSON.stringify(answer)).toContain('Wat kan ik voor je doen?');
      expect(connector.received).toHaveLength(0);
    } finally {
      await connector.close();
    }
  });
});

describe('install and uninstall', () => {
  const botAdded = () => activity('conversationUpdate', { channel: true, extra: { membersAdded: [{ id: BOT_ID }] } });
  const installed = () => activity('installationUpdate', { channel: true, extra: { action: 'add' } });
  const uninstalled = () => activity('installationUpdate', { channel: true, extra: { action: 'remove' } });

  it('posts the Dutch welcome card once per install, however often the client repeats the events', async () => {
    app = await startTestApp();
    const batches = await Promise.all([replies(app, installed()), replies(app, botAdded())]);
    const again = [await replies(app, installed()), await replies(app, botAdded())];
    const cards = [...batches, ...again].flat();
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0]!)).toContain('Welkom bij de MTVP-assistent');
    expect(textOf(cards[0]!)).toContain('Huisartsenpraktijk De Linde');
    expect(await app.stores.references.get(TEAM_ID)).toMatchObject({ kind: 'channel' });
  });

  it('posts the welcome once when two instances on one storage receive the same install (issue 12 §6)', async () => {
    // Both instances look at the marker at the same moment: a read of it waits for the other instance's read.
    const stores = createMemoryStores();
    let other: (() => void) | undefined;
    const state: StateStore = {
      read: async (keys) => {
        if (keys.some((k) => k.startsWith('welcome/'))) {
          if (other) other();
          else await new Promise<void>((resolve) => (other = resolve));
        }
        return stores.state.read(keys);
      },
      write: (changes) => stores.state.write(changes),
      delete: (keys) => stores.state.delete(keys),
      claim: (key, item) => stores.state.claim(key, item),
    };
    app = await startTestApp({}, { stores: { ...stores, state } });
    const second = await startTestApp({}, { stores: { ...stores, state } });
    try {
      const batches = await Promise.all([replies(app, installed()), replies(second, installed())]);
      expect(batches.flat()).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('records an uninstall and welcomes again after a reinstall', async () => {
    app = await startTestApp();
    expect(await replies(app, installed())).toHaveLength(1);
    expect(await replies(app, uninstalled())).toEqual([]);
    const audit = await app.stores.audit.list(`team:${TEAM_ID}`, 10);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['welcome-posted', 'uninstalled']));
    expect(await replies(app, installed())).toHaveLength(1);
  });

  it('links the stored reference to the practice of the team', async () => {
    app = await startTestApp();
    await app.stores.practices.save(
      {
        id: '01234567',
        name: 'De Linde',
        agb: '01234567',
        region: 'eemland',
        startDate: '2025-01-01',
        normpraktijken: 2,
        gps: 2,
        otherFunding: [],
        teamId: TEAM_ID,
      },
      { actor: { id: 'test' }, idempotencyKey: 'link-1', at: '2025-03-01T09:00:00.000Z' },
    );
    await replies(app, installed());
    expect(await app.stores.references.get(TEAM_ID)).toMatchObject({ practiceId: '01234567', kind: 'channel' });
  });
});
