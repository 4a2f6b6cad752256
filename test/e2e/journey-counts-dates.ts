// Journey steps for issue 13 (Tests): undo restored the previous plan version, a first-intervention date in 2099 is
// refused with a visible Dutch field message, and a Rijn en Duin practice logs a count for year 2 from the metrics of
// its chosen interventions. Registered by journey.e2e.test.ts after its own steps, on the same stack and page.
import { expect, it } from 'vitest';
import { createTableStores } from '../../storage/tables/index.js';
import type { Practice, Stores } from '../../storage/ports.js';
import {
  askInChannel,
  chooseOption,
  clickAndWaitForCard,
  countCards,
  fillDate,
  fillText,
  openConversation,
  screenshotAt,
  sendInPersonal,
  step,
  waitForCard,
} from '../support/browser.js';
import type { PlaygroundSuite } from '../support/playground-suite.js';
import { SLOW_TEST_TIMEOUT_MS } from '../support/timeouts.js';

export interface JourneyFacts {
  /** The practice the journey linked (HOOG) and the first day of its start quarter, yyyy-mm-dd. */
  practice: string;
  quarterStart: string;
  /** Today in Amsterdam, yyyy-mm-dd. */
  today: string;
}

/**
 * The Playground has one team. Its second channel answers membership questions like a team (the mock connector
 * looks members up by conversation), so it stands in for the team of a second practice that Anne is a member of.
 */
const SECOND_TEAM = '19:de-linde-mtvp@thread.tacv2';
const RIJN_EN_DUIN = 'Huisartsenpraktijk Duinzicht';
const AT = { actor: { id: 'e2e-seed' }, at: new Date().toISOString() };

async function storesOf(suite: Pick<PlaygroundSuite, 'connectionString'>): Promise<Stores> {
  return createTableStores({ connectionString: suite.connectionString(), allowInsecureConnection: true, createTables: false });
}

/** The same day a year earlier: a practice that started then is in programme year 2 today. */
function yearBefore(iso: string): string {
  return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
}

/** A Rijn en Duin practice in programme year 2 that chose Welzijn op Recept and Meekijkconsulten (004 §B.3). */
async function seedRijnEnDuin(stores: Stores, facts: JourneyFacts): Promise<void> {
  const practice: Practice = {
    id: '07777777',
    agb: '07777777',
    name: RIJN_EN_DUIN,
    region: 'rijn-en-duin',
    startDate: yearBefore(facts.quarterStart),
    normpraktijken: 1,
    gps: 2,
    otherFunding: [],
    teamId: SECOND_TEAM,
  };
  await stores.practices.save(practice, { ...AT, idempotencyKey: 'e2e-rd-practice' });
  const year2 = [{ id: 'awp.lean' }, { id: 'gg.positieve-gezondheid' }, { id: 'sn.welzijn-op-recept' }, { id: 'sn.meekijkconsult' }];
  await stores.plans.saveVersion(
    {
      practiceId: practice.id,
      year: 2,
      interventions: year2,
      verdict: { ok: true, ruleSet: 'rijn-en-duin@2026.2', errors: 0, warnings: 0, ruleIds: [] },
    },
    { ...AT, idempotencyKey: 'e2e-rd-plan-2' },
  );
}

/** Sends `text` in the open personal chat and waits for a new card with `answer`. */
async function askInPersonal(suite: PlaygroundSuite, text: string, answer: string | RegExp) {
  const before = await countCards(suite.page(), answer);
  await sendInPersonal(suite.page(), text);
  return waitForCard(suite.page(), answer, { after: before });
}

