// Milestones (issue 9 §4): each region's dated duties besides interventions, with deadline and "done", per seed section.
import { describe, expect, it } from 'vitest';
import { status } from '../../rules/status.js';
import { facts } from '../fixtures/rules/plans.js';

const milestones = (fields: Record<string, unknown>, asOf: string) =>
  status(facts({ startDate: '2024-01-01', years: [], ...fields }), asOf).milestones.map((m) =>
    [m.id, m.status, m.due ?? `from ${m.from ?? ''}`, m.done ?? '-'].join(' '),
  );

describe('milestones per region', () => {
  it.each(['hoog@2023', 'hoog@2024'])('002 §2.6 "Jaarlijks … zelfrapportage" (%s): one per programme year, a missed year stays', (v) => {
    const start = v === 'hoog@2023' ? '2023-07-01' : '2024-01-01';
    const y1 = v === 'hoog@2023' ? '2024-06-30' : '2024-12-31';
    const y2 = v === 'hoog@2023' ? '2025-06-30' : '2025-12-31';
    expect(milestones({ region: 'hoog', startDate: start }, y1)).toEqual([`hoog.milestone.self-report at-risk ${y1} -`]);
    expect(milestones({ region: 'hoog', startDate: start }, y2)).toEqual([
      `hoog.milestone.self-report missed ${y1} -`,
      `hoog.milestone.self-report at-risk ${y2} -`,
    ]);
    const done = [{ id: 'hoog.milestone.self-report', done: y2, year: 1, by: 'Praktijkmanager' }];
    expect(milestones({ region: 'hoog', startDate: start, milestones: done }, y2)).toEqual([
      `hoog.milestone.self-report missed ${y1} ${y2}`,
      `hoog.milestone.self-report at-risk ${y2} -`,
    ]);
  });

  it('001 §4–§6 (eemland@2023): plan presented within 4 months, plan re-set by the end of year 1, end measurement after year 2', () => {
    const done = [{ id: 'eemland.milestone.plan-presented', done: '2024-03-01', by: 'AB' }];
    expect(milestones({ region: 'eemland', milestones: done }, '2024-06-01')).toEqual([
      'eemland.milestone.plan-presented met 2024-05-01 2024-03-01',
      'eemland.milestone.plan-reset on-track 2024-12-31 -',
      'eemland.milestone.end-measurement on-track from 2026-01-01 -',
    ]);
    expect(milestones({ region: 'eemland' }, '2026-01-01')).toEqual([
      'eemland.milestone.plan-presented missed 2024-05-01 -',
      'eemland.milestone.plan-reset missed 2024-12-31 -',
      'eemland.milestone.end-measurement at-risk from 2026-01-01 -',
    ]);
  });

  it('003 §7.1 (cohaesie@2023): the individual agreement incl. data sharing is due at entry', () => {
    expect(milestones({ region: 'cohaesie' }, '2024-01-01')).toEqual(['cohaesie.milestone.agreement at-risk 2024-01-01 -']);
    expect(milestones({ region: 'cohaesie' }, '2024-01-02')).toEqual(['cohaesie.milestone.agreement missed 2024-01-01 -']);
    const done = [{ id: 'cohaesie.milestone.agreement', done: '2023-12-15' }];
    expect(milestones({ region: 'cohaesie', milestones: done }, '2024-02-01')).toEqual([
      'cohaesie.milestone.agreement met 2024-01-01 2023-12-15',
    ]);
  });

  it('before the start there are no milestones; the milestones are not status items (RULES.md §6 kinds)', () => {
    expect(milestones({ region: 'hoog' }, '2023-12-31')).toEqual([]);
    const result = status(facts({ region: 'eemland', startDate: '2024-01-01', years: [] }), '2024-06-01');
    expect(result.items.map((i) => i.kind)).not.toContain('milestone');
  });
});
