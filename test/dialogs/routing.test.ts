import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, allText, seedPractice, startHarness, type Harness, type ReplyActivity } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function stepCard(rs: readonly ReplyActivity[]): string {
  const id = /"verb":"(?:chooseInterventions|savePlan)","cardId":"([0-9a-f-]{36})"/.exec(allText(rs))?.[1];
  if (id === undefined) throw new Error('no step card');
  return id;
}

describe('routing of dialogs/', () => {
  it('answers unknown input with the short help card', async () => {
    h = await startHarness();
    expect(allText(await h.say('goedemorgen'))).toContain('Dat begreep ik niet');
  });

  it('opens the link card from the welcome card button', async () => {
    h = await startHarness();
    expect(allText(await h.submit({ verb: 'startLink', cardId: CARD_1 }))).toContain('AGB');
  });

  it('answers other cards while the wizard runs, and the wizard card still works after', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const first = await h.say('kies interventies 1');
    expect(allText(await h.submit({ verb: 'openStatus', cardId: CARD_1 }))).toContain('Huisartsenpraktijk De Linde');
    const next = allText(
      await h.submit({
        verb: 'chooseInterventions',
        cardId: stepCard(first),
        year: '1',
        element: 'awp',
        nav: 'next',
        selected: 'awp.lean',
      }),
    );
    expect(next).toContain('"verb":"chooseInterventions"');
    expect(next).not.toContain('Deze kaart is al afgehandeld');
  });

  it('answers a stale choose card with bad input as stale, not as a form error', async () => {
    h = await startHarness();
    expect(allText(await h.submit({ verb: 'chooseInterventions', cardId: CARD_1, year: '1', element: 'awp', nav: 'x' }))).toContain(
      'Deze kaart is al afgehandeld',
    );
  });

  it('shows who saved a plan version by name on the plan card', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    let rs = await h.say('kies interventies 1');
    for (const element of ['awp', 'gg', 'sn', 'upc']) {
      rs = await h.submit({
        verb: 'chooseInterventions',
        cardId: stepCard(rs),
        year: '1',
        element,
        nav: 'next',
        selected: element === 'awp' ? 'awp.lean' : '',
      });
    }
    await h.submit({ verb: 'savePlan', cardId: stepCard(rs), year: '1' });
    const plan = allText(await h.say('plan'));
    expect(plan).toContain('opgeslagen door Anne de Vries op 15-03-2025');
    expect(plan).toContain('Lean');
  });
});

describe('Action.Execute', () => {
  it('re-shows a form in place with its errors and entered values, and stores nothing', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const { card, replies } = await h.execute({
      verb: 'logIntervisie',
      cardId: CARD_1,
      date: '2025-03-10',
      minutes: '10',
      gpsPresent: '1',
      participants: '2',
      topic: 'Triage',
    });
    const text = JSON.stringify(card);
    expect(text).toContain('Duur');
    expect(text).toContain('"value":"Triage"');
    expect(replies).toEqual([]);
    expect(await h.stores.intervisie.list('01234567')).toEqual([]);
  });
});
