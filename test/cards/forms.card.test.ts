import { describe, expect, it } from 'vitest';
import { parseAction as parseSubmit } from '../../dialogs/features.js';
import { findingsTemplate, findingsView, renderFindingsCard } from '../../cards/findings.card.js';
import { linkConsultantTemplate, linkConsultantView } from '../../cards/link-consultant.card.js';
import { linkPracticeTemplate, linkPracticeView, quarterTitle } from '../../cards/link-practice.card.js';
import { CARD_ID, NASTY, expectValidCard, inputValue, submitActions, texts } from './card-checks.js';
import { FINDINGS, QUARTERS, manyFindings } from './fixtures.js';

describe('findings card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(
      findingsTemplate.expand(findingsView({ locale, cardId: CARD_ID, verdict: { ok: false, ruleSet: 'hoog@2024' }, findings: FINDINGS })),
    );
    const text = texts(card);
    expect(text).toContain(
      locale === 'nl'
        ? 'voldoet nog niet aan de regels van Interventiehandboek HOOG 2024'
        : 'does not yet meet the rules of HOOG intervention handbook 2024',
    );
    expect(text).toContain(locale === 'nl' ? 'Bron: Interventiehandboek HOOG 2024, 3.2' : 'Source: HOOG intervention handbook 2024, 3.2');
    expect(text.indexOf('minimaal twee')).toBeLessThan(text.indexOf('verrijkingsworkshop'));
  });

  it('says there are no findings', () => {
    expect(texts(renderFindingsCard({ cardId: CARD_ID, verdict: { ok: true, ruleSet: 'eemland@2023' }, findings: [] }))).toContain(
      'Geen bevindingen.',
    );
  });

  it('stays under 80 KB with 20 findings', () => {
    expectValidCard(findingsTemplate.expand(findingsView({ cardId: CARD_ID, findings: manyFindings(20) })));
  });
});

describe('link-practice card', () => {
  const data = { cardId: CARD_ID, quarters: QUARTERS };

  it.each(['nl', 'en'] as const)('renders the empty form valid in %s', (locale) => {
    const card = expectValidCard(linkPracticeTemplate.expand(linkPracticeView({ ...data, locale })));
    const text = texts(card);
    expect(text).toContain(locale === 'nl' ? 'Praktijk koppelen' : 'Link practice');
    expect(text).toContain('Rijn en Duin');
    expect(text).toContain('Q3 2023');
    expect(text).toContain(locale === 'nl' ? 'TBHZ: Zelfmetingen' : 'TBHZ: Home measurements');
    expect(inputValue(card, 'subregion')).toBe('geen');
  });

  it('prefills for editing and keeps entered values next to the errors', () => {
    const values = {
      name: NASTY,
      agb: '1234',
      region: 'hoog',
      subregion: 'zutphen',
      startQuarter: '2023-07-01',
      normpraktijken: '1,2',
      gps: 3,
      firstInterventionStart: '2024-02-01',
      funding: ['tbhz:zelfmetingen', 'subsidie'],
    };
    const r = parseSubmit({ verb: 'linkPractice', cardId: CARD_ID, ...values, funding: values.funding.join(',') });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    const card = expectValidCard(linkPracticeTemplate.expand(linkPracticeView({ ...data, mode: 'edit', values, errors })), {
      allowDollarBrace: true,
    });
    expect(texts(card)).toContain('Controleer deze velden:');
    expect(texts(card)).toContain('AGB-code: vul 8 cijfers in.');
    expect(inputValue(card, 'name')).toBe(NASTY);
    expect(inputValue(card, 'agb')).toBe('1234');
    expect(inputValue(card, 'gps')).toBe('3');
    expect(inputValue(card, 'funding')).toBe('tbhz:zelfmetingen,subsidie');
    expect(inputValue(card, 'firstInterventionStart')).toBe('2024-02-01');
    expect(submitActions(card).map((a) => a.title)).toEqual(['Wijzigingen opslaan', 'Stoppen']);
  });

  it('quarter titles', () => {
    expect(QUARTERS.map(quarterTitle)).toEqual(['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023', 'Q1 2024', 'Q2 2024']);
  });

  it('refuses a quarter that does not start a quarter', () => {
    expect(() => linkPracticeView({ ...data, quarters: ['2023-08-01'] })).toThrow();
  });
});

describe('link-consultant card', () => {
  it.each(['nl', 'en'] as const)('renders valid in %s', (locale) => {
    const card = expectValidCard(
      linkConsultantTemplate.expand(linkConsultantView({ locale, cardId: CARD_ID, region: 'cohaesie', errors: [] })),
    );
    expect(inputValue(card, 'region')).toBe('cohaesie');
    expect(texts(card)).toContain(locale === 'nl' ? 'RHO-kanaal koppelen' : 'Link RHO channel');
  });
});
