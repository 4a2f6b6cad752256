// The advisor suggests what the version in force at the start of the programme year offers (issue 9 §2).
import { describe, expect, it } from 'vitest';
import { adviseFull } from '../../rules/advise.js';

describe('advisor per programme year', () => {
  it('offers the aanmeldzuil only for years that start in 2026 or later (004 B.1 "Per 2026")', () => {
    const ids = (startDate: string) =>
      adviseFull('de balie en wachtkamer zijn te druk, een aanmeldzuil zou helpen', {
        region: 'rijn-en-duin',
        startDate,
        year: 1,
      }).suggestions.map((s) => s.id);
    expect(ids('2025-01-01')).not.toContain('awp.aanmeldzuil');
    expect(ids('2026-01-01')).toContain('awp.aanmeldzuil');
  });

  it('does not suggest the meekijkconsult for HOOG year 2 from July 2024 (2024 handbook: dubbelloop in financiering)', () => {
    const ctx = { region: 'hoog', startDate: '2023-07-01' } as const;
    const asked = 'meekijkconsulten met de specialist om verwijzingen te voorkomen';
    expect(adviseFull(asked, { ...ctx, year: 1 }).suggestions.map((s) => s.id)).toContain('sn.meekijkconsult');
    const year2 = adviseFull(asked, { ...ctx, year: 2 });
    expect(year2.suggestions.map((s) => s.id)).not.toContain('sn.meekijkconsult');
    expect(year2.excluded.map((e) => e.id)).toContain('sn.meekijkconsult');
  });
});
