// "stop" as a new post (issue 13 §7): in a Teams channel every new post is a thread and a conversation of its own, so
// the wizard a user runs in thread A is not in the state of the new post. "stop" there ends that user's wizards in
// the channel's other threads (found in storage, so any instance of the bot finds them), makes their cards
// read-only, and says what it stopped; another user's wizard and other channels are left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_ID, FIXED_NOW, TENANT, message, replies, startConnector, startTestApp, type FakeConnector } from '../bot/support.js';
import { PRACTICE, TEAM, allText, seedPractice, startHarness, type Harness, type ReplyActivity, closeAll } from './support.js';

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

const STEP_CARD = /"verb":"chooseInterventions","cardId":"([0-9a-f-]{36})"/;

function stepCard(rs: readonly ReplyActivity[] | Record<string, unknown>): string {
  const json = Array.isArray(rs) ? allText(rs) : JSON.stringify(rs);
  const id = STEP_CARD.exec(json)?.[1];
  if (id === undefined) throw new Error(`no step card in ${json}`);
  return id;
}

const thread = (n: number, channel = TEAM): string => `${channel};messageid=${n}`;
const BRAM = { from: { id: '29:user-2', name: 'Bram Jansen', aadObjectId: '00000000-0000-0000-0000-0000000000b2' } };
const NOTHING = 'Er loopt niets dat ik kan stoppen.';
const MENTION = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };

/** Another channel of the practice's team. */
function inChannel(channel: string): Record<string, unknown> {
  return { tenant: { id: TENANT }, team: { id: TEAM, name: PRACTICE.name }, channel: { id: channel, name: 'Projecten' } };
}

async function start(): Promise<{ h: Harness; connector: FakeConnector; serviceUrl: string }> {
  connector = await startConnector({ members: { [TEAM]: ['29:user-1'] } });
  h = await startHarness();
  await seedPractice(h.stores);
  return { h, connector, serviceUrl: connector.url };
}

/** "kies interventies" in thread `n`, one step on (so the card's message id is known): returns the card on screen. */
async function wizardIn(harness: Harness, serviceUrl: string, n: number, year = 1, extra: Record<string, unknown> = {}): Promise<string> {
  const o = { serviceUrl, conversationId: thread(n), extra };
  const first = await harness.say(`kies interventies ${year}`, o);
  const step = await harness.execute(
    { verb: 'chooseInterventions', cardId: stepCard(first), year: String(year), element: 'awp', nav: 'next', selected: 'awp.lean' },
    o,
  );
  return stepCard(step.card);
}

const next = (cardId: string, year = 1) => ({
  verb: 'chooseInterventions',
  cardId,
  year: String(year),
  element: 'gg',
  nav: 'next',
  selected: '',
});

