import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, CARD_2, PRACTICE, allText, cardOf, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const WRITE = { actor: { id: 'u1', name: 'Anne de Vries' }, idempotencyKey: 'plan-1', at: '2024-02-01T09:00:00.000Z' };

async function seedPlan(x: Harness): Promise<void> {
  await x.stores.plans.saveVersion(
    {
      practiceId: PRACTICE.id,
      year: 1,
      interventions: [{ id: 'awp.triage-training' }, { id: 'sn.welzijn-op-recept' }],
      verdict: { ok: true, ruleSet: 'hoog@2023', errors: 0, warnings: 0, ruleIds: [] },
    },
    WRITE,
  );
}

describe('status', () => {
  it('shows the programme year, the verdict, status items with bars and buttons to act', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await seedPlan(h);
    const rs = await h.say('status');
    const text = allText(rs);
    expect(text).toContain('Status Huisartsenpraktijk De Linde');
    expect(text).toContain('Programmajaar 2 · stand op 15-03-2025');
    expect(text).toContain('Intervisie');
    // issue 9 §1: year 1 ended without intervisie or referrals; it stays listed with its period
    expect(text).toContain('Intervisie · jaar 1 (01-01-2024 t/m 31-12-2024)');
    expect(text).toContain('Verwijzingen Welzijn op Recept · jaar 1 (01-01-2024 t/m 31-12-2024)');
    expect(text).toContain('● Gemist');
    expect(text).toContain('Praktijkplan ingediend');
    expect(text).toContain('Interventies kiezen jaar 3');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('writes the numbers of the progress bars with a Dutch decimal comma, like the messages', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { normpraktijken: 1.2 });
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 2,
        interventions: [{ id: 'sn.welzijn-op-recept' }],
        verdict: { ok: true, ruleSet: 'hoog@2024', errors: 0, warnings: 0, ruleIds: [] },
      },
      WRITE,
    );
    // The target is 12 referrals per normpraktijk: 14,4 for 1,2 normpraktijken.
    const logged = allText(
      await h.submit({ verb: 'logCount', cardId: CARD_2, metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-14', value: '3' }),
    );
    expect(logged).toContain('3 van 14,4 dit jaar');
    const text = allText(await h.say('status'));
    expect(text).toContain('3 van 14,4 · op schema: 2 van de 14,4 verwacht tot nu');
    expect(text).toContain('0 van 2 · op schema: 0 van de 2 verwacht tot nu');
    expect(text).not.toContain('14.4');
  });

  it('needs a linked practice', async () => {
    h = await startHarness();
    const text = allText(await h.say('status'));
    expect(text).toContain('Nog geen praktijk gekoppeld');
    expect(text).toContain('koppel praktijk');
  });

  it('marks the praktijkplan as submitted today, once, and the status no longer offers it', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit({ verb: 'markPraktijkplanSubmitted', cardId: CARD_1 }));
    expect(text).toContain('op 15-03-2025 ingediend');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.praktijkplanSubmitted).toBe('2025-03-15');
    await h.submit({ verb: 'markPraktijkplanSubmitted', cardId: CARD_1 });
    expect(await h.stores.audit.list(PRACTICE.id)).toHaveLength(1);
    expect(allText(await h.say('status'))).not.toContain('"verb":"markPraktijkplanSubmitted"');
  });

  it('refuses a submission date in the future', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.submit({ verb: 'markPraktijkplanSubmitted', cardId: CARD_2, date: '2025-04-01' }))).toContain('toekomst');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.praktijkplanSubmitted).toBeUndefined();
  });
});

describe('plan', () => {
  it('shows the praktijkplan per year with Dutch names, verdict and who saved it', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await seedPlan(h);
    const card = JSON.stringify(cardOf(await h.say('plan')));
    expect(card).toContain('Praktijkplan Huisartsenpraktijk De Linde');
    expect(card).toContain('Welzijn op Recept');
    expect(card).toContain('01-02-2024');
  });

  it('says when nothing is chosen yet', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('plan'))).toContain('Nog geen interventies gekozen.');
  });
});
