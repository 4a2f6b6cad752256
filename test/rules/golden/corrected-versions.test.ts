// Golden tests for issue 9 §2 (which version decides: per programme year) and §3 (region fixes), on the corrected
// versions hoog@2023.1, hoog@2024.1, eemland@2023.1, cohaesie@2023.1 and rijn-en-duin@2026.1. Each names its seed section.
import { describe, expect, it } from 'vitest';
import { check, yearVersions } from '../../../rules/engine.js';
import { findRuleSet } from '../../../rules/sets/index.js';
import { lines, plan, run, yr } from '../../fixtures/rules/plans.js';

const errors = (fields: Record<string, unknown>) => run(fields).findings.filter((f) => f.severity !== 'info');
const byRule = (fields: Record<string, unknown>, ruleId: string) => run(fields).findings.filter((f) => f.ruleId === ruleId);

describe('issue 9 §2: each programme year is checked against the version in force when it starts', () => {
  const H = { region: 'hoog', startDate: '2023-07-01' } as const;
  const Y1 = yr(1, 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.meekijkconsult');

  it('000 Ondersteuning HOOG / 002 Bijlage 2: year 1 (from 2023-07-01) under hoog@2023.1, year 2 (from 2024-07-01) under hoog@2024.1', () => {
    const result = run({
      ...H,
      years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.wijkteam', 'sn.welzijn-op-recept')],
    });
    expect(result).toMatchObject({
      ok: true,
      ruleSet: 'hoog@2024.1',
      versions: [
        { year: 1, yearStart: '2023-07-01', ruleSet: 'hoog@2023.1' },
        { year: 2, yearStart: '2024-07-01', ruleSet: 'hoog@2024.1' },
      ],
      findings: [],
    });
  });

  it('000 Ondersteuning HOOG ("kan niet gekozen worden voor MTVDP i.v.m. dubbelloop in financiering"): the meekijkconsult is fine in year 1 (2023) and excluded in year 2 (2024)', () => {
    const result = run({
      ...H,
      years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.meekijkconsult', 'sn.wijkteam')],
    });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.year, f.ruleSet])).toEqual([
      ['min-count', 'hoog.sn.min-year-2', 2, 'hoog@2024.1'],
      ['excluded', 'offer.sn.meekijkconsult.excluded', 2, 'hoog@2024.1'],
    ]);
  });

  it('000 Ondersteuning HOOG: a cross-year rule (year 2 adds one, year 1 continues) is judged by the later year’s version', () => {
    const result = run({
      ...H,
      years: [Y1, yr(2, 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.wijkteam', 'sn.welzijn-op-recept')],
    });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.year, f.ruleSet])).toEqual([
      ['must-add', 'hoog.awp.add-year-2', 2, 'hoog@2024.1'],
    ]);
  });

  it('RULES.md §6: ruleSetVersion pins every year to that version', () => {
    const result = run({
      ...H,
      ruleSetVersion: '2023',
      years: [Y1, yr(2, 'awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.meekijkconsult', 'sn.wijkteam')],
    });
    expect(result).toMatchObject({ ok: true, ruleSet: 'hoog@2023', findings: [] });
    expect(result.versions.map((v) => v.ruleSet)).toEqual(['hoog@2023', 'hoog@2023']);
  });

  it('RULES.md §1: year n starts 12·(n−1) months after the start date; the version is the latest validFrom on or before it', () => {
    const p = plan({ region: 'hoog', startDate: '2023-01-31', years: [yr(1), yr(2), yr(3)] });
    expect(yearVersions(p)).toEqual([
      { year: 1, yearStart: '2023-01-31', ruleSet: 'hoog@2023.1' },
      { year: 2, yearStart: '2024-01-31', ruleSet: 'hoog@2024.1' },
      { year: 3, yearStart: '2025-01-31', ruleSet: 'hoog@2024.1' },
    ]);
  });

  describe('004 B.1 "Per 2026: … g. Aanmeldzuil … h. Leren omgaan met digitale tools": availableFrom 2026-01-01', () => {
    it.each(['awp.aanmeldzuil', 'awp.digitale-tools'])(
      '%s is not offered in a year that starts before 2026, and is in one that starts on or after it',
      (id) => {
        const R = { region: 'rijn-en-duin', startDate: '2025-04-01' } as const;
        const result = run({
          ...R,
          years: [yr(1, id, 'awp.lean', 'gg.solk-alk'), yr(2, id, 'awp.lean', 'gg.solk-alk', 'sn.wijkteam', 'sn.welzijn-op-recept')],
        });
        expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.year])).toEqual([
          ['not-offered', 'error', `offer.${id}.available-from`, 1],
        ]);
        expect(result.findings[0]?.message).toContain('2026-01-01');
        expect(result.findings[0]?.source).toBe(
          `004 §${findRuleSet('rijn-en-duin', '2026.1')?.offers.find((o) => o.id === id)?.source.section ?? ''}`,
        );
        expect(lines({ region: 'rijn-en-duin', startDate: '2026-01-01', years: [yr(1, id, 'gg.solk-alk')] })).toEqual([]);
      },
    );
  });
});

