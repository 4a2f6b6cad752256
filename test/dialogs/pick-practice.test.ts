// Personal chat: the user works for a practice whose team they are in (issue 4 §1). Membership is asked of a fake
// Bot Connector over HTTP, the way TeamsInfo asks Teams.
import { afterEach, describe, expect, it } from 'vitest';
import { TENANT, startConnector, type ConnectorOptions, type FakeConnector } from '../bot/support.js';
import {
  CARD_1,
  CARD_2,
  PRACTICE,
  TEAM,
  allText,
  cardOf,
  seedPractice,
  startHarness,
  type Harness,
  type ReplyActivity,
  closeAll,
} from './support.js';

const USER = '29:user-1';
const OTHER_TEAM = '19:het-anker@thread.tacv2';
const ANKER = {
  id: '07654321',
  agb: '07654321',
  name: 'Gezondheidscentrum Het Anker',
  region: 'rijn-en-duin',
  teamId: OTHER_TEAM,
  channelId: OTHER_TEAM,
} as const;

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

async function start(options: ConnectorOptions): Promise<{ h: Harness; personal: { channel: false; serviceUrl: string } }> {
  connector = await startConnector(options);
  h = await startHarness();
  return { h, personal: { channel: false, serviceUrl: connector.url } };
}

/** The card id the interventions wizard expects next (as in choose-interventions.test.ts). */
function stepCard(rs: readonly ReplyActivity[]): string {
  const id = /"verb":"(?:chooseInterventions|savePlan)","cardId":"([0-9a-f-]{36})"/.exec(allText(rs))?.[1];
  if (id === undefined) throw new Error(`no step card in ${allText(rs)}`);
  return id;
}

/** The choices of the picker card: `value → title`. */
function choicesOf(card: Record<string, unknown>): Record<string, string> {
  const json = JSON.stringify(card);
  const set = /"id":"practiceId"[^\]]*"choices":(\[[^\]]*\])/.exec(json)?.[1];
  if (set === undefined) throw new Error(`no practice picker in ${json}`);
  return Object.fromEntries((JSON.parse(set) as { title: string; value: string }[]).map((c) => [c.value, c.title]));
}

