// Issue 9 §4 and §1 in chat: mark a milestone done (date, by whom, note) and choose the route of an intervention, from
// the status card; both stored once, checked, and reflected in the next status.
import { afterEach, describe, expect, it } from 'vitest';
import { applyStep } from '../../dialogs/choose-interventions/choose-view.js';
import { AUDIT } from '../../dialogs/shared/ids.js';
import { startingPoint } from '../../dialogs/shared/plan-check.js';
import { CARD_1, CARD_2, CARD_3, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const WRITE = { actor: { id: 'u1', name: 'Anne de Vries' }, idempotencyKey: 'plan-1', at: '2025-01-05T09:00:00.000Z' };
const SELF_REPORT = 'hoog.milestone.self-report';

/** The static data of every button on the replies' cards. */
function buttons(text: string): unknown[] {
  const found: unknown[] = [];
  JSON.parse(text, (key, value: unknown) => {
    if (key === 'data' && typeof value === 'object' && value !== null && 'verb' in value) found.push(value);
    return value;
  });
  return found;
}

const json = (rs: unknown) => JSON.stringify(rs);
const audits = async (x: Harness, action: string) => (await x.stores.audit.list(PRACTICE.id)).filter((e) => e.action === action);

describe('milestones in chat (issue 9 §4)', () => {
  it('status offers "Afvinken" per open milestone; the form stores date, by whom and note, and the status follows', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const status = await h.say('status');
    expect(allText(status)).toContain('Zelfrapportage aan HOOG');
    const marks = buttons(json(status)).filter((b) => (b as { verb: string }).verb === 'startMarkMilestone');
    // year 1 ended without a self-report (missed, listed) and year 2 runs
    expect(marks).toEqual([
      expect.objectContaining({ milestone: SELF_REPORT, year: 1 }),
      expect.objectContaining({ milestone: SELF_REPORT, year: 2 }),
    ]);

    const form = allText(await h.submit({ verb: 'startMarkMilestone', cardId: CARD_1, milestone: SELF_REPORT, year: 1 }));
    expect(form).toContain('Mijlpaal afvinken');
    expect(form).toContain('Zelfrapportage aan HOOG');
    expect(form).toContain('(jaar 1)');
    expect(form).toContain('Bron: Regioplan HOOG 2023, 2.6 Monitoring');

    const saved = await h.execute({
      verb: 'markMilestoneDone',
      cardId: CARD_2,
      milestone: SELF_REPORT,
      year: 1,
      date: '20-12-2024',
      by: '',
      note: 'Ingevuld via het HOOG-portaal',
    });
    expect(JSON.stringify(saved.card)).toContain('vastgelegd op 20-12-2024 door Anne de Vries');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.milestones).toEqual([
      { id: SELF_REPORT, done: '2024-12-20', year: 1, by: 'Anne de Vries', note: 'Ingevuld via het HOOG-portaal' },
    ]);
    // a double click or a Teams retry of the same card records once
    await h.execute({
      verb: 'markMilestoneDone',
      cardId: CARD_2,
      milestone: SELF_REPORT,
      year: 1,
      date: '20-12-2024',
      by: '',
      note: 'Ingevuld via het HOOG-portaal',
    });
    expect(await audits(h, AUDIT.milestoneDone)).toHaveLength(1);

    // year 1 is met (no longer listed); year 2 is still open
    const after = buttons(json(await h.say('status'))).filter((b) => (b as { verb: string }).verb === 'startMarkMilestone');
    expect(after).toEqual([expect.objectContaining({ milestone: SELF_REPORT, year: 2 })]);
  });

  it('refuses a future date, patient data in the note and an unknown milestone, and stores nothing', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const future = await h.execute({ verb: 'markMilestoneDone', cardId: CARD_1, milestone: SELF_REPORT, year: 2, date: '16-03-2025' });
    expect(JSON.stringify(future.card)).toContain('Datum: ligt in de toekomst');
    // the form comes back with what was entered
    expect(JSON.stringify(future.card)).toContain('Mijlpaal afvinken');
    const bsn = await h.execute({
      verb: 'markMilestoneDone',
      cardId: CARD_2,
      milestone: SELF_REPORT,
      year: 2,
      date: '01-03-2025',
      note: 'mevrouw met bsn 123456782',
    });
    expect(JSON.stringify(bsn.card)).toContain('Notitie: dit lijkt op patiëntgegevens');
    expect(JSON.stringify(bsn.card)).toContain('Zelfrapportage aan HOOG');
    const unknown = await h.execute({
      verb: 'markMilestoneDone',
      cardId: CARD_3,
      milestone: 'eemland.milestone.plan-reset',
      date: '01-03-2025',
    });
    expect(JSON.stringify(unknown.card)).toContain('hoort niet bij de regels van jullie regio');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.milestones).toBeUndefined();
    expect(await audits(h, AUDIT.milestoneDone)).toHaveLength(0);
  });

  it('Rijn en Duin: "Bewijs vastleggen" per chosen intervention; a training certificate shows its validity (004 B.1 e)', async () => {
    h = await startHarness(new Date('2026-06-01T10:00:00.000Z'));
    await seedPractice(h.stores, { region: 'rijn-en-duin', startDate: '2026-01-01', subregion: undefined });
    await h.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 1,
        interventions: [{ id: 'awp.lean' }, { id: 'gg.solk-alk' }],
        verdict: { ok: true, ruleSet: 'rijn-en-duin@2026.2', errors: 0, warnings: 0, ruleIds: [] },
      },
      WRITE,
    );
    const status = await h.say('status');
    expect(allText(status)).toContain('Bewijs Lean');
    expect(allText(status)).toContain('Bewijs vastleggen');
    const form = allText(await h.submit({ verb: 'startMarkMilestone', cardId: CARD_1, milestone: 'rijn-en-duin.evidence.lean' }));
    expect(form).toContain('Datum van het bewijs');
    // a training before the programme counts while it is valid ("in de afgelopen drie jaar")
    await h.execute({ verb: 'markMilestoneDone', cardId: CARD_2, milestone: 'rijn-en-duin.evidence.lean', date: '01-03-2024' });
    const text = allText(await h.say('status'));
    expect(text).toContain('bewijs van 01-03-2024 (geldig t/m 28-02-2027)');
  });
});