describe('"stop" as a new post in the channel', () => {
  it("ends the user's wizard in thread A, makes its card read-only, and a late press there changes nothing", async () => {
    const { h, connector, serviceUrl } = await start();
    const cardId = await wizardIn(h, serviceUrl, 1, 2);
    const said = allText(await h.say('<p>stop</p>', { serviceUrl, conversationId: thread(2) }));
    expect(said).toContain('Gestopt: kies interventies (jaar 2). Er is niets opgeslagen.');
    expect(connector.updated.map((u) => [u.conversationId, u.activityId])).toEqual([[thread(1), 'card-activity-1']]);
    const shown = JSON.stringify(connector.updated[0]?.activity);
    expect(shown).toContain('Gestopt met \\"stop\\" in een ander bericht in dit kanaal. Er is niets opgeslagen.');
    expect(shown).not.toContain('Action.Execute');

    const late = await h.execute(next(cardId, 2), { serviceUrl, conversationId: thread(1) });
    expect(JSON.stringify(late.card)).toContain('Deze kaart is al afgehandeld');
    expect(await h.stores.plans.latest(PRACTICE.id)).toEqual([]);
    // Stopped once: a second "stop" finds nothing, in a new post and in thread A itself.
    expect(allText(await h.say('stop', { serviceUrl, conversationId: thread(3) }))).toContain(NOTHING);
    expect(allText(await h.say('annuleer', { serviceUrl, conversationId: thread(1) }))).toContain(NOTHING);
  });

  it('ends every wizard the user runs in the channel, and says which', async () => {
    const { h, connector, serviceUrl } = await start();
    await wizardIn(h, serviceUrl, 1, 1);
    await wizardIn(h, serviceUrl, 2, 2);
    const said = allText(await h.say('cancel', { serviceUrl, conversationId: thread(3) }));
    expect(said).toMatch(/Gestopt: kies interventies \(jaar [12]\) en kies interventies \(jaar [12]\)\. Er is niets opgeslagen\./);
    expect(connector.updated.map((u) => u.conversationId).sort()).toEqual([thread(1), thread(2)]);
  });

  it("leaves another user's wizard running, and a wizard in another channel", async () => {
    const { h, serviceUrl } = await start();
    const bram = await wizardIn(h, serviceUrl, 1, 1, BRAM);
    const otherChannel = '19:projecten@thread.tacv2';
    const elsewhere = { serviceUrl, conversationId: thread(5, otherChannel), extra: { channelData: inChannel(otherChannel) } };
    const first = await h.say('kies interventies 1', elsewhere);
    expect(allText(await h.say('stop', { serviceUrl, conversationId: thread(2) }))).toContain(NOTHING);

    const bramGoesOn = await h.execute(next(bram), { serviceUrl, conversationId: thread(1), extra: BRAM });
    expect(JSON.stringify(bramGoesOn.card)).toContain('Stap 3 van 5');
    const otherGoesOn = await h.execute({ ...next(stepCard(first)), element: 'awp' }, elsewhere);
    expect(JSON.stringify(otherGoesOn.card)).toContain('Stap 2 van 5');
  });

  it('is found by another instance of the bot: the wizards are in storage, not in the process', async () => {
    const { h, serviceUrl } = await start();
    const cardId = await wizardIn(h, serviceUrl, 1, 1);
    const second = await startTestApp({}, { stores: h.stores, now: () => FIXED_NOW });
    try {
      const o = { channel: true, serviceUrl, conversationId: thread(2), extra: { entities: [MENTION] } };
      const said = allText(await replies(second, message('<at>MTVP-assistent</at> stop', o)));
      expect(said).toContain('Gestopt: kies interventies (jaar 1).');
    } finally {
      await second.close();
    }
    expect(JSON.stringify((await h.execute(next(cardId), { serviceUrl, conversationId: thread(1) })).card)).toContain(
      'Deze kaart is al afgehandeld',
    );
  });

  it('in the thread of the wizard ends that one only, as before', async () => {
    const { h, serviceUrl } = await start();
    const other = await wizardIn(h, serviceUrl, 1, 1);
    await wizardIn(h, serviceUrl, 2, 2);
    expect(allText(await h.say('stop', { serviceUrl, conversationId: thread(2) }))).toContain('Gestopt: kies interventies (jaar 2).');
    const goesOn = await h.execute(next(other), { serviceUrl, conversationId: thread(1) });
    expect(JSON.stringify(goesOn.card)).toContain('Stap 3 van 5');
  });
});

describe('"stop" in a group chat', () => {
  it('ends the wizard of the chat and says what it stopped; with nothing running it says so', async () => {
    const { h, serviceUrl } = await start();
    const o = {
      channel: false,
      serviceUrl,
      conversationId: '19:group-chat@thread.v2',
      extra: { conversation: { id: '19:group-chat@thread.v2', tenantId: TENANT, conversationType: 'groupChat', isGroup: true } },
    };
    const first = await h.say('kies interventies 1', o);
    expect(allText(first)).toContain('Stap 1 van 5');
    expect(allText(await h.say('stop', o))).toContain('Gestopt: kies interventies (jaar 1). Er is niets opgeslagen.');
    expect(JSON.stringify((await h.execute(next(stepCard(first)), o)).card)).toContain('Deze kaart is al afgehandeld');
    expect(allText(await h.say('stop', o))).toContain(NOTHING);
  });
});
