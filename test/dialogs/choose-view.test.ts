// The choose wizard offers per programme year what the version in force when that year starts allows (issue 9 §2).
import { describe, expect, it } from 'vitest';
import { offersFor } from '../../dialogs/choose-interventions/choose-view.js';
import { plan } from '../fixtures/rules/plans.js';

const ids = (p: ReturnType<typeof plan>, year: number, element: 'awp' | 'sn') => offersFor(p, year, element).map((o) => o.id);

describe('choose wizard: offers per programme year', () => {
  it('000 Ondersteuning HOOG: a practice from July 2023 may pick the meekijkconsult in year 1 (2023), not in year 2 (2024)', () => {
    const p = plan({ region: 'hoog', startDate: '2023-07-01', years: [] });
    expect(ids(p, 1, 'sn')).toContain('sn.meekijkconsult');
    expect(ids(p, 2, 'sn')).not.toContain('sn.meekijkconsult');
  });

  it('004 B.1 "Per 2026": the aanmeldzuil is offered only in years that start on or after 2026-01-01', () => {
    const p = plan({ region: 'rijn-en-duin', startDate: '2025-04-01', years: [] });
    expect(ids(p, 1, 'awp')).not.toContain('awp.aanmeldzuil');
    expect(ids(p, 2, 'awp')).toContain('awp.aanmeldzuil');
  });
});
