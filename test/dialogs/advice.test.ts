import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, CARD_2, PRACTICE, allText, cardOf, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('welke interventie past', () => {
  it('answers a free-text question with at most five suggestions, each with an add button for this year', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const rs = await h.say('welke interventie past bij ons? de telefoon staat de hele ochtend roodgloeiend');
    const text = allText(rs);
    expect(text).toContain('Toevoegen aan plan jaar 2');
    expect(text).toContain('Voorwaarde');
    // One Action.Execute per suggestion (its fallback Action.Submit carries the same data).
    const adds = (JSON.stringify(cardOf(rs)).match(/"verb":"addSuggestion","fallback"/g) ?? []).length;
    expect(adds).toBeGreaterThan(0);
    expect(adds).toBeLessThanOrEqual(5);
  });

  it('shows the guided questions without a question, and advises from the answers', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('welke interventie past'))).toContain('Waar zit de druk vooral?');
    const rs = await h.submit({
      verb: 'adviceAnswers',
      cardId: CARD_1,
      pressure: 'sociaal',
      teamSize: 'middel',
      element: 'any',
      question: '',
    });
    expect(allText(rs)).toContain('Toevoegen aan plan jaar 2');
  });

  it('re-asks the guided questions naming the missing field', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit({ verb: 'adviceAnswers', cardId: CARD_1, pressure: '', teamSize: 'middel', element: 'any' }));
    expect(text).toContain('Waar zit de druk vooral?');
    expect(text).toContain('Waar zit de druk: vul dit in.');
    expect(await h.stores.plans.latest(PRACTICE.id)).toEqual([]);
  });

  it('refuses a question with a BSN', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('welke interventie past bij 111222333'))).toContain('patiëntgegevens');
  });

  it("adds a suggestion to this year's plan through the check, once per click", async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    // A client without Universal Actions sends the fallback Action.Submit: the same confirmation, as a new message.
    const asked = allText(await h.submit({ verb: 'addSuggestion', cardId: CARD_2, id: 'awp.triage-training', year: '2' }));
    expect(asked).toContain('toevoegen aan het plan van jaar 2?');
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toEqual([]);
    const confirm = { verb: 'confirmSuggestion', cardId: CARD_2, id: 'awp.triage-training', year: '2', basedOn: '0' };
    const text = allText(await h.submit(confirm));
    expect(text).toContain('Toegevoegd aan het plan van jaar 2');
    expect(text).toContain('Bron');
    await h.submit(confirm);
    const history = await h.stores.plans.history(PRACTICE.id, 2);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      interventions: [{ id: 'awp.triage-training' }],
      verdict: { ruleSet: expect.stringMatching(/^hoog@/) },
    });
    expect(history[0]?.verdict.ruleIds.length).toBeGreaterThan(0);
  });

  it('continues from the previous year when the year has no plan yet', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 1,
        interventions: [{ id: 'sn.welzijn-op-recept' }],
        verdict: { ok: false, ruleSet: 'hoog@2023', errors: 1, warnings: 0, ruleIds: ['x'] },
      },
      { actor: { id: 'u' }, idempotencyKey: 'seed-plan', at: '2024-02-01T00:00:00.000Z' },
    );
    await h.submit({ verb: 'confirmSuggestion', cardId: CARD_1, id: 'awp.lean', year: '2', basedOn: '0' });
    const [latest] = await h.stores.plans.history(PRACTICE.id, 2);
    expect(latest?.interventions.map((i) => i.id)).toEqual(['sn.welzijn-op-recept', 'awp.lean']);
  });
});