describe('routes in chat (issue 9 §1)', () => {
  async function seedRoutePlan(x: Harness): Promise<void> {
    await seedPractice(x.stores);
    await x.stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 2,
        interventions: [{ id: 'awp.taakherschikking' }, { id: 'sn.welzijn-op-recept' }],
        verdict: { ok: true, ruleSet: 'hoog@2024.1', errors: 0, warnings: 0, ruleIds: [] },
      },
      WRITE,
    );
  }

  it('"Kies route" on the status card; the chosen route is saved as a new plan version and its target applies', async () => {
    h = await startHarness();
    await seedRoutePlan(h);
    const before = await h.say('status');
    expect(allText(before)).toContain('Kies route');
    expect(buttons(json(before))).toContainEqual(
      expect.objectContaining({ verb: 'startChooseRoute', year: 2, intervention: 'awp.taakherschikking' }),
    );

    const form = allText(await h.submit({ verb: 'startChooseRoute', cardId: CARD_1, year: 2, intervention: 'awp.taakherschikking' }));
    expect(form).toContain('Route kiezen');
    expect(form).toContain('SOH-spreekuur');
    expect(form).toContain('PA of VS opleiden');

    const saved = await h.execute({ verb: 'chooseRoute', cardId: CARD_2, year: 2, intervention: 'awp.taakherschikking', route: 'soh' });
    expect(JSON.stringify(saved.card)).toContain('route SOH-spreekuur');
    const history = await h.stores.plans.history(PRACTICE.id, 2);
    expect(history.map((v) => v.interventions.find((i) => i.id === 'awp.taakherschikking')?.route)).toEqual([undefined, 'soh']);
    // the same card again, or the same route on a new card, saves no new version
    await h.execute({ verb: 'chooseRoute', cardId: CARD_2, year: 2, intervention: 'awp.taakherschikking', route: 'soh' });
    await h.execute({ verb: 'chooseRoute', cardId: CARD_3, year: 2, intervention: 'awp.taakherschikking', route: 'soh' });
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toHaveLength(2);

    const after = await h.say('status');
    expect(allText(after)).not.toContain('Kies route');
    expect(allText(after)).toContain('SOH');
    // the plan card names the route
    expect(allText(await h.say('plan'))).toContain('Taakherschikking (SOH-spreekuur, PA, VS, regiearts) · route: SOH-spreekuur');
    // a wizard run for year 3 starts from year 2: the continued intervention keeps its route, also when re-chosen
    const start = await startingPoint(h.stores, PRACTICE.id, 3);
    expect(start).toEqual([{ id: 'awp.taakherschikking', route: 'soh' }, { id: 'sn.welzijn-op-recept' }]);
    const state = {
      practiceId: PRACTICE.id,
      year: 3,
      step: 0,
      cardId: CARD_3,
      chosen: start,
      previous: start.map((i) => i.id),
      basedOn: 0,
    };
    expect(applyStep(state, 'awp', ['awp.taakherschikking', 'awp.lean'], { 'awp.taakherschikking': 'Tweede SOH' })).toEqual([
      { id: 'sn.welzijn-op-recept' },
      { id: 'awp.taakherschikking', deepening: true, justification: 'Tweede SOH', route: 'soh' },
      { id: 'awp.lean' },
    ]);
  });

  it('refuses an unknown route with the form, and an intervention that is not in the plan', async () => {
    h = await startHarness();
    await seedRoutePlan(h);
    const wrong = await h.execute({
      verb: 'chooseRoute',
      cardId: CARD_1,
      year: 2,
      intervention: 'awp.taakherschikking',
      route: 'huisarts',
    });
    expect(JSON.stringify(wrong.card)).toContain('kies een van de routes');
    const missing = await h.execute({ verb: 'chooseRoute', cardId: CARD_2, year: 2, intervention: 'awp.ehealth', route: 'zelfmetingen' });
    expect(JSON.stringify(missing.card)).toContain('staat niet (meer) in het plan van jaar 2');
    expect(await h.stores.plans.history(PRACTICE.id, 2)).toHaveLength(1);
  });
});
