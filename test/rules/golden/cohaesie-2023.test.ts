// Golden tests for cohaesie@2023 (seed 003, Regioplan MTVP Cohaesie).
import { describe, expect, it } from 'vitest';
import { lines, run, yr } from '../../fixtures/rules/plans.js';

// The published version as it was (pinned): the corrections of issue 9 are golden-tested in corrected-versions.test.ts.
const C = { region: 'cohaesie', startDate: '2023-07-01', ruleSetVersion: '2023' } as const;
const Y1 = yr(1, 'awp.triage-training', 'gg.positieve-gezondheid');
const Y2 = ['awp.triage-training', 'awp.taakherschikking', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'];

describe('cohaesie@2023 (003)', () => {
  it('003 §6.1: a plan following the growth model from the offer passes without findings', () => {
    expect(run({ ...C, years: [Y1, yr(2, ...Y2)] })).toMatchObject({ ok: true, ruleSet: 'cohaesie@2023', findings: [] });
  });

  it.each(['awp.triage-training', 'awp.beeldbellen', 'awp.lean'])('003 §6.2: %s from the year-1 offer meets the awp minimum', (id) => {
    expect(lines({ ...C, years: [yr(1, id, 'gg.solk-alk')] })).toEqual([]);
  });

  it('003 §6.1/§6.3: awp.ehealth alone in year 1 is allowed without support and does not count for the minimum from the offer', () => {
    const result = run({ ...C, years: [yr(1, 'awp.ehealth', 'gg.solk-alk')] });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention ?? '-'])).toEqual([
      ['min-count', 'error', 'cohaesie.awp.min-year-1', 'awp', 1, '-'],
      ['no-rho-support', 'info', 'offer.awp.ehealth.support', 'awp', 1, 'awp.ehealth'],
    ]);
    expect(result.findings[0]?.message).toBe(
      'Kies in jaar 1 minimaal één interventie uit Anders werken in de praktijk uit het aanbod van Cohaesie (nu 0).',
    );
    expect(result.findings[1]?.message).toContain('telt niet mee voor het minimum uit het aanbod');
  });

  it('003 §6.3 (outsideOfferedYears): taakherschikking in year 1 is allowed early, without support, and not counted', () => {
    const result = run({ ...C, years: [yr(1, 'awp.taakherschikking', 'gg.solk-alk')] });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.year, f.intervention ?? '-', f.source])).toEqual([
      ['min-count', 'error', 'cohaesie.awp.min-year-1', 1, '-', '003 §6.1 Landelijk afgesproken groeimodel'],
      ['no-rho-support', 'info', 'offer.awp.taakherschikking.support', 1, 'awp.taakherschikking', '003 §6.3 Individueel praktijkplan'],
    ]);
    expect(result.findings[1]?.message).toContain('vanaf jaar 2');
  });

  it.each(['awp.taakherschikking', 'awp.flexibele-consultduur', 'awp.regie-veelgebruikers'])(
    '003 §6.2 (vanaf jaar 2 zes interventies): %s is offered in year 2 and is the extra awp intervention',
    (id) => {
      expect(
        lines({ ...C, years: [Y1, yr(2, 'awp.triage-training', id, 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.mdo')] }),
      ).toEqual([]);
    },
  );

  it('003 §6.1: year 2 without an extra awp intervention from the offer is a must-add', () => {
    const years = [Y1, yr(2, 'awp.triage-training', 'awp.ehealth', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam')];
    expect(lines({ ...C, years })).toEqual([
      'must-add error cohaesie.awp.add-year-2 awp 2 -',
      'no-rho-support info offer.awp.ehealth.support awp 2 awp.ehealth',
    ]);
  });

  it('003 §6.2: the meekijkconsult is financed outside MTVP and cannot be chosen', () => {
    const result = run({ ...C, years: [Y1, yr(2, ...Y2, 'sn.meekijkconsult')] });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
      ['excluded', 'error', 'offer.sn.meekijkconsult.excluded', 'sn', 2, 'sn.meekijkconsult'],
    ]);
    expect(result.findings[0]?.message).toContain('buiten MTVP gefinancierd');
  });

  it.each(['gg.consultvoorbereidende-vragenlijsten', 'gg.intervisie-verwijsgedrag', 'gg.intervisie-diagnostiek'])(
    '003 §6.2: %s is offered from year 2 (no finding) and allowed early in year 1 (info)',
    (id) => {
      expect(lines({ ...C, years: [Y1, yr(2, ...Y2, id)] })).toEqual([]);
      expect(lines({ ...C, years: [yr(1, 'awp.lean', 'gg.solk-alk', id)] })).toEqual([
        `no-rho-support info offer.${id}.support gg 1 ${id}`,
      ]);
    },
  );

  it('003 §6.1: gg year 1 must come from the year-1 offer', () => {
    expect(lines({ ...C, years: [yr(1, 'awp.lean', 'gg.intervisie-diagnostiek')] })).toEqual([
      'min-count error cohaesie.gg.min-year-1 gg 1 -',
      'no-rho-support info offer.gg.intervisie-diagnostiek.support gg 1 gg.intervisie-diagnostiek',
    ]);
  });

  it('003 §6.1: the gg choice of year 1 is developed further in year 2', () => {
    expect(
      lines({ ...C, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.solk-alk', 'sn.welzijn-op-recept', 'sn.wijkteam')] }),
    ).toEqual(['must-continue error cohaesie.gg.continue-year-2 gg 2 -']);
  });

  it('003 §6.1: sn year 2 needs two interventions', () => {
    const result = run({ ...C, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept')] });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.element, f.year])).toEqual([['min-count', 'cohaesie.sn.min-year-2', 'sn', 2]]);
    expect(result.findings[0]?.message).toBe('Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).');
  });

  it('003 §6.2: upc.uitbreiding is not offered by Cohaesie but may be filled in by the practice (info)', () => {
    const result = run({ ...C, years: [yr(1, 'awp.lean', 'gg.solk-alk', 'upc.uitbreiding')] });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element])).toEqual([
      ['no-rho-support', 'info', 'offer.upc.uitbreiding.support', 'upc'],
    ]);
  });

  it('003 §6.2: an intervention outside the Cohaesie list is not offered', () => {
    expect(lines({ ...C, years: [yr(1, 'awp.lean', 'awp.m365', 'gg.solk-alk')] })).toEqual([
      'not-offered error offer.awp.m365 awp 1 awp.m365',
    ]);
  });
});
