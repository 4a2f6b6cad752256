// Advice that helps (issue 13 §3): a match already in the plan is named with the next best shown, later-year matches
// are marked, and "Toevoegen aan plan" asks first, saves once, and can be undone; an unchanged plan is not saved.
import { afterEach, describe, expect, it } from 'vitest';
import { interventionName } from '../../rules/i18n/index.js';
import type { PlannedIntervention } from '../../rules/model.js';
import type { Stores } from '../../storage/ports.js';
import { CARD_1, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ASKED = 'welke interventie past bij ons? we hebben veel telefoontjes van kwetsbare ouderen';
const TRIAGE = interventionName('awp.triage-training', 'nl');

async function savePlan(stores: Stores, year: number, interventions: PlannedIntervention[], key: string, practiceId = PRACTICE.id) {
  await stores.plans.saveVersion(
    { practiceId, year, interventions, verdict: { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] } },
    { actor: { id: 'seed' }, idempotencyKey: key, at: '2025-02-01T00:00:00.000Z' },
  );
}

/** The static data of the card's button with this verb. */
function buttonData(card: Record<string, unknown>, verb: string): Record<string, unknown> {
  const match = new RegExp(`"data":(\\{[^{}]*"verb":"${verb}"[^{}]*\\})`).exec(JSON.stringify(card));
  if (!match?.[1]) throw new Error(`no ${verb} button in ${JSON.stringify(card)}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('advice when the best match is already planned', () => {
  it('says the practice already does it, since which year, and shows the next best', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await savePlan(h.stores, 1, [{ id: 'awp.triage-training' }], 'y1');
    const text = allText(await h.say(ASKED));
    expect(text).toContain(`${TRIAGE} doen jullie al sinds jaar 1.`);
    expect(text).not.toContain('Ik vond geen interventie');
    expect(text).toContain('Toevoegen aan plan jaar 2');
    expect(text).not.toMatch(/"id":"awp\.triage-training"/);
  });

  it('marks a match of a later programme year, added to that year', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { region: 'rijn-en-duin', startDate: '2026-01-01' });
    await savePlan(h.stores, 1, [{ id: 'awp.triage-training' }], 'y1');
    const rs = await h.say(ASKED);
    const text = allText(rs);
    expect(text).toContain(`${TRIAGE} staat al in jullie plan voor jaar 1.`);
    expect(text).toContain('Kan vanaf programmajaar 2');
    expect(text).toContain('Toevoegen aan plan jaar 2');
    expect(text).toContain('"id":"sn.wijkteam","year":2');
  });
});

describe('Toevoegen aan plan: confirm, add, undo', () => {
  it('asks first on the card (one card for a double click), saves once, and undoes by saving the version before', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await savePlan(h.stores, 2, [{ id: 'awp.triage-training' }], 'y2');
    const ask = await h.execute({ verb: 'addSuggestion', cardId: CARD_1, id: 'sn.wijkteam', year: '2' });
    const again = await h.execute({ verb: 'addSuggestion', cardId: CARD_1, id: 'sn.wijkteam', year: '2' });
    expect([ask.replies, again.replies]).toEqual([[], []]);
    expect(again.card).toEqual(ask.card);
    const asked = JSON.stringify(ask.card);
    const wijkteam = interventionName('sn.wijkteam', 'nl');
    expect(asked).toContain(`${wijkteam} toevoegen aan het plan van jaar 2?`);
    expect(asked).toContain(`Het plan van jaar 2 wordt dan: ${TRIAGE}, ${wijkteam}.`);
    expect(asked).toContain(`De toetsing met ${wijkteam} erbij:`);
    expect(asked).toMatch(/voldoet/);
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toHaveLength(1);

    const confirm = buttonData(ask.card, 'confirmSuggestion');
    expect(confirm).toMatchObject({ id: 'sn.wijkteam', year: 2, basedOn: 1 });
    const added = await h.execute(confirm);
    await h.execute(confirm);
    expect(JSON.stringify(added.card)).toContain(`${wijkteam} staat nu in het plan van jaar 2 (versie 2).`);
    expect((await h.stores.plans.history(PRACTICE.id, 2)).map((v) => v.interventions.map((i) => i.id))).toEqual([
      ['awp.triage-training'],
      ['awp.triage-training', 'sn.wijkteam'],
    ]);

    const undo = buttonData(added.card, 'undoSuggestion');
    const undone = await h.execute(undo);
    await h.execute(undo);
    expect(JSON.stringify(undone.card)).toContain('Ongedaan gemaakt');
    expect(JSON.stringify(undone.card)).toContain('opgeslagen als versie 3');
    const history = await h.stores.plans.history(PRACTICE.id, 2);
    expect(history.map((v) => v.interventions.map((i) => i.id))).toEqual([
      ['awp.triage-training'],
      ['awp.triage-training', 'sn.wijkteam'],
      ['awp.triage-training'],
    ]);
  });

  it('refuses the undo with the newer-plan notice when someone saved after the add', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const ask = await h.execute({ verb: 'addSuggestion', cardId: CARD_1, id: 'awp.lean', year: '2' });
    const added = await h.execute(buttonData(ask.card, 'confirmSuggestion'));
    await savePlan(h.stores, 2, [{ id: 'awp.lean' }, { id: 'sn.wijkteam' }], 'someone-else');
    const undone = await h.execute(buttonData(added.card, 'undoSuggestion'));
    expect(JSON.stringify(undone.card)).toContain('Je keuzes zijn niet opgeslagen');
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toHaveLength(2);
  });

  it('saves nothing when the intervention is already in the plan', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await savePlan(h.stores, 2, [{ id: 'awp.lean' }], 'y2');
    const { card } = await h.execute({ verb: 'addSuggestion', cardId: CARD_1, id: 'awp.lean', year: '2' });
    expect(JSON.stringify(card)).toContain(`Er is niets veranderd: ${interventionName('awp.lean', 'nl')} staat al in het plan van jaar 2.`);
    expect(JSON.stringify(card)).not.toContain('confirmSuggestion');
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toHaveLength(1);
  });
});

describe('an unchanged plan', () => {
  it('is not saved again by the wizard: "Er is niets veranderd"', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await savePlan(h.stores, 1, [{ id: 'awp.lean' }], 'y1');
    let cardId = /"verb":"chooseInterventions","cardId":"([0-9a-f-]{36})"/.exec(allText(await h.say('kies interventies 1')))?.[1];
    for (const element of ['awp', 'gg', 'sn', 'upc']) {
      const step = await h.execute({
        verb: 'chooseInterventions',
        cardId,
        year: '1',
        element,
        nav: 'next',
        selected: element === 'awp' ? 'awp.lean' : '',
      });
      cardId = /"cardId":"([0-9a-f-]{36})"/.exec(JSON.stringify(step.card))?.[1];
    }
    const saved = await h.execute({ verb: 'savePlan', cardId, year: '1' });
    expect(JSON.stringify(saved.card)).toContain('Er is niets veranderd: plan jaar 1 blijft versie 1.');
    expect(await h.stores.plans.history(PRACTICE.id, 1)).toHaveLength(1);
  });
});
