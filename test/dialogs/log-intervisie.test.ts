import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../storage/memory/index.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { message, replies, startTestApp } from '../bot/support.js';
import { CARD_1, CARD_2, PRACTICE, allText, cardOf, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// FIXED_NOW is 15-03-2025; the practice started 01-01-2024, so this is programme year 2.
const SESSION = {
  verb: 'logIntervisie',
  cardId: CARD_1,
  date: '2025-03-10',
  minutes: '90',
  gpsPresent: '3',
  participants: '5',
  topic: 'Verwijzingen naar de fysiotherapeut',
  note: '',
};

describe('log intervisie', () => {
  it('shows the form with the practice GPs, a Dutch date placeholder and no card-side date limit (issue 13 §6)', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const card = JSON.stringify(cardOf(await h.say('log intervisie')));
    expect(card).toContain('Jullie praktijk heeft 3 huisartsen.');
    expect(card).toContain('"placeholder":"Kies een datum"');
    expect(card).toContain('"placeholder":"bijv. 90"');
    expect(card).toContain('"placeholder":"Optioneel, geen patiëntgegevens"');
    // A `max` on the Input.Date made Teams block Opslaan without a word for a date after it (2099): the bot checks.
    expect(card).not.toContain('"max"');
  });

  it('stores the session and confirms with the count against the region minimum', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit(SESSION));
    expect(text).toContain('Intervisie vastgelegd');
    expect(text).toContain('10-03-2025');
    expect(text).toMatch(/1 sessie dit programmajaar, minimaal \d+/);
    const stored = await h.stores.intervisie.list(PRACTICE.id);
    expect(stored).toMatchObject([{ date: '2025-03-10', minutes: 90, gpsPresent: 3, participants: 5, topic: SESSION.topic }]);
  });

  it('records which GPs attended (initials), so HOOG can count intervisie per GP', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.submit({ ...SESSION, gpsAttending: 'AB, CD ,EF' }))).toContain('Intervisie vastgelegd');
    expect(await h.stores.intervisie.list(PRACTICE.id)).toMatchObject([{ gpsPresent: 3, gpsAttending: ['AB', 'CD', 'EF'] }]);
  });

  it('refuses names that do not match the number of GPs present, naming the field, and stores nothing', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit({ ...SESSION, gpsAttending: 'AB, CD' }));
    expect(text).toContain('Welke huisartsen waren er: noem evenveel huisartsen als er aanwezig waren');
    expect(text).toContain('"value":"AB, CD"');
    expect(await h.stores.intervisie.list(PRACTICE.id)).toEqual([]);
  });

  it('records a double click once', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await h.submit(SESSION);
    await h.submit(SESSION);
    expect(await h.stores.intervisie.list(PRACTICE.id)).toHaveLength(1);
    await h.submit({ ...SESSION, cardId: CARD_2 });
    expect(await h.stores.intervisie.list(PRACTICE.id)).toHaveLength(2);
  });

  it('refuses patient data in the note and shows the form again without it, keeping the other values (issue 12 §4)', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit({ ...SESSION, note: 'mevr. met bsn 123 456 782 besproken' }));
    expect(text).toContain('lijkt op patiëntgegevens');
    expect(text).not.toContain('123 456 782');
    expect(text).toContain('Verwijzingen naar de fysiotherapeut');
    expect(await h.stores.intervisie.list(PRACTICE.id)).toEqual([]);
  });

  it('never confirms other values sent on a card already sent: it shows what was stored (issue 12 §3)', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await h.submit(SESSION);
    expect(allText(await h.submit(SESSION))).toContain('Intervisie vastgelegd');
    const text = allText(await h.submit({ ...SESSION, date: '2025-03-12', topic: 'Iets anders' }));
    expect(text).toContain('Dit formulier is al verstuurd');
    expect(text).toContain('de intervisie van 10-03-2025 (\\"Verwijzingen naar de fysiotherapeut\\")');
    expect(text).not.toContain('Intervisie vastgelegd');
    expect((await h.stores.intervisie.list(PRACTICE.id)).map((s) => [s.date, s.topic])).toEqual([
      ['2025-03-10', 'Verwijzingen naar de fysiotherapeut'],
    ]);
  });

  it.each([
    ['a date in the future', { date: '2025-03-16' }, 'Datum: ligt in de toekomst'],
    ['a date in 2099 (issue 13 §6)', { date: '2099-03-10' }, 'Datum: ligt in de toekomst; vul de datum in waarop de intervisie was.'],
    ['a date before the MTVP start', { date: '2023-12-31' }, 'Datum: ligt vóór de MTVP-start van de praktijk (01-01-2024)'],
    ['too short', { minutes: '20' }, 'Duur'],
    ['too long', { minutes: '481' }, 'Duur'],
    ['more GPs than the practice has', { gpsPresent: '4', participants: '6' }, 'Aanwezige huisartsen: meer dan de 3 huisartsen'],
    ['a BSN in the topic', { topic: 'Casus 111222333 besproken' }, 'Onderwerp'],
    ['a date of birth in the note', { note: 'patiënt geb. 01-02-1950' }, 'Notitie'],
  ])('refuses %s with the form again, naming the field, and stores nothing', async (_name, change, expected) => {
    h = await startHarness();
    await seedPractice(h.stores);
    const rs = await h.submit({ ...SESSION, ...change });
    const text = allText(rs);
    expect(text).toContain(expected);
    expect(text).toContain('Intervisie loggen');
    expect(JSON.stringify(cardOf(rs))).toContain(`"value":"${'minutes' in change ? change.minutes : '90'}"`);
    expect(await h.stores.intervisie.list(PRACTICE.id)).toEqual([]);
  });

  it('answers in English for an English client', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const text = allText(await h.submit(SESSION, { locale: 'en-GB' }));
    expect(text).not.toContain('Intervisie vastgelegd');
    expect(text).toContain('10-03-2025');
  });

  it('lets a storage fault reach the bot, which answers in Dutch with a code', async () => {
    let down = false;
    const stores = createMemoryStores({ failWith: () => (down ? new StorageUnavailableError('test') : undefined) });
    await seedPractice(stores);
    const app = await startTestApp({}, { stores });
    try {
      down = true;
      const rs = await replies(
        app,
        message('log intervisie', {
          channel: true,
          extra: {
            entities: [{ type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: '28:mtvp-bot', name: 'MTVP-assistent' } }],
          },
        }),
      );
      expect(allText(rs)).toMatch(/Opslaan of ophalen lukte niet.*code [A-Z2-7]{6}/);
    } finally {
      await app.close();
    }
  });
});
