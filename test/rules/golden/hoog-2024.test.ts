// Golden tests for hoog@2024 (seed 000, the HOOG interventiehandboek).
import { describe, expect, it } from 'vitest';
import { resolveRuleSet, UnknownRuleSetError } from '../../../rules/engine.js';
import { lines, only, run, yr } from '../../fixtures/rules/plans.js';

// The published version as it was (pinned): the corrections of issue 9 are golden-tested in corrected-versions.test.ts.
const H = { region: 'hoog', startDate: '2024-02-01', ruleSetVersion: '2024' } as const;
const Y1 = yr(1, 'awp.triage-training', 'gg.positieve-gezondheid');
const Y2 = yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam');

describe('hoog@2024 (000)', () => {
  it('000 Ondersteuning HOOG: a plan following the growth model passes without findings', () => {
    const result = run({ ...H, years: [Y1, Y2] });
    expect(result).toMatchObject({ ok: true, ruleSet: 'hoog@2024', findings: [] });
  });

  it('000 Ondersteuning HOOG: sn year 2 needs two interventions (RULES.md §6 example text)', () => {
    const result = run({ ...H, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept')] });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year])).toEqual([
      ['min-count', 'error', 'hoog.sn.min-year-2', 'sn', 2],
    ]);
    expect(result.findings[0]?.message).toBe('Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).');
    expect(result.findings[0]?.source).toMatch(/^000 §Ondersteuning HOOG/);
  });

  it('000 Ondersteuning HOOG: awp year 1 needs at least one intervention', () => {
    const result = run({ ...H, years: [yr(1, 'gg.positieve-gezondheid')] });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.element, f.year])).toEqual([['min-count', 'hoog.awp.min-year-1', 'awp', 1]]);
    expect(result.findings[0]?.message).toBe('Kies in jaar 1 minimaal één interventie uit Anders werken in de praktijk (nu 0).');
  });

  it('000 Ondersteuning HOOG: the year-1 awp intervention continues in year 2', () => {
    expect(lines({ ...H, years: [Y1, yr(2, 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam')] })).toEqual([
      'must-continue error hoog.awp.continue-year-2 awp 2 -',
    ]);
  });

  it('000 Ondersteuning HOOG: year 2 adds one extra awp intervention', () => {
    const result = run({
      ...H,
      years: [Y1, yr(2, 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam')],
    });
    expect(result.findings.map((f) => `${f.kind} ${f.ruleId} ${f.year}`)).toEqual(['must-add hoog.awp.add-year-2 2']);
    expect(result.findings[0]?.message).toContain('Voeg in jaar 2 minstens één nieuwe interventie toe uit Anders werken in de praktijk');
  });

  it('000 Ondersteuning HOOG: gg year 1 needs at least one intervention', () => {
    expect(lines({ ...H, years: [yr(1, 'awp.lean')] })).toEqual(['min-count error hoog.gg.min-year-1 gg 1 -']);
  });

  it.each([
    [
      'dropped',
      'gg.oplossingsgericht',
      [
        'must-continue error hoog.gg.continue-year-2 gg 2 -',
        'prerequisite warning hoog.prerequisite.oplossingsgericht gg 2 gg.oplossingsgericht',
      ],
    ],
    ['developed with the verrijkingsworkshop', 'gg.positieve-gezondheid-verrijking', []],
  ])('000 Ondersteuning HOOG / §3.2: the gg choice of year 1 is developed in year 2 (%s)', (_label, gg, expected) => {
    expect(lines({ ...H, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', gg, 'sn.welzijn-op-recept', 'sn.wijkteam')] })).toEqual(
      expected,
    );
  });

  it.each([
    ['sn.meekijkconsult', 'dubbele financiering'],
    ['sn.mdo', 'onderdeel van Samenwerking met wijkteam'],
  ])('000 Ondersteuning HOOG: %s cannot be chosen', (id, text) => {
    const found = only({ ...H, years: [Y1, yr(2, ...Y2.interventions.map((i) => i.id), id)] }, 'excluded');
    expect(found.map((f) => [f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
      ['error', `offer.${id}.excluded`, 'sn', 2, id],
    ]);
    expect(found[0]?.message).toContain(text);
  });

  it.each(['awp.time-out-verwijzingen', 'awp.3-gesprekken', 'sn.burgerinitiatieven'])(
    '000 Ondersteuning HOOG: %s is allowed on own initiative without HOOG support',
    (id) => {
      const result = run({ ...H, years: [yr(1, ...Y1.interventions.map((i) => i.id), id)] });
      expect(result.ok).toBe(true);
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.year, f.intervention])).toEqual([
        ['no-rho-support', 'info', `offer.${id}.support`, 1, id],
      ]);
      expect(result.findings[0]?.message).toContain('HOOG ondersteunt deze interventie niet');
    },
  );

  it.each([
    ['2.7', 'oost-achterhoek', 'regioprestatie', 'beeldbellen', 'awp.beeldbellen', 'hoog.funding.oost-achterhoek-beeldbellen'],
    ['2.8', 'zutphen', 'tbhz', 'zelfmetingen', 'awp.ehealth', 'hoog.funding.tbhz-ehealth'],
    ['2.8', 'apeldoorn', 'tbhz', 'online-spreekuur', 'awp.ehealth', 'hoog.funding.tbhz-ehealth'],
  ])('000 §%s: %s + %s %s excludes the intervention', (section, subregion, scheme, project, id, ruleId) => {
    const result = run({ ...H, subregion, otherFunding: [{ scheme, project }], years: [yr(1, 'awp.lean', id, 'gg.positieve-gezondheid')] });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.intervention])).toEqual([['excluded', 'error', ruleId, id]]);
    expect(result.findings[0]?.source).toMatch(new RegExp(`^000 §${section.replace('.', '\\.')}`));
    expect(result.ok).toBe(false);
  });

  it('000 §2.8: Zutphen + TBHZ zelfmetingen leaves every other awp intervention alone', () => {
    expect(lines({ ...H, subregion: 'zutphen', otherFunding: [{ scheme: 'tbhz', project: 'zelfmetingen' }], years: [Y1] })).toEqual([]);
  });

  it('002 §1.4: otherFunding naming an intervention excludes that intervention', () => {
    const result = run({
      ...H,
      otherFunding: [{ scheme: 'subsidie', intervention: 'awp.lean' }],
      years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid')],
    });
    expect(result.findings.map(line0)).toEqual(['min-count hoog.awp.min-year-1 1 -', 'excluded hoog.funding.no-double-funding 1 awp.lean']);
    expect(result.findings[1]?.message).toContain('elders gefinancierd (Subsidie)');
  });

  it.each([
    [
      'verrijking without the basistraining',
      [yr(1, 'awp.lean', 'gg.positieve-gezondheid-verrijking')],
      ['prerequisite warning hoog.prerequisite.pg-verrijking gg 1 gg.positieve-gezondheid-verrijking'],
    ],
    [
      'verrijking after the basistraining in year 1',
      [
        yr(1, 'awp.lean', 'gg.positieve-gezondheid'),
        yr(2, 'awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid-verrijking', 'sn.wijkteam', 'sn.welzijn-op-recept'),
      ],
      [],
    ],
    [
      'oplossingsgericht (basic training outside the plan)',
      [yr(1, 'awp.lean', 'gg.oplossingsgericht')],
      ['prerequisite warning hoog.prerequisite.oplossingsgericht gg 1 gg.oplossingsgericht'],
    ],
  ])('000 §3.2–3.3: %s', (_label, years, expected) => {
    const result = run({ ...H, years });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention].join(' '))).toEqual(expected);
    expect(result.ok).toBe(true);
  });

  it('000 Interventiehandboek: a non-HOOG id is not offered, an unknown id is unknown', () => {
    expect(lines({ ...H, years: [yr(1, 'awp.lean', 'awp.aanmeldzuil', 'gg.positieve-gezondheid', 'gg.bestaat-niet')] })).toEqual([
      'not-offered error offer.awp.aanmeldzuil awp 1 awp.aanmeldzuil',
      'unknown-intervention error catalog.unknown gg 1 gg.bestaat-niet',
    ]);
  });

  it.each([
    ['2023-07-01', undefined, 'hoog@2023.1'],
    ['2024-02-01', undefined, 'hoog@2024.1'],
    ['2023-07-01', '2024', 'hoog@2024'],
  ])('RULES.md §6 / 000: start %s with version %s resolves to %s', (startDate, ruleSetVersion, id) => {
    expect(run({ region: 'hoog', startDate, ruleSetVersion, years: [Y1] }).ruleSet).toBe(id);
  });

  it('RULES.md §6: an unknown version is an UnknownRuleSetError', () => {
    expect(() => resolveRuleSet({ region: 'hoog', startDate: '2024-02-01', ruleSetVersion: '2019' })).toThrow(UnknownRuleSetError);
  });

  it('000 Ondersteuning HOOG: English messages on request', () => {
    const result = run({ ...H, years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.wijkteam')] }, 'en');
    expect(result.findings[0]?.message).toBe('Choose at least two interventions from Working with the network in year 2 (now 1).');
  });
});

function line0(f: { kind: string; ruleId: string; year?: number; intervention?: string }): string {
  return `${f.kind} ${f.ruleId} ${f.year ?? '-'} ${f.intervention ?? '-'}`;
}
