// Commands anywhere (issue 13 §7): a new post in a channel arrives as Teams HTML ("<p><at>…</at>&nbsp;stop</p>") in a
// thread of its own, and a group chat belongs to no team: both must reach the same commands as a reply or a personal
// chat, and a group chat finds the practice the way personal chat does (the team the user is a member of).
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_ID, TENANT, message, replies, startConnector, type FakeConnector } from '../bot/support.js';
import { PRACTICE, TEAM, allText, seedPractice, startHarness, type Harness, closeAll } from './support.js';

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

const MENTION = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };

/** A new post in the practice channel: its own thread, HTML from the Teams compose box. */
function channelPost(html: string, thread: number): Record<string, unknown> {
  return message(html, { channel: true, conversationId: `${TEAM};messageid=${thread}`, extra: { entities: [MENTION] } });
}

const OTHER_TEAM = '19:het-anker@thread.tacv2';

/** A group chat (no team) with the bot @mentioned, as Teams sends it. */
function groupChat(html: string, serviceUrl: string): Record<string, unknown> {
  return message(html, {
    serviceUrl,
    extra: {
      entities: [MENTION],
      conversation: { id: '19:meeting-group@thread.v2', tenantId: TENANT, conversationType: 'groupChat', isGroup: true },
    },
  });
}

describe('commands as a new post in a channel', () => {
  it.each([
    ['stop', '<p><at>MTVP-assistent</at>&nbsp;stop</p>', 'Er loopt niets dat ik kan stoppen.'],
    ['status', '<p><at>MTVP-assistent</at>&nbsp;status</p>', 'Status Huisartsenpraktijk De Linde'],
    ['log aantallen', '<div><at>MTVP-assistent</at>&nbsp;log&nbsp;aantallen</div>', 'vragen geen aantallen'],
    ['help', '<at>MTVP-assistent</at> <b>help</b>', 'Wat kan ik voor je doen'],
  ])('"%s" answers as the command, not with the help card', async (_name, html, expected) => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await replies(h.app, channelPost(html, 7)));
    expect(text).toContain(expected);
    expect(text).not.toContain('Dat begreep ik niet');
  });

  it('"stop" as a new post while a wizard runs in another thread says it stopped', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await replies(h.app, channelPost('<p><at>MTVP-assistent</at>&nbsp;kies interventies 1</p>', 1));
    expect(allText(await replies(h.app, channelPost('<p><at>MTVP-assistent</at>&nbsp;stop</p>', 2)))).toContain(
      'Gestopt: kies interventies (jaar 1). Er is niets opgeslagen.',
    );
  });
});

describe('commands in a group chat', () => {
  it('finds the practice of the team the user is in, like personal chat, without asking each time', async () => {
    connector = await startConnector({ members: { [TEAM]: ['29:user-1'] } });
    h = await startHarness();
    await seedPractice(h.stores);
    const first = allText(await replies(h.app, groupChat('<p><at>MTVP-assistent</at>&nbsp;status</p>', connector.url)));
    expect(first).toContain('Status Huisartsenpraktijk De Linde');
    expect(first).not.toContain('niet gekoppeld');
    const stop = allText(await replies(h.app, groupChat('<at>MTVP-assistent</at>&nbsp;stop', connector.url)));
    expect(stop).toContain('Er loopt niets dat ik kan stoppen.');
    expect(allText(await replies(h.app, groupChat('<at>MTVP-assistent</at> plan', connector.url)))).toContain(
      `Praktijkplan ${PRACTICE.name}`,
    );
  });

  it('asks a user in two practice teams once which practice, then keeps the pick for the next command', async () => {
    const anker = {
      ...PRACTICE,
      id: '07654321',
      agb: '07654321',
      name: 'Gezondheidscentrum Het Anker',
      teamId: OTHER_TEAM,
      channelId: OTHER_TEAM,
    };
    connector = await startConnector({ members: { [TEAM]: ['29:user-1'], [OTHER_TEAM]: ['29:user-1'] } });
    h = await startHarness();
    await seedPractice(h.stores);
    await h.stores.practices.save(anker, { actor: { id: 'seed' }, idempotencyKey: 'seed-anker', at: '2025-01-01T00:00:00Z' });
    const asked = allText(await replies(h.app, groupChat('<at>MTVP-assistent</at> status', connector.url)));
    expect(asked).toContain('Voor welke praktijk werk je?');
    const cardId = /"verb":"selectPractice","cardId":"([^"]+)"/.exec(asked)?.[1] ?? '';
    const picked = allText(
      await replies(h.app, {
        ...groupChat('', connector.url),
        value: { verb: 'selectPractice', cardId, practiceId: anker.id, then: 'status' },
      }),
    );
    expect(picked).toContain(`Status ${anker.name}`);
    const next = allText(await replies(h.app, groupChat('<at>MTVP-assistent</at> plan', connector.url)));
    expect(next).toContain(`Praktijkplan ${anker.name}`);
    expect(next).not.toContain('Voor welke praktijk werk je?');
  });

  it('tells a user in no linked practice team what to do, as in personal chat', async () => {
    connector = await startConnector({ members: {} });
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await replies(h.app, groupChat('<at>MTVP-assistent</at> status', connector.url)));
    expect(text).not.toContain('Status Huisartsenpraktijk De Linde');
    expect(text).toContain('Je bent nog geen lid van een team dat aan een praktijk is gekoppeld.');
  });
});
