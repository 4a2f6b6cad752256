import { afterEach, describe, expect, it } from 'vitest';
import { PRACTICE, allText, seedPractice, startHarness, type Harness, type ReplyActivity } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The card id the dialog expects next: the one on the buttons of the card it just sent. */
function stepCard(rs: readonly ReplyActivity[]): string {
  const id = /"verb":"(?:chooseInterventions|savePlan)","cardId":"([0-9a-f-]{36})"/.exec(allText(rs))?.[1];
  if (id === undefined) throw new Error(`no step card in ${allText(rs)}`);
  return id;
}

const step = (cardId: string, element: string, selected: string, nav = 'next', year = '1') => ({
  verb: 'chooseInterventions',
  cardId,
  year,
  element,
  nav,
  selected,
});

async function walk(x: Harness, picks: Record<string, string>, year = '1'): Promise<{ review: ReplyActivity[]; cardId: string }> {
  let rs = await x.say(`kies interventies ${year}`);
  for (const element of ['awp', 'gg', 'sn', 'upc']) rs = await x.submit(step(stepCard(rs), element, picks[element] ?? '', 'next', year));
  return { review: rs, cardId: stepCard(rs) };
}

describe('kies interventies', () => {
  it('walks the four elements with only what the region offers, checks after each step and saves a version', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const first = await h.say('kies interventies 1');
    const awp = allText(first);
    expect(awp).toContain('Anders triëren');
    expect(awp).toContain('Steun RHO');
    const gg = await h.submit(step(stepCard(first), 'awp', 'awp.triage-training'));
    const ggText = allText(gg);
    expect(ggText).toContain('Toetsing van het plan');
    expect(ggText).toContain('Bron');
    const sn = await h.submit(step(stepCard(gg), 'gg', 'gg.positieve-gezondheid'));
    expect(allText(sn)).not.toContain('sn.meekijkconsult');
    expect(allText(sn)).not.toContain('sn.mdo');
    const upc = await h.submit(step(stepCard(sn), 'sn', 'sn.welzijn-op-recept'));
    const review = await h.submit(step(stepCard(upc), 'upc', ''));
    expect(allText(review)).toContain('Jullie plan: controleer en sla op');
    expect(await h.stores.plans.latest(PRACTICE.id)).toEqual([]);
    const saved = allText(await h.submit({ verb: 'savePlan', cardId: stepCard(review), year: '1' }));
    expect(saved).toContain('Plan jaar 1 opgeslagen (versie 1)');
    const [version] = await h.stores.plans.history(PRACTICE.id, 1);
    expect(version?.interventions.map((i) => i.id)).toEqual(['awp.triage-training', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept']);
    expect(version).toMatchObject({ savedBy: expect.any(String), verdict: { ruleSet: expect.stringMatching(/^hoog@/) } });
  });

  it('does not save over a version someone else saved while this run was open, and says who (issue 12 §3)', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const { cardId } = await walk(h, { awp: 'awp.triage-training', gg: 'gg.positieve-gezondheid', sn: 'sn.welzijn-op-recept' });
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 1,
        interventions: [{ id: 'awp.lean' }],
        verdict: { ok: false, ruleSet: 'hoog@2023.1', errors: 2, warnings: 0, ruleIds: [] },
      },
      { actor: { id: 'aad-jan', name: 'Jan Bakker' }, idempotencyKey: 'other-save', at: '2025-03-15T09:00:00.000Z' },
    );
    const text = allText(await h.submit({ verb: 'savePlan', cardId, year: '1' }));
    expect(text).toContain('Je keuzes zijn niet opgeslagen');
    expect(text).toContain('(versie 1, 15-03-2025)');
    expect((await h.stores.plans.history(PRACTICE.id, 1)).map((v) => v.interventions.map((i) => i.id))).toEqual([['awp.lean']]);
  });

  it('goes back a step and keeps what was chosen', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const gg = await h.submit(step(stepCard(await h.say('kies interventies 1')), 'awp', 'awp.lean'));
    const back = allText(await h.submit(step(stepCard(gg), 'gg', '', 'back')));
    expect(back).toContain('"value":"awp.lean"');
    expect(back).toMatch(/"id":"selected"[^}]*"value":"awp.lean"|"value":"awp.lean"[^}]*"id":"selected"/);
  });

  it('stops without saving on "stop" and then answers commands normally', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const first = await h.say('kies interventies');
    await h.submit(step(stepCard(first), 'awp', 'awp.lean', 'next', '2'));
    expect(allText(await h.say('stop'))).toContain('Gestopt: kies interventies (jaar 2). Er is niets opgeslagen.');
    expect(await h.stores.plans.latest(PRACTICE.id)).toEqual([]);
    expect(allText(await h.say('help'))).toContain('koppel praktijk');
  });

  it('answers a card clicked after the dialog ended with a friendly notice and does nothing', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const { cardId } = await walk(h, { awp: 'awp.lean' });
    await h.submit({ verb: 'savePlan', cardId, year: '1' });
    const again = allText(await h.submit({ verb: 'savePlan', cardId, year: '1' }));
    expect(again).toContain('Deze kaart is al afgehandeld');
    expect(await h.stores.plans.history(PRACTICE.id, 1)).toHaveLength(1);
  });

  it('treats a second click on an earlier step card as stale', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const first = await h.say('kies interventies 1');
    await h.submit(step(stepCard(first), 'awp', 'awp.lean'));
    expect(allText(await h.submit(step(stepCard(first), 'awp', 'awp.lean')))).toContain('Deze kaart is al afgehandeld');
  });

  it("preselects last year's interventions and asks a justification for a year-3 deepening", async () => {
    h = await startHarness(new Date('2026-03-15T10:00:00.000Z'));
    await seedPractice(h.stores);
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 2,
        interventions: [{ id: 'awp.lean' }],
        verdict: { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] },
      },
      { actor: { id: 'u' }, idempotencyKey: 'seed-y2', at: '2025-02-01T00:00:00.000Z' },
    );
    const first = await h.say('kies interventies');
    const text = allText(first);
    expect(text).toContain('jaar 3');
    expect(text).toContain('Onderbouwing verdieping');
    const next = await h.submit({
      ...step(stepCard(first), 'awp', 'awp.lean', 'next', '3'),
      'justification:awp.lean': 'Tweede team volgt de training',
    });
    expect(allText(next)).toContain('Stap 2 van 5');
    const rs = await h.submit(step(stepCard(next), 'gg', '', 'back', '3'));
    expect(allText(rs)).toContain('Tweede team volgt de training');
  });

  it('refuses patient data in a justification, naming the field', async () => {
    h = await startHarness(new Date('2026-03-15T10:00:00.000Z'));
    await seedPractice(h.stores);
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 2,
        interventions: [{ id: 'awp.lean' }],
        verdict: { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] },
      },
      { actor: { id: 'u' }, idempotencyKey: 'seed-y2', at: '2025-02-01T00:00:00.000Z' },
    );
    const first = await h.say('kies interventies');
    const rs = await h.submit({
      ...step(stepCard(first), 'awp', 'awp.lean', 'next', '3'),
      'justification:awp.lean': 'mevrouw geb. 01-02-1950',
    });
    expect(allText(rs)).toContain('Onderbouwing verdieping (awp.lean)');
  });

  it('speaks English to an English client', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.say('choose interventions 1', { locale: 'en-US' }));
    expect(text).not.toContain('Welke interventies doen jullie');
  });
});
