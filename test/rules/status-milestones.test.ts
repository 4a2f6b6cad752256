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

  describe('004 B.1–B.3 (rijn-en-duin@2026.1): evidence per chosen intervention, training certificates valid three years', () => {
    const plan = {
      region: 'rijn-en-duin',
      startDate: '2026-01-01',
      years: [
        { year: 1, interventions: [{ id: 'awp.lean' }, { id: 'awp.beeldbellen' }, { id: 'gg.solk-alk' }] },
        { year: 2, interventions: [{ id: 'awp.lean' }, { id: 'gg.solk-alk' }, { id: 'sn.wijkteam' }] },
      ],
    };
    const ids = (fields: Record<string, unknown>, asOf: string) => milestones({ ...plan, ...fields }, asOf);

    it('listed only for chosen interventions of the years so far, expected by the end of the first year chosen', () => {
      expect(ids({}, '2026-06-01')).toEqual([
        'rijn-en-duin.evidence.beeldbellen on-track 2026-12-31 -',
        'rijn-en-duin.evidence.lean on-track 2026-12-31 -',
        'rijn-en-duin.evidence.solk-alk on-track 2026-12-31 -',
      ]);
      expect(ids({}, '2026-12-15')).toEqual([
        'rijn-en-duin.evidence.beeldbellen at-risk 2026-12-31 -',
        'rijn-en-duin.evidence.lean at-risk 2026-12-31 -',
        'rijn-en-duin.evidence.solk-alk at-risk 2026-12-31 -',
      ]);
    });

    it('no date in the seed: past the expected date it is at risk, never missed; year 2 adds sn.wijkteam (B.3 c)', () => {
      expect(ids({}, '2027-02-01')).toEqual([
        'rijn-en-duin.evidence.beeldbellen at-risk 2026-12-31 -',
        'rijn-en-duin.evidence.lean at-risk 2026-12-31 -',
        'rijn-en-duin.evidence.solk-alk at-risk 2026-12-31 -',
        'rijn-en-duin.evidence.wijkteam on-track 2027-12-31 -',
      ]);
    });

    it('"deelname aan een training in de afgelopen drie jaar is geldig": met while valid, at risk 30 days before and after expiry', () => {
      const done = [
        { id: 'rijn-en-duin.evidence.lean', done: '2024-03-01', by: 'PM' },
        { id: 'rijn-en-duin.evidence.beeldbellen', done: '2026-02-01' },
      ];
      const lean = (asOf: string) =>
        status(facts({ ...plan, milestones: done }), asOf).milestones.find((m) => m.intervention === 'awp.lean');
      expect(lean('2026-06-01')).toMatchObject({ status: 'met', done: '2024-03-01', validUntil: '2027-02-28', by: 'PM' });
      expect(lean('2026-06-01')?.message).toContain('geldig t/m 28-02-2027');
      expect(lean('2027-02-01')?.status).toBe('at-risk');
      expect(lean('2027-03-01')).toMatchObject({ status: 'at-risk', validUntil: '2027-02-28' });
      expect(lean('2027-03-01')?.message).toContain('lever nieuw bewijs aan');
      // a contract has no validity in the seed: met from its date on
      const beeldbellen = status(facts({ ...plan, milestones: done }), '2029-01-01').milestones.find(
        (m) => m.intervention === 'awp.beeldbellen',
      );
      expect(beeldbellen).toMatchObject({ status: 'met', done: '2026-02-01' });
      expect(beeldbellen?.validUntil).toBeUndefined();
    });

    it('validity counts while the intervention runs: a certificate that expires after its last planned year stays met', () => {
      const yearOne = { ...plan, years: [plan.years[0], { year: 2, interventions: [{ id: 'sn.wijkteam' }] }] };
      const done = [{ id: 'rijn-en-duin.evidence.lean', done: '2024-03-01' }];
      const lean = status(facts({ ...yearOne, milestones: done }), '2027-06-01').milestones.find((m) => m.intervention === 'awp.lean');
      expect(lean).toMatchObject({ status: 'met', validUntil: '2027-02-28' });
    });
  });

  it('before the start there are no milestones; the milestones are not status items (RULES.md §6 kinds)', () => {
    expect(milestones({ region: 'hoog' }, '2023-12-31')).toEqual([]);
    const result = status(facts({ region: 'eemland', startDate: '2024-01-01', years: [] }), '2024-06-01');
    expect(result.items.map((i) => i.kind)).not.toContain('milestone');
  });
});
