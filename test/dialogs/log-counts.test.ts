import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, CARD_2, CARD_3, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function seedWor(x: Harness): Promise<void> {
  await seedPractice(x.stores);
  await x.stores.plans.saveVersion(
    {
      practiceId: PRACTICE.id,
      year: 2,
      interventions: [{ id: 'sn.welzijn-op-recept' }],
      verdict: { ok: false, ruleSet: 'hoog@2024', errors: 1, warnings: 0, ruleIds: ['x'] },
    },
    { actor: { id: 'u' }, idempotencyKey: 'seed-plan', at: '2025-01-10T00:00:00.000Z' },
  );
}

const COUNT = { verb: 'logCount', cardId: CARD_1, metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-14', value: '12' };

describe('log aantallen', () => {
  it('offers only the metrics of the chosen interventions, with Dutch names', async () => {
    h = await startHarness();
    await seedWor(h);
    const text = allText(await h.say('log aantallen'));
    expect(text).toContain('Verwijzingen Welzijn op Recept');
    expect(text).not.toContain('Beeldbel');
  });

  it('says so when the chosen interventions need no counts', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('log aantallen'))).toContain('vragen geen aantallen');
  });

  it('stores a count once per card and confirms it with the progress', async () => {
    h = await startHarness();
    await seedWor(h);
    const text = allText(await h.submit(COUNT));
    expect(text).toContain('Aantal vastgelegd');
    expect(text).toContain('Verwijzingen Welzijn op Recept: 12 (01-01-2025 t/m 14-03-2025)');
    await h.submit(COUNT);
    expect(await h.stores.counts.history(PRACTICE.id)).toHaveLength(1);
  });

  it('never confirms another value sent on a card already sent: it shows what was stored (issue 12 §3)', async () => {
    h = await startHarness();
    await seedWor(h);
    await h.submit(COUNT);
    const text = allText(await h.submit({ ...COUNT, value: '20' }));
    expect(text).toContain('Dit formulier is al verstuurd');
    expect(text).toContain('Verwijzingen Welzijn op Recept van 01-01-2025 t/m 14-03-2025: 12');
    expect(text).not.toContain('Aantal vastgelegd');
    expect((await h.stores.counts.history(PRACTICE.id)).map((e) => e.value)).toEqual([12]);
  });

  it('keeps a correction as a new entry that supersedes, and shows the history', async () => {
    h = await startHarness();
    await seedWor(h);
    await h.submit(COUNT);
    const text = allText(await h.submit({ ...COUNT, cardId: CARD_2, value: '15' }));
    expect(text).toContain('Dit vervangt de eerdere invoer voor deze periode.');
    const stored = await h.stores.counts.history(PRACTICE.id);
    expect(stored.map((e) => e.value)).toEqual([12, 15]);
    expect(stored[1]?.supersedes).toBe(stored[0]?.id);
    expect(allText(await h.say('log aantallen'))).toContain('gecorrigeerd');
  });

  it.each([
    ['a negative value', { value: '-1' }, 'Aantal'],
    ['a fraction', { value: '2,5' }, 'Aantal'],
    ['a value over 100.000', { value: '100001' }, '0 tot 100.000'],
    ['a metric the plan does not need', { metric: 'video-consults' }, 'Wat tel je: dit aantal hoort niet bij jullie gekozen interventies'],
    ['a period before the MTVP start', { from: '2023-06-01' }, 'Periode vanaf: ligt vóór de MTVP-start'],
    ['an end before the start', { from: '2025-03-01', to: '2025-02-01' }, 'Periode tot en met'],
    ['an end in 2099 (issue 13 §6)', { to: '2099-12-31' }, 'Periode tot en met: ligt in de toekomst'],
  ])('refuses %s with the card again and stores nothing', async (_name, change, expected) => {
    h = await startHarness();
    await seedWor(h);
    const text = allText(await h.submit({ ...COUNT, cardId: CARD_3, ...change }));
    expect(text).toContain(expected);
    expect(text).toContain('Aantallen loggen');
    expect(await h.stores.counts.history(PRACTICE.id)).toEqual([]);
  });
});

describe('log aantallen outside HOOG (issue 13 §1)', () => {
  /** A Rijn en Duin practice (start 2024-01-01) in year 2 with Welzijn op Recept and Meekijkconsulten (004 §B.3). */
  async function seedRijnEnDuin(x: Harness): Promise<void> {
    const { subregion: _none, ...practice } = PRACTICE;
    await x.stores.practices.save(
      { ...practice, region: 'rijn-en-duin' },
      { actor: { id: 'seed' }, idempotencyKey: 'seed-rd', at: '2024-01-01T00:00:00.000Z' },
    );
    await x.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 2,
        interventions: [{ id: 'awp.lean' }, { id: 'gg.positieve-gezondheid' }, { id: 'sn.welzijn-op-recept' }, { id: 'sn.meekijkconsult' }],
        verdict: { ok: true, ruleSet: 'rijn-en-duin@2026.2', errors: 0, warnings: 0, ruleIds: [] },
      },
      { actor: { id: 'u' }, idempotencyKey: 'seed-plan-rd', at: '2025-01-10T00:00:00.000Z' },
    );
  }

  it('a Rijn en Duin practice with Welzijn op Recept and Meekijkconsulten in year 2 logs a count, and status shows the trend', async () => {
    h = await startHarness();
    await seedRijnEnDuin(h);
    const card = allText(await h.say('log aantallen'));
    expect(card).toContain('Verwijzingen Welzijn op Recept');
    expect(card).toContain('Meekijkconsulten');
    expect(card).not.toContain('vragen geen aantallen');
    await h.submit({ ...COUNT, from: '2024-01-01', to: '2024-12-31', value: '10' });
    const text = allText(await h.submit({ ...COUNT, cardId: CARD_2, from: '2025-01-01', to: '2025-03-14', value: '4' }));
    expect(text).toContain('Aantal vastgelegd');
    expect(text).toContain('Verwijzingen Welzijn op Recept: 4 (01-01-2025 t/m 14-03-2025)');
    const mkc = allText(await h.submit({ ...COUNT, cardId: CARD_3, metric: 'meekijkconsults', value: '2' }));
    expect(mkc).toContain('Meekijkconsulten: 2');
    const status = allText(await h.say('status'));
    expect(status).toContain('Verwijzingen Welzijn op Recept, jaar 2 (01-01-2025 t/m 31-12-2025): 4; vorig jaar 10');
    expect(status).toContain('Stijgt');
    expect(status).toContain('Meekijkconsulten, jaar 2 (01-01-2025 t/m 31-12-2025): 2. Aantoonbaar gebruikt');
  });
});