describe('practice in personal chat', () => {
  it('works for the only practice whose team the user is in, says so, and remembers it', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    const first = allText(await h.say('status', personal));
    expect(first).toContain('Je werkt in deze chat voor **Huisartsenpraktijk De Linde**');
    expect(first).toContain('Status Huisartsenpraktijk De Linde');
    expect(first).not.toContain('Het Anker');

    const next = allText(await h.say('plan', personal));
    expect(next).not.toContain('Je werkt in deze chat');
    expect(next).toContain('Praktijkplan Huisartsenpraktijk De Linde');
  });

  it('lets a member of two practice teams pick one, then runs what they asked for', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    const picker = cardOf(await h.say('status', personal));
    expect(JSON.stringify(picker)).toContain('Voor welke praktijk werk je?');
    expect(choicesOf(picker)).toEqual({
      '07654321': 'Gezondheidscentrum Het Anker · Rijn en Duin · AGB 07654321',
      '01234567': 'Huisartsenpraktijk De Linde · HOOG · AGB 01234567',
    });
    expect(JSON.stringify(picker)).toContain('"then":"status"');

    const after = allText(await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: ANKER.id, then: 'status' }, personal));
    expect(after).toContain('Je werkt in deze chat voor **Gezondheidscentrum Het Anker**');
    expect(after).toContain('Status Gezondheidscentrum Het Anker');
    expect(allText(await h.say('plan', personal))).toContain('Praktijkplan Gezondheidscentrum Het Anker');
  });

  it('offers and takes practices linked in the tenant, whose id carries the tenant (issue 12 §5)', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    const linde = `${PRACTICE.agb}@${TENANT}`;
    const anker = `${ANKER.agb}@${TENANT}`;
    await seedPractice(h.stores, { id: linde, tenantId: TENANT });
    await seedPractice(h.stores, { ...ANKER, id: anker, tenantId: TENANT });
    const picker = cardOf(await h.say('kies praktijk', personal));
    expect(Object.keys(choicesOf(picker)).sort()).toEqual([anker, linde].sort());
    const after = allText(await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: anker, then: 'status' }, personal));
    expect(after).toContain('Status Gezondheidscentrum Het Anker');
  });

  it('keeps the question typed after "welke interventie past" for after the pick', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    const picker = JSON.stringify(cardOf(await h.say('welke interventie past bij ons? veel telefoontjes', personal)));
    expect(picker).toContain('"then":"advise"');
    expect(picker).toContain('"args":"veel telefoontjes"');
    const answer = allText(
      await h.submit(
        { verb: 'selectPractice', cardId: CARD_1, practiceId: PRACTICE.id, then: 'advise', args: 'veel telefoontjes' },
        personal,
      ),
    );
    expect(answer).toContain('Huisartsenpraktijk De Linde');
    expect(answer).toContain('"verb":"addSuggestion"');
  });

  it('refuses a pick of a practice whose team the user is not in, and remembers nothing', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    const rs = await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: ANKER.id, then: 'status' }, personal);
    const text = allText(rs);
    expect(text).toContain('Praktijk: je bent geen lid van het team van deze praktijk.');
    expect(Object.keys(choicesOf(cardOf(rs)))).toEqual([PRACTICE.id]);
    expect(text).not.toContain('Status Gezondheidscentrum Het Anker');
    expect(allText(await h.say('status', personal))).toContain('Je werkt in deze chat voor **Huisartsenpraktijk De Linde**');
  });

  it('names the field when the card comes back without a practice', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER] } });
    await seedPractice(h.stores);
    const text = allText(await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: '' }, personal));
    expect(text).toContain('Praktijk: vul dit in.');
    expect(text).toContain('Voor welke praktijk werk je?');
  });

  it('forgets a practice whose team the user left, and says so', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER] } });
    await seedPractice(h.stores);
    await h.say('status', personal);
    await connector?.close();
    connector = await startConnector({ members: {} });
    const text = allText(await h.say('status', { channel: false, serviceUrl: connector.url }));
    expect(text).toContain('Je bent geen lid meer van het team van Huisartsenpraktijk De Linde.');
    expect(text).toContain('Je bent nog geen lid van een team dat aan een praktijk is gekoppeld.');
    expect(text).not.toContain('Status Huisartsenpraktijk De Linde');
  });

  it('explains what to do when the user is in no linked practice team', async () => {
    const { h, personal } = await start({ members: {} });
    await seedPractice(h.stores);
    const text = allText(await h.say('log intervisie', personal));
    expect(text).toContain('Je bent nog geen lid van een team dat aan een praktijk is gekoppeld.');
    expect(text).toContain('koppel praktijk');
  });

  it("offers only practices of the user's own tenant", async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, { ...ANKER, tenantId: 'another-tenant' });
    expect(allText(await h.say('status', personal))).toContain('Je werkt in deze chat voor **Huisartsenpraktijk De Linde**');
    expect(connector?.memberLookups).toEqual([`${TEAM} ${USER}`]);
  });

  it('refuses a practice of another tenant picked on a card, as if it did not exist (issue 12 §5)', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, { ...ANKER, tenantId: 'another-tenant' });
    const rs = await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: ANKER.id, then: 'status' }, personal);
    expect(allText(rs)).toContain('Praktijk: je bent geen lid van het team van deze praktijk.');
    expect(allText(rs)).not.toContain('Het Anker');
    expect(connector?.memberLookups).not.toContain(`${OTHER_TEAM} ${USER}`);
  });

  it('does not save a plan for a practice whose team the user left while choosing (issue 12 §5)', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: PRACTICE.id }, personal);
    let rs = await h.say('kies interventies 1', personal);
    for (const element of ['awp', 'gg', 'sn', 'upc']) {
      rs = await h.submit({ verb: 'chooseInterventions', cardId: stepCard(rs), year: '1', element, nav: 'next', selected: '' }, personal);
    }
    const review = stepCard(rs);
    // working for Het Anker now, and no longer in De Linde's team; the review card of De Linde's plan is still there
    await h.submit({ verb: 'selectPractice', cardId: CARD_2, practiceId: ANKER.id }, personal);
    await connector?.close();
    connector = await startConnector({ members: { [OTHER_TEAM]: [USER] } });
    const saved = allText(await h.submit({ verb: 'savePlan', cardId: review, year: '1' }, { channel: false, serviceUrl: connector.url }));
    expect(saved).toContain('Je bent geen lid van het team van deze praktijk');
    expect(await h.stores.plans.latest(PRACTICE.id)).toEqual([]);
    expect(await h.stores.plans.latest(ANKER.id)).toEqual([]);
  });

  it('"kies praktijk" shows the picker with the current choice marked', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    await h.submit({ verb: 'selectPractice', cardId: CARD_1, practiceId: PRACTICE.id }, personal);
    const choices = choicesOf(cardOf(await h.say('kies praktijk', personal)));
    expect(choices[PRACTICE.id]).toBe('Huisartsenpraktijk De Linde · HOOG · AGB 01234567 (huidige keuze)');
    expect(choices[ANKER.id]).toBe('Gezondheidscentrum Het Anker · Rijn en Duin · AGB 07654321');
  });

  it("says in a channel that the team's practice applies there", async () => {
    const { h } = await start({});
    await seedPractice(h.stores);
    expect(allText(await h.say('kies praktijk'))).toContain('In dit kanaal werk je voor de praktijk van het team.');
  });

  it('reports Teams being unreachable instead of treating the user as a non-member', async () => {
    const { h, personal } = await start({ membersStatus: 503 });
    await seedPractice(h.stores);
    const text = allText(await h.say('status', personal));
    expect(text).toContain('Er ging iets mis');
    expect(text).not.toContain('geen lid');
  });

  it('asks in English for an English client', async () => {
    const { h, personal } = await start({ members: { [TEAM]: [USER], [OTHER_TEAM]: [USER] } });
    await seedPractice(h.stores);
    await seedPractice(h.stores, ANKER);
    const text = allText(await h.say('status', { ...personal, locale: 'en-US' }));
    expect(text).toContain('Which practice do you work for?');
    expect(text).not.toContain('Voor welke praktijk');
    const chosen = allText(
      await h.submit({ verb: 'selectPractice', cardId: CARD_2, practiceId: ANKER.id }, { ...personal, locale: 'en-US' }),
    );
    expect(chosen).toContain('In this chat you work for **Gezondheidscentrum Het Anker**');
  });
});
