// Golden tests for rijn-en-duin@2026 (seed 004, Regioplan MTVP Rijn en Duin / De Limes, version 4).
import { describe, expect, it } from 'vitest';
import { lines, run, yr, type Choice } from '../../fixtures/rules/plans.js';

// The published version as it was (pinned): the corrections of issue 9 are golden-tested in corrected-versions.test.ts.
const R = { region: 'rijn-en-duin', startDate: '2026-01-01', ruleSetVersion: '2026' } as const;
const BASE: Choice[][] = [
  ['awp.lean', 'gg.positieve-gezondheid'],
  ['awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ['awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ['awp.lean', 'awp.triage-training', 'awp.beeldbellen', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
];
const years = (b: Choice[][]) => b.map((c, i) => yr(i + 1, ...c));
const without = (year: number, id: string) => BASE.map((c, i) => (i + 1 === year ? c.filter((x) => x !== id) : c));

describe('rijn-en-duin@2026 (004)', () => {
  it('004 B.1–B.3: a four-year plan following the regioplan passes without findings', () => {
    expect(run({ ...R, years: years(BASE) })).toMatchObject({ ok: true, ruleSet: 'rijn-en-duin@2026', findings: [] });
  });

  it.each([
    [1, 'rijn-en-duin.awp.min-year-1'],
    [2, 'rijn-en-duin.awp.min-year-2'],
  ])('004 B.1 ("in jaar 1, en in jaar 2 steeds minimaal één"): awp year %i needs one intervention', (year, ruleId) => {
    expect(lines({ ...R, years: years(without(year, 'awp.lean').slice(0, 2)) })).toEqual([`min-count error ${ruleId} awp ${year} -`]);
  });

  it('004 B.1: year 2 may keep the same awp intervention (no must-add)', () => {
    expect(lines({ ...R, years: years(BASE.slice(0, 2)) })).toEqual([]);
  });

  it.each(['sn.welzijn-op-recept', 'sn.meekijkconsult', 'sn.wijkteam'])(
    '004 form (kies twee interventies in jaar 2): %s in year 1 is not offered',
    (id) => {
      const result = run({ ...R, years: [yr(1, 'awp.lean', 'gg.solk-alk', id)] });
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
        ['not-offered', 'error', `offer.${id}.years`, 'sn', 1, id],
      ]);
      expect(result.findings[0]?.message).toContain('vanaf jaar 2 (dit is jaar 1)');
    },
  );

  it('004 B.3: sn year 2 needs two interventions', () => {
    const result = run({ ...R, years: years(without(2, 'sn.wijkteam').slice(0, 2)) });
    expect(result.findings.map((f) => [f.kind, f.ruleId, f.element, f.year])).toEqual([
      ['min-count', 'rijn-en-duin.sn.min-year-2', 'sn', 2],
    ]);
    expect(result.findings[0]?.message).toBe('Kies in jaar 2 minimaal twee interventies uit Samenwerken met het netwerk (nu 1).');
  });

  it.each([3, 4])('004 B.3 (per 2026, alle jaren gecontinueerd): every sn intervention continues in year %i', (year) => {
    const result = run({ ...R, years: years(without(year, 'sn.welzijn-op-recept')) });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year, f.intervention])).toEqual([
      ['must-continue', 'error', 'rijn-en-duin.sn.continue', 'sn', year, 'sn.welzijn-op-recept'],
    ]);
  });

  it.each([2, 3, 4])('004 B.2: the gg choice continues in year %i', (year) => {
    expect(lines({ ...R, years: years(without(year, 'gg.positieve-gezondheid')) })).toEqual([
      `must-continue error rijn-en-duin.gg.continue gg ${year} -`,
    ]);
  });

  it('004 form (jaar 3): without a new or deepened awp/sn intervention year 3 fails', () => {
    const result = run({ ...R, years: years([...BASE.slice(0, 2), BASE[1] ?? []]) });
    expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.element, f.year])).toEqual([
      ['min-count', 'error', 'rijn-en-duin.year-3.new-or-deepening', 'awp', 3],
    ]);
    expect(result.findings[0]?.message).toBe(
      'Kies in jaar 3 minstens één nieuwe interventie, of een verdieping van een huidige, in Anders werken in de praktijk of Samenwerken met het netwerk.',
    );
  });

  it.each([
    [
      'without justification',
      { id: 'awp.lean', deepening: true },
      ['justification-required error rijn-en-duin.year-3.justification awp 3 awp.lean'],
    ],
    ['with a justification', { id: 'awp.lean', deepening: true, justification: 'Twee assistenten volgen de Lean-training.' }, []],
    [
      'with a blank justification',
      { id: 'awp.lean', deepening: true, justification: '   ' },
      ['justification-required error rijn-en-duin.year-3.justification awp 3 awp.lean'],
    ],
  ])('004 B.1 (onderbouwing): a deepening in year 3 %s', (_label, lean, expected) => {
    const y3: Choice[] = [lean, 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'];
    expect(lines({ ...R, years: years([...BASE.slice(0, 2), y3]) })).toEqual(expected);
  });

  it.each(['awp.regie-veelgebruikers', 'awp.3-gesprekken', 'awp.time-out-verwijzingen'])(
    '004 B.1: %s is not offered by Rijn en Duin',
    (id) => {
      const result = run({ ...R, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', id)] });
      expect(result.findings.map((f) => [f.kind, f.severity, f.ruleId, f.intervention])).toEqual([
        ['not-offered', 'error', `offer.${id}`, id],
      ]);
      expect(result.findings[0]?.message).toContain('zit niet in het aanbod van Rijn en Duin');
    },
  );

  it.each(['awp.aanmeldzuil', 'awp.digitale-tools'])('004 B.1 (per 2026): %s is offered and meets the awp minimum', (id) => {
    expect(lines({ ...R, years: [yr(1, id, 'gg.solk-alk')] })).toEqual([]);
  });

  it('RULES.md §6 / 004: a practice that started in 2023 is checked against the latest correction of rijn-en-duin@2026', () => {
    expect(run({ region: 'rijn-en-duin', startDate: '2023-04-01', years: years(BASE) })).toMatchObject({
      ok: true,
      ruleSet: 'rijn-en-duin@2026.2',
    });
  });
});
