// Issue 13 §2 "questions in their own words": text that is no command runs the intent it clearly means, asks
// "Bedoel je …?" with buttons that work, or says it did not understand with a pointer to help, never the whole help
// card. Commands and the advisor keep priority.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_ID, TENANT, message, replies, startConnector, type FakeConnector } from '../bot/support.js';
import { PRACTICE, TEAM, allText, cardOf, seedPractice, startHarness, type Harness, closeAll } from './support.js';

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

const HELP_CARD = 'Typ een van deze opdrachten';

/** The buttons of a card: verb and card id of each, with its title. */
function buttonsOf(card: Record<string, unknown>): { title: string; verb: string; cardId: string }[] {
  const actions = (card['actions'] ?? []) as { title: string; data: { verb: string; cardId: string } }[];
  return actions.map((a) => ({ title: a.title, verb: a.data.verb, cardId: a.data.cardId }));
}

describe('a question in their own words', () => {
  it('"wat moeten we dit jaar nog doen?" shows the status', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('wat moeten we dit jaar nog doen?'));
    expect(text).toContain(`Status ${PRACTICE.name}`);
    expect(text).not.toContain('Dat begreep ik niet');
  });

  it('"what do we still need to do this year?" in English Teams shows the status in English', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('what do we still need to do this year?', { locale: 'en-US' }));
    expect(text).toContain(`Status ${PRACTICE.name}`);
    expect(text).not.toContain('I did not understand');
  });

  it('"ik wil intervisie loggen" opens the intervisie form', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('ik wil intervisie loggen'));
    expect(text).toContain('Intervisie loggen');
    expect(text).toContain('"verb":"logIntervisie"');
  });

  it('leaves the advisor its questions: "welke interventie past bij ons? ..." still gets suggestions', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('welke interventie past bij ons? de telefoon staat roodgloeiend en de wachttijd is lang'));
    expect(text).toContain('Welke interventie past bij jullie?');
    expect(text).not.toContain('Bedoel je');
  });

  it('gives the advisor the problem in the question, and the guided questions when there is none', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const problem = allText(await h.say('wat kunnen we doen aan de drukte aan de telefoon?'));
    expect(problem).toContain('Welke interventie past bij jullie?');
    expect(problem).toContain('Toevoegen aan plan');
    expect(allText(await h.say('kun je ons adviseren'))).toContain('Waar zit de druk vooral?');
  });

  it('gives a bare problem description to the advisor: "we hebben veel telefoontjes van kwetsbare ouderen"', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('we hebben veel telefoontjes van kwetsbare ouderen'));
    expect(text).toContain('Welke interventie past bij jullie?');
    expect(text).not.toContain('Dat begreep ik niet');
  });

  it('keeps commands first: "status" is the command, "plan" too', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('status'))).toContain(`Status ${PRACTICE.name}`);
    expect(allText(await h.say('plan'))).toContain(`Praktijkplan ${PRACTICE.name}`);
  });
});

describe('a rules question', () => {
  it('"mogen we het meekijkconsult kiezen?" answers the rule of the practice\'s region with its source, no codes', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('mogen we het meekijkconsult kiezen?'));
    expect(text).toContain('Antwoord uit het regioplan');
    expect(text).toContain('Niet te kiezen: dubbelloop in financiering.');
    expect(text).toContain('Bron: Interventiehandboek HOOG 2024, Ondersteuning HOOG');
    expect(text).not.toMatch(/hoog@|sn\.meekijkconsult/);
  });

  it("uses the rule set of the practice's own region and its current year (Rijn en Duin, year 1)", async () => {
    h = await startHarness();
    await seedPractice(h.stores, { region: 'rijn-en-duin', startDate: '2026-01-01', subregion: undefined });
    const triage = allText(await h.say('mag triage training in jaar 2?'));
    expect(triage).toContain('Ja, Anders triëren door middel van triage training kan bij Rijn en Duin gekozen worden in jaar 2.');
    expect(triage).toContain('Bron: Regioplan Rijn en Duin 2026, B.1 Anders werken in de huisartsenpraktijk');
    const meekijk = allText(await h.say('mogen we het meekijkconsult kiezen?'));
    expect(meekijk).toContain('bij Rijn en Duin kiezen vanaf jaar 2');
    expect(meekijk).toContain('dit is jaar 1');
    expect(meekijk).toContain('Bron: Regioplan Rijn en Duin 2026, B.3 Samenwerken met het netwerk');
    expect(`${triage}${meekijk}`).not.toMatch(/004 §|rijn-en-duin@/);
  });

  it('"regels voor intervisie" (no question mark) gets the intervisie rule with its source', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('regels voor intervisie'));
    expect(text).toContain('minimaal 2 intervisiebijeenkomsten per jaar');
    expect(text).toContain('Bron: Interventiehandboek HOOG 2024, 6.1 Intervisie');
  });

  it('"may we choose the meekijkconsult?" in English Teams answers in English with the source', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('may we choose the meekijkconsult?', { locale: 'en-GB' }));
    expect(text).toContain('Answer from the regional plan');
    expect(text).toContain('Source: HOOG intervention handbook 2024, Ondersteuning HOOG');
  });
});

describe('not sure what was meant', () => {
  it('asks "Bedoel je …?" with the candidates as buttons, not the help card, and each button works', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const rs = await h.say('wat moeten we');
    const text = allText(rs);
    expect(text).toContain('Bedoel je…?');
    expect(text).not.toContain(HELP_CARD);
    const buttons = buttonsOf(cardOf(rs));
    expect(buttons.map((b) => [b.verb, b.title])).toEqual([
      ['openStatus', 'Status'],
      ['help', 'Help'],
    ]);
    const status = buttons[0]!;
    expect(allText(await h.submit({ verb: status.verb, cardId: status.cardId }))).toContain(`Status ${PRACTICE.name}`);
    const help = buttons[1]!;
    expect(allText(await h.submit({ verb: help.verb, cardId: help.cardId }))).toContain(HELP_CARD);
  });

  it('answers gibberish shortly with a pointer to help, echoing it, without the whole help card', async () => {
    h = await startHarness();
    const rs = await h.say('asdf qwerty');
    const text = allText(rs);
    expect(text).toContain(String.raw`Dat begreep ik niet: \"asdf qwerty\". Typ **help** om te zien wat ik kan`);
    expect(text).not.toContain(HELP_CARD);
    expect(buttonsOf(cardOf(rs)).map((b) => b.verb)).toEqual(['help']);
  });

  it('answers gibberish in English Teams in English', async () => {
    h = await startHarness();
    const text = allText(await h.say('blabla xyz', { locale: 'en-US' }));
    expect(text).toContain(String.raw`I did not understand \"blabla xyz\". Type **help** to see what I can do`);
  });
});

describe('in personal and group chat', () => {
  it('runs the intent for the practice of the team the user is in', async () => {
    connector = await startConnector({ members: { [TEAM]: ['29:user-1'] } });
    h = await startHarness();
    await seedPractice(h.stores);
    const personal = { channel: false, serviceUrl: connector.url } as const;
    expect(allText(await h.say('hoe staan we ervoor?', personal))).toContain(`Status ${PRACTICE.name}`);
    const group = message('<p><at>MTVP-assistent</at>&nbsp;ik wil intervisie loggen</p>', {
      serviceUrl: connector.url,
      extra: {
        entities: [{ type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } }],
        conversation: { id: '19:meeting-group@thread.v2', tenantId: TENANT, conversationType: 'groupChat', isGroup: true },
      },
    });
    expect(allText(await replies(h.app, group))).toContain('"verb":"logIntervisie"');
  });
});
