// Golden status of the monitoring figures without a target (issue 13 §1): a rise against the year before where the
// seed asks for one (004 §B.3 a "een structurele stijging van het aantal verwijzingen"; 001 §6 "+15%"), and a figure to
// show (004 §B.3 b "een uitdraai … van het aantal meekijkconsulten"). Never "missed": the seeds give no number to miss.
import { describe, expect, it } from 'vitest';
import { status } from '../../rules/status.js';
import { facts } from '../fixtures/rules/plans.js';

const rijnEnDuinYear2 = (counts: Record<string, unknown>[]) =>
  facts({
    region: 'rijn-en-duin',
    startDate: '2025-01-01',
    firstInterventionStart: '2025-01-01',
    years: [
      { year: 1, interventions: [{ id: 'awp.lean' }, { id: 'gg.positieve-gezondheid' }] },
      {
        year: 2,
        interventions: [{ id: 'awp.lean' }, { id: 'gg.positieve-gezondheid' }, { id: 'sn.welzijn-op-recept' }, { id: 'sn.meekijkconsult' }],
      },
    ],
    counts,
  });
const c = (metric: string, from: string, to: string, value: number) => ({ metric, from, to, value });
const monitoring = (result: ReturnType<typeof status>) =>
  result.items
    .filter((i) => i.measure !== undefined)
    .map((i) => [i.metric, i.measure, i.status, i.value ?? '-', i.previous ?? '-', i.message, i.source].join(' | '));

describe('status of monitoring figures (issue 13 §1)', () => {
  it('004 §B.3 a: Welzijn op Recept in year 2 rises against year 1, pro rata; the meekijkconsult count is shown', () => {
    const result = status(
      rijnEnDuinYear2([
        c('wor-referrals', '2025-01-01', '2025-12-31', 10),
        c('wor-referrals', '2026-01-01', '2026-06-30', 7),
        c('meekijkconsults', '2026-01-01', '2026-06-30', 3),
      ]),
      '2026-07-01',
    );
    expect(result.ruleSet).toBe('rijn-en-duin@2026.2');
    expect(monitoring(result)).toEqual([
      'wor-referrals | trend | on-track | 7 | 10 | Verwijzingen Welzijn op Recept, jaar 2 (01-01-2026 t/m 31-12-2026): 7; vorig jaar 10, naar rato tot nu 4,99. Stijgt ✅ Rijn en Duin vraagt een stijging, geen aantal. | 004 §B.3 Samenwerken met het netwerk a',
      'meekijkconsults | tally | met | 3 | - | Meekijkconsulten, jaar 2 (01-01-2026 t/m 31-12-2026): 3. Aantoonbaar gebruikt ✅ | 004 §B.3 Samenwerken met het netwerk b',
    ]);
  });

  it('004 §B.3 a: no rise on the last day of year 2 is "let op", never "niet gehaald"', () => {
    const result = status(
      rijnEnDuinYear2([c('wor-referrals', '2025-01-01', '2025-12-31', 10), c('wor-referrals', '2026-01-01', '2026-12-31', 8)]),
      '2026-12-31',
    );
    const [wor, mkc] = result.items.filter((i) => i.measure !== undefined);
    expect(wor?.status).toBe('at-risk');
    expect(wor?.message).toContain('8; vorig jaar 10. Let op: nog geen stijging.');
    expect(mkc?.status).toBe('at-risk');
    expect(result.items.filter((i) => i.measure !== undefined && i.status === 'missed')).toEqual([]);
  });

  it('004 §B.3 a: without a figure for the year before the status asks for it instead of judging', () => {
    const result = status(rijnEnDuinYear2([c('wor-referrals', '2026-01-01', '2026-03-31', 4)]), '2026-04-01');
    const wor = result.items.find((i) => i.metric === 'wor-referrals');
    expect(wor?.status).toBe('not-applicable');
    expect(wor?.message).toBe(
      'Verwijzingen Welzijn op Recept, jaar 2 (01-01-2026 t/m 31-12-2026): 4. Log ook het aantal van vorig jaar, dan laat de status zien of het stijgt. Rijn en Duin vraagt een stijging, geen aantal.',
    );
    expect(status(rijnEnDuinYear2([]), '2026-04-01', { locale: 'en' }).items.find((i) => i.metric === 'wor-referrals')?.message).toBe(
      "Welzijn op Recept referrals, year 2 (01-01-2026 to 31-12-2026): nothing logged. Also log last year's figure, then the status shows whether it rises.",
    );
  });

  it('001 §6: portal users +15% after a year, against the first figure of the year (the baseline); an indicator, never missed', () => {
    const fields = (value: number) =>
      facts({
        region: 'eemland',
        startDate: '2024-01-01',
        years: [{ year: 1, interventions: [{ id: 'awp.digitaliseringscoach' }, { id: 'gg.positieve-gezondheid' }] }],
        counts: [c('portal-users', '2024-01-01', '2024-01-31', 1000), c('portal-users', '2024-12-01', '2024-12-31', value)],
      });
    const item = (value: number) => status(fields(value), '2024-12-31').items.find((i) => i.metric === 'portal-users');
    expect(item(1150)?.status).toBe('met');
    expect(item(1150)?.message).toBe(
      'Portaalgebruikers (aantal patiënten), jaar 1 (01-01-2024 t/m 31-12-2024): 1.150; eerste meting 1.000. Doel: 15 % meer. Gestegen ✅ Prestatie-indicator van HE, geen verplicht te halen resultaat.',
    );
    expect(item(1100)?.status).toBe('at-risk');
    expect(item(1100)?.risePercent).toBe(15);
  });

  it('Cohaesie names no figure per intervention: nothing to count (003 §8.1 "geen extra tijd kwijt zijn aan (nog) meer registratie")', () => {
    const result = status(
      facts({
        region: 'cohaesie',
        startDate: '2024-01-01',
        years: [
          { year: 1, interventions: [{ id: 'awp.triage-training' }, { id: 'gg.positieve-gezondheid' }, { id: 'sn.welzijn-op-recept' }] },
        ],
      }),
      '2024-06-01',
    );
    expect(result.items.filter((i) => i.kind === 'threshold')).toEqual([]);
  });
});
