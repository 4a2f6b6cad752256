// Golden tests for hoog@2023 (seed 002, Regioplan MTVDP 2023, Bijlage 2).
import { describe, expect, it } from 'vitest';
import { lines, run, yr } from '../../fixtures/rules/plans.js';

// The published version as it was (pinned): the corrections of issue 9 are golden-tested in corrected-versions.test.ts.
const H = { region: 'hoog', startDate: '2023-07-01', ruleSetVersion: '2023' } as const;
const Y1 = yr(1, 'awp.triage-training', 'gg.positieve-gezondheid');
const Y2 = ['awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.meekijkconsult'];

describe('hoog@2023 (002)', () => {
  it('002 Bijlage 2: a plan with the meekijkconsult (offered in 2023) passes without findings', () => {
    expect(run({ ...H, years: [Y1, yr(2, ...Y2)] })).toMatchObject({ ok: true, ruleSet: 'hoog@2023', findings: [] });
  });

  it('002 Bijlage 2: the MDO is allowed without HOOG support (not excluded as in 2024)', () => {
    const result = run({ ...H, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', 'sn.mdo')] });
    expect(result.ok).toBe(true);
    expect(lines({ ...H, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', 'sn.mdo')] })).toEqual([
      'no-rho-support info offer.sn.mdo.support sn 1 sn.mdo',
    ]);
    expect(result.findings[0]?.source).toBe('002 §Bijlage 2');
  });

  it('002 Bijlage 2: year 2 asks one extra awp intervention, not that the year-1 one continues', () => {
    expect(lines({ ...H, years: [Y1, yr(2, 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam')] })).toEqual([]);
  });

  it('002 Bijlage 2: year 2 without an extra awp intervention is a must-add', () => {
    const result = run({
      ...H,
      years: [Y1, yr(2, 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam')],
    });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year])).toEqual([
      ['must-add', 'error', 'hoog.awp.add-year-2', 'awp', 2],
    ]);
    expect(result.findings.some((f) => f.kind === 'must-continue')).toBe(false);
  });

  it.each([
    ['awp', [yr(1, 'gg.positieve-gezondheid')], 'hoog.awp.min-year-1'],
    ['gg', [yr(1, 'awp.lean')], 'hoog.gg.min-year-1'],
  ])('002 Bijlage 2: %s year 1 needs at least one intervention', (element, years, ruleId) => {
    expect(lines({ ...H, years })).toEqual([`min-count error ${ruleId} ${element} 1 -`]);
  });

  it('002 Bijlage 2: the gg intervention of year 1 is developed further in year 2', () => {
    expect(lines({ ...H, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'sn.welzijn-op-recept', 'sn.wijkteam')] })).toEqual([
      'must-continue error hoog.gg.continue-year-2 gg 2 -',
    ]);
  });

  it('002 Bijlage 2: sn year 2 needs two interventions', () => {
    const result = run({ ...H, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.meekijkconsult')] });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.element, f.year])).toEqual([['min-count', 'hoog.sn.min-year-2', 'sn', 2]]);
    expect(result.findings[0]?.message).toBe('Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).');
  });

  it.each(['awp.time-out-verwijzingen', 'awp.3-gesprekken', 'sn.burgerinitiatieven'])(
    '002 Bijlage 2: %s is allowed without HOOG support',
    (id) => {
      expect(lines({ ...H, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', id)] })).toEqual([
        `no-rho-support info offer.${id}.support ${id.split('.')[0] ?? ''} 1 ${id}`,
      ]);
    },
  );

  it.each(['apeldoorn', 'zutphen', 'oost-achterhoek'])(
    '002 §1.4: TBHZ zelfmetingen excludes awp.ehealth in %s (no double funding)',
    (subregion) => {
      const result = run({
        ...H,
        subregion,
        otherFunding: [{ scheme: 'tbhz', project: 'zelfmetingen' }],
        years: [yr(1, 'awp.lean', 'awp.ehealth', 'gg.positieve-gezondheid')],
      });
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.intervention, f.source])).toEqual([
        ['excluded', 'error', 'hoog.funding.no-double-funding', 'awp.ehealth', '002 §1.4 Randvoorwaarden'],
      ]);
    },
  );

  it('000 §3.2: the verrijkingsworkshop without the basistraining is a prerequisite warning', () => {
    const result = run({ ...H, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid-verrijking')] });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId])).toEqual([
      ['prerequisite', 'warning', 'hoog.prerequisite.pg-verrijking'],
    ]);
  });

  it('002 Bijlage 2: an intervention outside the HOOG table is not offered', () => {
    expect(lines({ ...H, years: [yr(1, 'awp.m365', 'awp.lean', 'gg.positieve-gezondheid')] })).toEqual([
      'not-offered error offer.awp.m365 awp 1 awp.m365',
    ]);
  });

  it.each([
    ['2023-12-31', undefined, 'hoog@2023.1'],
    ['2023-04-01', undefined, 'hoog@2023.1'],
    ['2024-06-01', '2023', 'hoog@2023'],
  ])('002 / RULES.md §6: start %s (version %s) checks against %s', (startDate, ruleSetVersion, id) => {
    expect(run({ region: 'hoog', startDate, ruleSetVersion, years: [Y1] }).ruleSet).toBe(id);
  });
});
