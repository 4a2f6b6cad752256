// Transcripts of the reminders feature (issue 11 §3): "herinnering" shows the card now, "herinneringen" its settings;
// a manager changes day, hour and frequency, snoozes or turns off a reason and turns it on again, each confirmed in
// Dutch with how to undo it; a member is refused and nothing changes; a double click records once.
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT } from '../../dialogs/shared/ids.js';
import { CARD_1, CARD_2, CARD_3, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

const ANNE = '00000000-0000-0000-0000-0000000000a1';
const JAN = '00000000-0000-0000-0000-0000000000a2';
const AS_JAN = { extra: { from: { id: '29:user-2', name: 'Jan Bakker', aadObjectId: JAN } } };
// Monday 30 November 2026, 10:00 in Amsterdam.
const NOW = new Date('2026-11-30T09:00:00Z');

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(): Promise<Harness> {
  h = await startHarness(NOW);
  await seedPractice(h.stores, { managers: [{ id: ANNE, name: 'Anne de Vries' }] });
  return h;
}

const settings = async (x: Harness) => (await x.stores.practices.get(PRACTICE.id))?.value.reminders;
const changes = async (x: Harness) => (await x.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.remindersChanged);

describe('herinnering: the reminder card on demand', () => {
  it('shows the bundled card with its sections and buttons', async () => {
    const x = await start();
    const text = allText(await x.say('herinnering'));
    expect(text).toContain('Herinnering voor Huisartsenpraktijk De Linde');
    expect(text).toContain('Dit vraagt aandacht (stand op 30-11-2026):');
    expect(text).toContain('Er is nog geen plan opgeslagen; kies de interventies voor programmajaar 3.');
    expect(text).toContain('Interventies kiezen jaar 3');
    expect(text).toContain('Later herinneren');
  });

  it('says all is on track when there is nothing to remind of', async () => {
    h = await startHarness(NOW);
    await seedPractice(h.stores, { startDate: '2027-04-01' });
    expect(allText(await h.say('herinnering'))).toContain('Alles is op koers: er is nu niets om aan te herinneren.');
  });
});

describe('herinneringen: settings', () => {
  it('a manager sees the default and saves another day, hour and frequency (ETag save, audited)', async () => {
    const x = await start();
    const shown = allText(await x.say('herinneringen'));
    expect(shown).toContain('Herinneringen voor Huisartsenpraktijk De Linde');
    expect(shown).toContain('Nu: wekelijks op maandag om 9:00.');
    const saved = await x.execute({ verb: 'saveReminderSettings', cardId: CARD_1, frequency: 'two-weekly', weekday: '3', hour: '14' });
    expect(JSON.stringify(saved.card)).toContain('Opgeslagen: om de week op woensdag om 14:00. Terugzetten kan op deze kaart.');
    expect(await settings(x)).toMatchObject({ frequency: 'two-weekly', weekday: 3, hour: 14 });
    expect((await changes(x)).map((e) => [e.actor, e.detail?.['frequency']])).toEqual([[ANNE, 'two-weekly']]);
  });

  it('an hour outside working hours is refused with the field named', async () => {
    const x = await start();
    const r = await x.execute({ verb: 'saveReminderSettings', cardId: CARD_1, frequency: 'weekly', weekday: '1', hour: '22' });
    expect(JSON.stringify(r.card)).toContain('Uur');
    expect(await settings(x)).toBeUndefined();
  });

  it('a member sees the settings read-only and is refused when saving; nothing written but the refusal', async () => {
    const x = await start();
    expect(allText(await x.say('herinneringen', AS_JAN))).toContain('Alleen een beheerder kan dit aanpassen.');
    const refused = allText(await x.submit({ verb: 'snoozeReminder', cardId: CARD_1, reason: 'counts' }, AS_JAN));
    expect(refused).toContain('Dit mag alleen een beheerder van de praktijk');
    expect(refused).toContain('Anne de Vries');
    expect(await settings(x)).toBeUndefined();
    expect(await changes(x)).toEqual([]);
  });
});

describe('Later herinneren, Uitzetten, Weer aanzetten', () => {
  it('snooze: 7 days, confirmed with how to undo; a double click records once', async () => {
    const x = await start();
    const first = allText(await x.submit({ verb: 'snoozeReminder', cardId: CARD_1, reason: 'counts' }));
    expect(first).toContain('Aantallen: tot 07-12-2026 geen herinnering hierover.');
    expect(first).toMatch(/Ongedaan maken: typ \\?"herinneringen\\?" en kies \\?"Weer aanzetten\\?" bij Aantallen/);
    const again = allText(await x.submit({ verb: 'snoozeReminder', cardId: CARD_1, reason: 'counts' }));
    expect(again).toContain('Aantallen: tot 07-12-2026 geen herinnering hierover.');
    expect((await settings(x))?.snoozed).toEqual({ counts: '2026-12-07' });
    expect(await changes(x)).toHaveLength(1);
  });

  it('off, then on again from the settings card', async () => {
    const x = await start();
    const off = allText(await x.submit({ verb: 'turnOffReminder', cardId: CARD_1, reason: 'nextYear' }));
    expect(off).toContain('Keuze van het programmajaar: uitgezet, er komen geen herinneringen meer over.');
    expect((await settings(x))?.off).toEqual(['nextYear']);
    expect(allText(await x.say('herinnering'))).not.toContain('Interventies kiezen jaar 3');
    const card = allText(await x.say('herinneringen'));
    expect(card).toContain('Keuze van het programmajaar: uitgezet');
    expect(card).toContain('Weer aanzetten');
    const on = await x.execute({ verb: 'turnOnReminder', cardId: CARD_2, reason: 'nextYear' });
    expect(JSON.stringify(on.card)).toContain('Keuze van het programmajaar: staat weer aan.');
    expect((await settings(x))?.off).toEqual([]);
    const twice = await x.execute({ verb: 'turnOnReminder', cardId: CARD_3, reason: 'nextYear' });
    expect(JSON.stringify(twice.card)).toContain('staat weer aan');
    expect(await changes(x)).toHaveLength(2);
  });
});
