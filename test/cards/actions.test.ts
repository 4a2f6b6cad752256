import { describe, expect, it } from 'vitest';
import { justificationInputId } from '../../cards/actions.js';
import { VERBS } from '../../cards/verbs.js';
import { parseAction as parseSubmit } from '../../dialogs/features.js';
import { CARD_ID } from './card-checks.js';
import { advice, choose, count, intervisie, link, VALID } from '../support/payloads.js';

function errorsOf(value: Record<string, unknown>, locale: 'nl' | 'en' = 'nl') {
  const r = parseSubmit(value, locale);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(value)}`);
  return r.errors;
}

describe('parseSubmit: valid payloads', () => {
  it('has a valid fixture for every verb', () => {
    expect(Object.keys(VALID).sort()).toEqual([...VERBS].sort());
  });

  it.each(VERBS.map((v) => [v]))('accepts %s', (verb) => {
    const r = parseSubmit(VALID[verb]);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (r.ok) expect(r.action.verb).toBe(verb);
  });

  it('coerces the link form', () => {
    const r = parseSubmit(link);
    expect(r.ok && r.action).toEqual({
      verb: 'linkPractice',
      cardId: CARD_ID,
      name: 'Huisartsenpraktijk De Linde',
      agb: '01234567',
      region: 'hoog',
      subregion: 'zutphen',
      startQuarter: '2023-07-01',
      normpraktijken: 1.2,
      gps: 3,
      firstInterventionStart: '2024-02-01',
      funding: [
        { scheme: 'tbhz', project: 'zelfmetingen' },
        { scheme: 'regioprestatie', project: 'beeldbellen' },
        { scheme: 'tbhz', intervention: 'awp.lean' },
        { scheme: 'subsidie' },
      ],
    });
  });

  it('treats "geen" subregion, empty funding and an empty optional date as absent', () => {
    const r = parseSubmit({ ...link, subregion: 'geen', funding: '', firstInterventionStart: '', normpraktijken: '0.8' });
    expect(
      r.ok &&
        r.action.verb === 'linkPractice' && [
          r.action.subregion,
          r.action.funding,
          r.action.firstInterventionStart,
          r.action.normpraktijken,
        ],
    ).toEqual([undefined, [], undefined, 0.8]);
  });

  it('coerces intervisie, counts, choices and advice answers', () => {
    const i = parseSubmit(intervisie);
    expect(i.ok && i.action).toEqual({
      verb: 'logIntervisie',
      cardId: CARD_ID,
      date: '2025-03-15',
      minutes: 90,
      gpsPresent: 3,
      participants: 7,
      topic: 'Verwijzen naar de GGZ',
      note: undefined,
    });
    const c = parseSubmit(count);
    expect(c.ok && c.action).toMatchObject({ from: '2025-01-01', to: '2025-03-31', value: 12 });
    const ch = parseSubmit(choose);
    expect(ch.ok && ch.action).toMatchObject({
      year: 3,
      selected: ['awp.lean', 'awp.beeldbellen'],
      justifications: { 'awp.lean': 'Tweede team volgt de Lean-training.' },
    });
    const none = parseSubmit({ ...choose, selected: '' });
    expect(none.ok && none.action).toMatchObject({ selected: [] });
    const a = parseSubmit(advice);
    expect(a.ok && a.action).toMatchObject({ pressure: ['telefoon-balie', 'sociaal'], question: undefined });
  });
});

describe('parseSubmit: each bad field gives a message naming it', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['empty name', { ...link, name: '  ' }, 'name', 'Naam praktijk: vul dit in.'],
    ['short AGB', { ...link, agb: '1234567' }, 'agb', 'AGB-code: vul 8 cijfers in.'],
    ['letters in AGB', { ...link, agb: '1234567a' }, 'agb', 'AGB-code: vul 8 cijfers in.'],
    ['unknown region', { ...link, region: 'utrecht' }, 'region', 'Regio: kies een waarde uit de lijst.'],
    ['subregion of another region', { ...link, region: 'eemland' }, 'subregion', 'Subregio: kies een waarde uit de lijst.'],
    ['mid-quarter start', { ...link, startQuarter: '2023-08-01' }, 'startQuarter', 'Startkwartaal MTVP: kies een kwartaal uit de lijst.'],
    [
      'normpraktijken 0',
      { ...link, normpraktijken: '0' },
      'normpraktijken',
      'Normpraktijken: vul een getal tussen 0,1 en 10 in (bijv. 1,2).',
    ],
    [
      'normpraktijken 12',
      { ...link, normpraktijken: '12' },
      'normpraktijken',
      'Normpraktijken: vul een getal tussen 0,1 en 10 in (bijv. 1,2).',
    ],
    [
      'normpraktijken text',
      { ...link, normpraktijken: 'een' },
      'normpraktijken',
      'Normpraktijken: vul een getal tussen 0,1 en 10 in (bijv. 1,2).',
    ],
    ['gps 0', { ...link, gps: '0' }, 'gps', 'Aantal huisartsen: vul een heel getal tussen 1 en 50 in.'],
    [
      'bad first start',
      { ...link, firstInterventionStart: '31-02-2024' },
      'firstInterventionStart',
      'Start eerste interventie: vul een bestaande datum in als dd-mm-jjjj.',
    ],
    ['unknown funding', { ...link, funding: 'tbhz:iets' }, 'funding', 'Financiering elders: kies een waarde uit de lijst.'],
    ['missing date', { ...intervisie, date: '' }, 'date', 'Datum: vul dit in.'],
    ['bad date', { ...intervisie, date: '2025-13-01' }, 'date', 'Datum: vul een bestaande datum in als dd-mm-jjjj.'],
    ['minutes 20', { ...intervisie, minutes: '20' }, 'minutes', 'Duur (minuten): vul een heel aantal minuten tussen 30 en 480 in.'],
    ['minutes 500', { ...intervisie, minutes: '500' }, 'minutes', 'Duur (minuten): vul een heel aantal minuten tussen 30 en 480 in.'],
    ['minutes 90.5', { ...intervisie, minutes: '90.5' }, 'minutes', 'Duur (minuten): vul een heel aantal minuten tussen 30 en 480 in.'],
    ['gps present -1', { ...intervisie, gpsPresent: '-1' }, 'gpsPresent', 'Aanwezige huisartsen: vul een heel getal van 0 of meer in.'],
    [
      'fewer participants than GPs',
      { ...intervisie, participants: '2' },
      'participants',
      'Deelnemers: vul een heel getal van 1 tot 100 in, minstens het aantal aanwezige huisartsen.',
    ],
    ['empty topic', { ...intervisie, topic: '' }, 'topic', 'Onderwerp: vul dit in.'],
    ['BSN in topic', { ...intervisie, topic: 'Casus 111222333' }, 'topic', 'Onderwerp: dit lijkt op patiëntgegevens'],
    ['birth date in note', { ...intervisie, note: 'mevr. geb. 12-03-1956' }, 'note', 'Notitie: dit lijkt op patiëntgegevens'],
    ['unknown metric', { ...count, metric: 'pizza' }, 'metric', 'Wat tel je: kies een waarde uit de lijst.'],
    ['period backwards', { ...count, to: '2024-12-31' }, 'to', 'Periode tot en met: de einddatum ligt vóór de begindatum.'],
    ['negative count', { ...count, value: '-3' }, 'value', 'Aantal: vul een heel getal van 0 tot 100.000 in.'],
    ['huge count', { ...count, value: '1000001' }, 'value', 'Aantal: vul een heel getal van 0 tot 100.000 in.'],
    ['unknown intervention', { ...choose, selected: 'awp.lean,awp.pizza' }, 'selected', 'Interventies: onbekende interventie.'],
    [
      'BSN in justification',
      { ...choose, [justificationInputId('awp.lean')]: 'bsn 111222333' },
      'justification:awp.lean',
      'Onderbouwing verdieping (awp.lean): dit lijkt op patiëntgegevens',
    ],
    ['bad year', { ...choose, year: '0' }, 'year', 'Programmajaar: vul een programmajaar van 1 tot 10 in.'],
    ['no pressure chosen', { ...advice, pressure: '' }, 'pressure', 'Waar zit de druk: vul dit in.'],
    ['unknown team size', { ...advice, teamSize: 'xl' }, 'teamSize', 'Teamgrootte: kies een waarde uit de lijst.'],
    ['unknown suggestion', { ...VALID.addSuggestion, id: 'x.y' }, 'id', 'Interventie: onbekende interventie.'],
    ['RHO region missing', { ...VALID.linkConsultantChannel, region: '' }, 'region', 'Regio: vul dit in.'],
    ['no practice picked', { ...VALID.selectPractice, practiceId: '' }, 'practiceId', 'Praktijk: vul dit in.'],
    [
      'practice id not an AGB code',
      { ...VALID.selectPractice, practiceId: '123' },
      'practiceId',
      'Praktijk: kies een waarde uit de lijst.',
    ],
    ['bad card id', { ...VALID.help, cardId: 'abc' }, 'cardId', 'Kaart: deze waarde klopt niet.'],
  ];

  it.each(cases)('%s', (_name, value, field, message) => {
    const errors = errorsOf(value);
    const hit = errors.find((e) => e.field === field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message.startsWith(message)).toBe(true);
  });

  it('reports every bad field at once, once per field', () => {
    const r = parseSubmit({ ...intervisie, minutes: 'x', topic: '', date: 'gisteren' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field).sort()).toEqual(['date', 'minutes', 'topic']);
  });

  it('gives English messages for locale en', () => {
    expect(errorsOf({ ...link, agb: '12' }, 'en')).toEqual([{ field: 'agb', message: 'AGB code: enter 8 digits.' }]);
  });

  it.each([[undefined], [null], ['x'], [{ verb: 'deleteEverything', cardId: CARD_ID }], [{ cardId: CARD_ID }]])(
    'refuses %j as an unknown button',
    (value) => {
      const r = parseSubmit(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([{ field: 'verb', message: 'Actie: deze knop ken ik niet (meer).' }]);
    },
  );
});