export function countsAndDatesSteps(suite: PlaygroundSuite, facts: JourneyFacts): void {
  const { page, logs } = suite;

  it(
    'undoing an added intervention saved the plan of version 1 again (issue 13 §3)',
    async () => {
      const stores = await storesOf(suite);
      const linked = (await stores.practices.listByRegion('hoog')).find((p) => p.name === facts.practice);
      expect(linked).toBeDefined();
      const versions = await stores.plans.history(linked?.id ?? '', 1);
      const ids = (n: number) => (versions.find((v) => v.version === n)?.interventions ?? []).map((i) => i.id).sort();
      expect(versions.map((v) => v.version).sort()).toEqual([1, 2, 3]);
      expect(ids(2).length).toBe(ids(1).length + 1);
      expect(ids(3)).toEqual(ids(1));
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    'refuses a first-intervention date in 2099 on "koppel praktijk" with a visible Dutch field message (issue 13 §6)',
    async () => {
      await openConversation(page(), 'General');
      const refused = await step(page(), 'journey-first-start-2099', logs, async () => {
        const form = await askInChannel(page(), 'koppel praktijk', /Met deze gegevens toets ik/);
        await fillDate(form, 'Startdatum eerste interventie (als bekend)', '2099-04-01');
        return clickAndWaitForCard(form, 'Wijzigingen opslaan', /Controleer deze velden|zijn bijgewerkt/);
      });
      const text = await refused.innerText();
      expect(text).toContain('Controleer deze velden');
      expect(text).toContain(
        'Start eerste interventie: kies een datum in programmajaar 1: op of na de startdatum en binnen 12 maanden daarna.',
      );
      await screenshotAt(page(), refused, 'journey-8-first-start-2099');
      const stores = await storesOf(suite);
      const linked = (await stores.practices.listByRegion('hoog')).find((p) => p.name === facts.practice);
      expect(linked?.firstInterventionStart).toBe(facts.quarterStart);
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    'a Rijn en Duin practice in year 2 logs a count, offered the metrics of its chosen interventions (issue 13 §1)',
    async () => {
      await seedRijnEnDuin(await storesOf(suite), facts);
      await openConversation(page(), 'Personal Chat');
      const picker = await step(page(), 'journey-rd-pick', logs, () =>
        askInPersonal(suite, 'kies praktijk', /Voor welke praktijk werk je\?/),
      );
      await picker.getByRole('radio', { name: new RegExp(RIJN_EN_DUIN) }).check();
      await step(page(), 'journey-rd-picked', logs, async () => {
        await picker.getByRole('button', { name: 'Kiezen', exact: true }).click();
        await page().getByText(`Je werkt in deze chat voor ${RIJN_EN_DUIN}.`).last().waitFor();
      });
      const form = await step(page(), 'journey-rd-form', logs, () => askInPersonal(suite, 'log aantallen', /Aantallen loggen/));
      const metric = form.getByRole('combobox', { name: 'Wat tel je?', exact: true });
      await metric.click();
      const offered = await page().getByRole('listbox').getByRole('option').allInnerTexts();
      expect(offered).toEqual(expect.arrayContaining(['Verwijzingen Welzijn op Recept', 'Meekijkconsulten']));
      await page().keyboard.press('Escape');
      const logged = await step(page(), 'journey-rd-count', logs, async () => {
        await chooseOption(page(), form, 'Wat tel je?', 'Verwijzingen Welzijn op Recept');
        await fillDate(form, 'Periode vanaf', facts.quarterStart);
        await fillDate(form, 'Periode tot en met', facts.today);
        await fillText(form, 'Aantal', '4');
        // Personal chat has no threads: the answer is the next card with this text (it replaces the form in place).
        const answer = /Aantal vastgelegd|Controleer deze velden/;
        const before = await countCards(page(), answer);
        await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
        return waitForCard(page(), answer, { after: before });
      });
      const text = await logged.innerText();
      expect(text).toMatch(/^Aantal vastgelegd/);
      expect(text).toContain('Verwijzingen Welzijn op Recept: 4');
      await screenshotAt(page(), logged, 'journey-9-rijn-en-duin-count');
      const status = await step(page(), 'journey-rd-status', logs, () =>
        askInPersonal(suite, 'status', new RegExp(`^Status ${RIJN_EN_DUIN}`)),
      );
      expect(await status.innerText()).toMatch(/Verwijzingen Welzijn op Recept, jaar 2 \([^)]*\): 4/);
    },
    SLOW_TEST_TIMEOUT_MS,
  );
}
