// Universal Actions: a button on a card answers by replacing that card (the invoke response), not with a new message.
import { afterEach, describe, expect, it } from 'vitest';
import { startConnector } from '../bot/support.js';
import { CARD_1, CARD_2, PRACTICE, allText, seedPractice, startHarness, type Harness, type ReplyActivity } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const STEP_CARD = /"verb":"(?:chooseInterventions|savePlan)","cardId":"([0-9a-f-]{36})"/;

function stepCardOf(json: string): string {
  const id = STEP_CARD.exec(json)?.[1];
  if (id === undefined) throw new Error(`no step card in ${json}`);
  return id;
}
const stepCard = (rs: readonly ReplyActivity[]) => stepCardOf(allText(rs));

const SESSION = { date: '2025-03-10', minutes: '90', gpsPresent: '3', participants: '5', topic: 'Verwijzen naar de GGZ' };

describe('the choose wizard in one card', () => {
  it('replaces its card at every step and ends as the saved plan, without a single new message', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const first = await h.say('kies interventies 1');
    let cardId = stepCard(first);
    for (const element of ['awp', 'gg', 'sn', 'upc']) {
      const step = await h.execute({
        verb: 'chooseInterventions',
        cardId,
        year: '1',
        element,
        nav: 'next',
        selected: element === 'awp' ? 'awp.lean' : '',
      });
      expect(step.replies).toEqual([]);
      expect(step.card['actions'], element).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'Action.Execute' })]));
      cardId = stepCardOf(JSON.stringify(step.card));
    }
    const saved = await h.execute({ verb: 'savePlan', cardId, year: '1' });
    expect(saved.replies).toEqual([]);
    expect(JSON.stringify(saved.card)).toContain('Plan jaar 1 opgeslagen (versie 1)');
    // The saved plan is read-only: no button on it continues the wizard.
    expect(JSON.stringify(saved.card)).not.toMatch(STEP_CARD);
    const again = await h.execute({ verb: 'savePlan', cardId, year: '1' });
    expect(JSON.stringify(again.card)).toContain('Deze kaart is al afgehandeld');
    expect(await h.stores.plans.history(PRACTICE.id, 1)).toHaveLength(1);
  });

  it('shows a step again in place with the field errors', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const cardId = stepCard(await h.say('kies interventies 1'));
    const { card } = await h.execute({ verb: 'chooseInterventions', cardId, year: '1', element: 'awp', nav: 'next', selected: 'x.y' });
    expect(JSON.stringify(card)).toContain('Interventies:');
    expect(stepCardOf(JSON.stringify(card))).toBe(cardId);
  });

  it('ends on its own Stoppen button, and the card becomes the notice', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const cardId = stepCard(await h.say('kies interventies 1'));
    const stopped = await h.execute({ verb: 'cancel', cardId });
    expect(JSON.stringify(stopped.card)).toContain('Gestopt, er is niets opgeslagen.');
    const late = await h.execute({ verb: 'chooseInterventions', cardId, year: '1', element: 'awp', nav: 'next', selected: '' });
    expect(JSON.stringify(late.card)).toContain('Deze kaart is al afgehandeld');
  });

  it('keeps running when Stoppen is pressed on another card', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const cardId = stepCard(await h.say('kies interventies 1'));
    await h.execute({ verb: 'cancel', cardId: CARD_2 });
    const step = await h.execute({ verb: 'chooseInterventions', cardId, year: '1', element: 'awp', nav: 'next', selected: 'awp.lean' });
    expect(JSON.stringify(step.card)).not.toContain('Deze kaart is al afgehandeld');
  });

  it('makes the wizard card read-only when "stop" is typed', async () => {
    const connector = await startConnector();
    try {
      h = await startHarness();
      await seedPractice(h.stores);
      const o = { serviceUrl: connector.url };
      const first = await h.say('kies interventies 1', o);
      await h.execute(
        { verb: 'chooseInterventions', cardId: stepCard(first), year: '1', element: 'awp', nav: 'next', selected: 'awp.lean' },
        o,
      );
      expect(allText(await h.say('stop', o))).toContain('Gestopt: kies interventies (jaar 1). Er is niets opgeslagen.');
      expect(connector.updated.map((u) => u.activityId)).toEqual(['card-activity-1']);
      const shown = JSON.stringify(connector.updated[0]?.activity);
      expect(shown).toContain('Gestopt, er is niets opgeslagen.');
      expect(shown).not.toContain('Action.Execute');
    } finally {
      await connector.close();
    }
  });
});

describe('forms answered in place', () => {
  it('replaces the intervisie form with the confirmation, and a double click records once', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const done = await h.execute({ verb: 'logIntervisie', cardId: CARD_1, ...SESSION });
    expect(done.replies).toEqual([]);
    expect(JSON.stringify(done.card)).toContain('Intervisie vastgelegd');
    await h.execute({ verb: 'logIntervisie', cardId: CARD_1, ...SESSION });
    expect(await h.stores.intervisie.list(PRACTICE.id)).toHaveLength(1);
  });

  it('turns a form into the notice on Stoppen', async () => {
    h = await startHarness();
    const { card, replies } = await h.execute({ verb: 'cancel', cardId: CARD_1 });
    expect(JSON.stringify(card)).toContain('Gestopt, er is niets opgeslagen.');
    expect(replies).toEqual([]);
  });

  it('replaces the form with the refusal when the team is not linked', async () => {
    h = await startHarness();
    const { card } = await h.execute({ verb: 'logIntervisie', cardId: CARD_1, ...SESSION });
    expect(JSON.stringify(card)).toContain('Praktijk koppelen');
  });
});
