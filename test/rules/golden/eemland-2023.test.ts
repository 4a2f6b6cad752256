// Golden tests for eemland@2023 (seed 001, Regioplan MTVP Huisartsen Eemland).
import { describe, expect, it } from 'vitest';
import { lines, run, yr } from '../../fixtures/rules/plans.js';

// The published version as it was (pinned): the corrections of issue 9 are golden-tested in corrected-versions.test.ts.
const E = { region: 'eemland', startDate: '2023-07-01', ruleSetVersion: '2023' } as const;
const Y1 = yr(1, 'awp.triage-training', 'gg.positieve-gezondheid');
const Y2 = ['awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.mdo'];

describe('eemland@2023 (001)', () => {
  it('001 §4 table: a plan following the HE-MTVP model passes; a leidraad sn intervention is info only', () => {
    const result = run({ ...E, years: [Y1, yr(2, ...Y2, 'sn.welzijn-op-recept')] });
    expect(result).toMatchObject({ ok: true, ruleSet: 'eemland@2023' });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.year, f.intervention])).toEqual([
      ['no-rho-support', 'info', 'offer.sn.welzijn-op-recept.support', 2, 'sn.welzijn-op-recept'],
    ]);
    expect(result.findings[0]?.message).toContain('Huisartsen Eemland ondersteunt deze interventie niet');
  });

  it.each([
    ['awp', [yr(1, 'gg.positieve-gezondheid')], 'eemland.awp.min-year-1'],
    ['gg', [yr(1, 'awp.lean')], 'eemland.gg.min-year-1'],
  ])('001 §5: year 1 needs at least one %s intervention', (element, years, ruleId) => {
    expect(lines({ ...E, years })).toEqual([`min-count error ${ruleId} ${element} 1 -`]);
  });

  it.each(['upc.soh-opleiding', 'upc.poh-ouderen', 'upc.bbl-doktersassistent', 'upc.praktijkmanagement'])(
    '001 Bijlage B (ook in te zetten voor Taakherschikking): %s counts for the awp minimum of year 1',
    (id) => {
      expect(run({ ...E, years: [yr(1, id, 'gg.positieve-gezondheid')] })).toMatchObject({ ok: true, findings: [] });
    },
  );

  it('001 §4 table: year 2 needs at least one extra awp intervention', () => {
    const result = run({ ...E, years: [Y1, yr(2, 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.mdo', 'sn.wijkteam')] });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.ruleId, f.element, f.year])).toEqual([
      ['must-add', 'eemland.awp.add-year-2', 'awp', 2],
    ]);
  });

  it('001 §4 table ("Uitvoeren min. 1 extra interventie"): continuing the SOH-opleiding of year 1 is not an extra awp intervention', () => {
    const years = [
      yr(1, 'upc.soh-opleiding', 'gg.positieve-gezondheid'),
      yr(2, 'upc.soh-opleiding', 'gg.positieve-gezondheid', 'sn.mdo', 'sn.wijkteam'),
    ];
    expect(
      run({ ...E, years })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => [f.kind, f.ruleId, f.element, f.year]),
    ).toEqual([['must-add', 'eemland.awp.add-year-2', 'awp', 2]]);
  });

  it('001 §4 table: a new SOH-opleiding in year 2 is the extra awp intervention', () => {
    const years = [Y1, yr(2, 'awp.triage-training', 'upc.soh-opleiding', 'gg.positieve-gezondheid', 'sn.mdo', 'sn.wijkteam')];
    expect(run({ ...E, years }).ok).toBe(true);
  });

  it('001 §4 table: the gg choice of year 1 is developed further in year 2', () => {
    expect(
      lines({ ...E, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.praktijk-patient-regie', 'sn.mdo', 'sn.wijkteam')] }).filter(
        (l) => l.includes('error'),
      ),
    ).toEqual(['must-continue error eemland.gg.continue-year-2 gg 2 -']);
  });

  it('001 §4 table: sn year 2 needs two interventions', () => {
    const result = run({ ...E, years: [Y1, yr(2, ...Y2)] });
    expect(lines({ ...E, years: [Y1, yr(2, ...Y2)] })).toEqual(['min-count error eemland.sn.min-year-2 sn 2 -']);
    expect(result.findings[0]?.message).toBe('Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).');
  });

  it.each(['sn.welzijn-op-recept', 'sn.wijkteam', 'sn.meekijkconsult', 'sn.burgerinitiatieven'])(
    '001 §5 (interventies uit de Leidraad): %s is allowed without HE support and counts for the sn minimum',
    (id) => {
      const result = run({ ...E, years: [Y1, yr(2, ...Y2, id)] });
      expect(result.ok).toBe(true);
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.intervention])).toEqual([
        ['no-rho-support', 'info', `offer.${id}.support`, id],
      ]);
    },
  );

  it('001 §4 Dubbelfinanciering: an intervention already in TBHZ is excluded', () => {
    const result = run({
      ...E,
      otherFunding: [{ scheme: 'tbhz', intervention: 'awp.lean' }],
      years: [yr(1, 'awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid')],
    });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
      ['excluded', 'error', 'eemland.funding.no-double-funding', 'awp', 1, 'awp.lean'],
    ]);
    expect(result.findings[0]?.message).toContain('TBHZ');
    expect(result.findings[0]?.source).toMatch(/^001 §4 Dubbelfinanciering/);
  });

  it('001 §4 Dubbelfinanciering: with two TBHZ interventions, moving one to MTVP needs HE approval (warning, not an error)', () => {
    const otherFunding = [
      { scheme: 'tbhz', intervention: 'awp.lean' },
      { scheme: 'tbhz', intervention: 'awp.m365' },
    ];
    const result = run({ ...E, otherFunding, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid')] });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
      ['needs-approval', 'warning', 'eemland.funding.no-double-funding', 'awp', 1, 'awp.lean'],
    ]);
    expect(result.findings[0]?.message).toContain('vraag eerst akkoord aan Huisartsen Eemland');
  });

  it.each([
    ['zorgprogramma', 'gg.praktijk-patient-regie'],
    ['ict-programma', 'awp.m365'],
  ])('001 §4 Dubbelfinanciering: an intervention in the HE %s is excluded', (scheme, id) => {
    const result = run({ ...E, otherFunding: [{ scheme, intervention: id }], years: [yr(1, ...Y1.interventions.map((i) => i.id), id)] });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.intervention])).toEqual([['excluded', 'eemland.funding.no-double-funding', id]]);
  });

  it('001 §5: gg.solk-alk is not in the Eemland offer', () => {
    expect(lines({ ...E, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', 'gg.solk-alk')] })).toEqual([
      'not-offered error offer.gg.solk-alk gg 1 gg.solk-alk',
    ]);
  });
});