describe('issue 9 §3: region fixes', () => {
  const E = { region: 'eemland', startDate: '2023-07-01' } as const;
  const C = { region: 'cohaesie', startDate: '2023-07-01' } as const;

  it('001 §5 ("… en oplossingsgericht werken aan."): Eemland offers oplossingsgericht werken as a gg intervention', () => {
    expect(run({ ...E, years: [yr(1, 'awp.lean', 'gg.oplossingsgericht')] })).toMatchObject({
      ok: true,
      ruleSet: 'eemland@2023.2',
      findings: [],
    });
  });

  describe('001 §4 ("in beperkte gevallen … deze interventie over te hevelen"): one TBHZ intervention may move, with HE’s approval', () => {
    const tbhz = (...ids: string[]) => ids.map((intervention) => ({ scheme: 'tbhz', intervention }));

    it('with two TBHZ interventions, the first chosen one needs approval and a second one stays excluded', () => {
      const result = run({
        ...E,
        otherFunding: tbhz('awp.lean', 'awp.triage-training'),
        years: [yr(1, 'awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid')],
      });
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.intervention])).toEqual([
        ['excluded', 'error', 'eemland.funding.any-other-funding.one-moves', 'awp.triage-training'],
        ['needs-approval', 'warning', 'eemland.funding.any-other-funding', 'awp.lean'],
      ]);
      expect(result.findings[0]?.message).toContain('maar één interventie');
    });

    it('the moved intervention continuing in year 2 is the same one, not a second move', () => {
      const years = [
        yr(1, 'awp.lean', 'gg.positieve-gezondheid'),
        yr(2, 'awp.lean', 'awp.m365', 'gg.positieve-gezondheid', 'sn.mdo', 'sn.wijkteam'),
      ];
      expect(errors({ ...E, otherFunding: tbhz('awp.lean', 'awp.triage-training'), years }).map((f) => [f.kind, f.year])).toEqual([
        ['needs-approval', 1],
        ['needs-approval', 2],
      ]);
    });

    it('with only one TBHZ intervention there is nothing to move: it is excluded', () => {
      expect(
        byRule(
          { ...E, otherFunding: tbhz('awp.lean'), years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid')] },
          'eemland.funding.any-other-funding',
        ),
      ).toMatchObject([{ kind: 'excluded', severity: 'error', intervention: 'awp.lean' }]);
    });
  });

  it.each(['regioprestatie', 'resultaatbeloning', 'subsidie', 'achterstandsfonds', 'zorgprogramma', 'ict-programma'])(
    '001 §5 ("zoals TBHZ … Deze zijn namelijk al via een ander programma gefinancierd"): funding through %s excludes the same intervention',
    (scheme) => {
      const result = run({
        ...E,
        otherFunding: [{ scheme, intervention: 'awp.lean' }],
        years: [yr(1, 'awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid')],
      });
      expect(result.findings.map((f) => [f.kind, f.ruleId, f.intervention])).toEqual([
        ['excluded', 'eemland.funding.any-other-funding', 'awp.lean'],
      ]);
    },
  );

  describe('year 2: the year-1 awp intervention continues and one is added', () => {
    it.each([
      ['eemland', '001 §4 ("Uitvoeren min. 1 extra interventie")', 'awp.lean', ['sn.mdo', 'sn.wijkteam'], 'eemland@2023.2'],
      [
        'cohaesie',
        '003 §6.1 ("In het 2e jaar komt er een interventie bij")',
        'awp.taakherschikking',
        ['sn.welzijn-op-recept', 'sn.wijkteam'],
        'cohaesie@2023.1',
      ],
      [
        'hoog',
        '002 Bijlage 2 ("jaar 2: minimaal één extra interventie")',
        'awp.lean',
        ['sn.welzijn-op-recept', 'sn.wijkteam'],
        'hoog@2023.1',
      ],
    ])('%s, %s: dropping the year-1 intervention is a must-continue error', (region, _section, other, sn, version) => {
      const years = [
        yr(1, 'awp.triage-training', 'gg.positieve-gezondheid'),
        yr(2, 'awp.beeldbellen', other, 'gg.positieve-gezondheid', ...sn),
      ];
      // HOOG: pinned so that year 2 (2024-07-01) is judged by the 2023 plan this case is about.
      const fields = { region, startDate: '2023-07-01', ...(region === 'hoog' ? { ruleSetVersion: '2023.1' } : {}), years };
      const result = run(fields);
      expect(result.ruleSet).toBe(version);
      expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.ruleId, f.year])).toEqual([
        ['must-continue', `${region}.awp.continue-year-2`, 2],
      ]);
      const kept = [
        yr(1, 'awp.triage-training', 'gg.positieve-gezondheid'),
        yr(2, 'awp.triage-training', other, 'gg.positieve-gezondheid', ...sn),
      ];
      expect(run({ ...fields, years: kept }).ok).toBe(true);
    });

    it('004 B.1 ("in jaar 1, en in jaar 2 er steeds minimaal één"): Rijn en Duin keeps its own reading, recorded on the rule', () => {
      const R = { region: 'rijn-en-duin', startDate: '2026-01-01' } as const;
      const same = [yr(1, 'awp.lean', 'gg.solk-alk'), yr(2, 'awp.lean', 'gg.solk-alk', 'sn.wijkteam', 'sn.welzijn-op-recept')];
      expect(run({ ...R, years: same })).toMatchObject({ ok: true, findings: [] });
      const rule = findRuleSet('rijn-en-duin', '2026.1')?.rules.find((r) => r.id === 'rijn-en-duin.awp.min-year-2');
      expect(rule?.reading).toMatchObject({
        source: { doc: '004', quote: 'in jaar 1, en in jaar 2 er steeds minimaal één moeten kiezen' },
      });
    });
  });

  it.each(['gg.consultvoorbereidende-vragenlijsten', 'gg.intervisie-verwijsgedrag', 'gg.intervisie-diagnostiek'])(
    '003 §6.2 ("Jaar 2 willen we vooral gebruiken om verder te verdiepen met …"): %s in year 2 develops the year-1 gg choice',
    (id) => {
      for (const first of ['gg.solk-alk', 'gg.positieve-gezondheid']) {
        const years = [
          yr(1, 'awp.triage-training', first),
          yr(2, 'awp.triage-training', 'awp.lean', id, 'sn.welzijn-op-recept', 'sn.wijkteam'),
        ];
        expect(run({ ...C, years }), first).toMatchObject({ ok: true, findings: [] });
      }
    },
  );

  it('003 §6.2 (table "√ √" against "vanaf jaar 2 zes interventies"): flexibele consultduur in year 1 counts, with a warning naming both readings', () => {
    const result = run({ ...C, years: [yr(1, 'awp.flexibele-consultduur', 'gg.solk-alk')] });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.year])).toEqual([
      ['needs-approval', 'warning', 'offer.awp.flexibele-consultduur.disputed-year', 1],
    ]);
    expect(result.findings[0]?.message).toContain('vanaf jaar 2');
    expect(result.findings[0]?.message).toContain('ook in jaar 1');
    expect(result.findings[0]?.source).toMatch(/^003 §6\.2/);
  });

  it('the published versions still give their old verdicts when pinned (saved verdicts stay reproducible)', () => {
    const years = [yr(1, 'awp.flexibele-consultduur', 'gg.solk-alk')];
    expect(check(plan({ ...C, ruleSetVersion: '2023', years })).findings.map((f) => f.ruleId)).toEqual([
      'cohaesie.awp.min-year-1',
      'offer.awp.flexibele-consultduur.support',
    ]);
  });
});
