// Golden status per case of issue 9 §1, for every region a case applies to, each naming its seed section. A row is
// `kind metric status from–to value/target` for every item but the praktijkplan deadline.
import { describe, expect, it } from 'vitest';
import { status } from '../../rules/status.js';
import { facts } from '../fixtures/rules/plans.js';

const line = (i: {
  kind: string;
  metric?: string;
  status: string;
  period?: { from: string; to: string };
  value?: number;
  target?: number;
}) =>
  [i.kind, i.metric ?? '-', i.status, i.period ? `${i.period.from}–${i.period.to}` : '-', `${i.value ?? '-'}/${i.target ?? '-'}`].join(' ');
const golden = (fields: Record<string, unknown>, asOf: string) => {
  const result = status(facts(fields), asOf);
  return [result.ruleSet, ...result.items.filter((i) => i.kind !== 'praktijkplan-deadline').map(line)];
};
const y1 = (...interventions: Record<string, unknown>[]) => [{ year: 1, interventions }];
const s = (date: string, gpsPresent = 2) => ({ date, minutes: 90, gpsPresent });

const CASES: [string, string, Record<string, unknown>, string, string[]][] = [
  [
    'intervisie "minimaal 2 keer per jaar": year 1 missed stays listed in year 2',
    '000 §6.1 (hoog@2024)',
    { region: 'hoog', startDate: '2024-01-01', gps: 2, years: y1({ id: 'awp.lean' }), intervisie: [s('2024-02-01')] },
    '2025-01-01',
    ['hoog@2024.1', 'intervisie-count - missed 2024-01-01–2024-12-31 1/2', 'intervisie-count - on-track 2025-01-01–2025-12-31 0/2'],
  ],
  [
    'intervisie 2× per year from the handbook: year 1 (hoog@2023 reading) missed, listed in year 2 (hoog@2024 in force)',
    '000 §6.1; 002 §1.4 (hoog@2023)',
    { region: 'hoog', startDate: '2023-07-01', gps: 2, years: y1({ id: 'awp.lean' }), intervisie: [s('2023-08-01'), s('2024-05-01', 1)] },
    '2024-07-01',
    ['hoog@2024.1', 'intervisie-count - missed 2023-07-01–2024-06-30 1/2', 'intervisie-count - on-track 2024-07-01–2025-06-30 0/2'],
  ],
  [
    'intervisie "Tenminste twee keer per jaar": missed years stay listed at the end of the programme',
    '004 §A (rijn-en-duin@2026)',
    {
      region: 'rijn-en-duin',
      startDate: '2026-01-01',
      firstInterventionStart: '2026-01-01',
      years: y1({ id: 'awp.lean' }),
      intervisie: [s('2026-02-01')],
    },
    '2028-01-01',
    [
      'rijn-en-duin@2026.2',
      'intervisie-count - missed 2026-01-01–2026-12-31 1/2',
      'intervisie-count - missed 2027-01-01–2027-12-31 0/2',
      'intervisie-first - met - 1/1',
    ],
  ],
  [
    'intervisie mandatory without a number: at risk past half the year',
    '001 §4 (eemland@2023)',
    { region: 'eemland', startDate: '2024-01-01', years: y1({ id: 'awp.lean' }) },
    '2024-08-01',
    ['eemland@2023.2', 'intervisie-count - at-risk 2024-01-01–2024-12-31 0/1'],
  ],
  [
    'intervisie mandatory without a number: missed when the year ended without one',
    '003 §7 (cohaesie@2023)',
    { region: 'cohaesie', startDate: '2024-01-01', years: y1({ id: 'awp.lean' }) },
    '2025-02-01',
    ['cohaesie@2023.1', 'intervisie-count - missed 2024-01-01–2024-12-31 0/1', 'intervisie-count - on-track 2025-01-01–2025-12-31 0/1'],
  ],
  ...(['2023', '2024'] as const).flatMap((v): [string, string, Record<string, unknown>, string, string[]][] => [
    [
      'last day of the year: 11 of 12 referrals is at risk; routes decide which targets apply',
      `000 §5.2, §2.4–2.5, §2.8 (hoog@${v})`,
      {
        region: 'hoog',
        startDate: v === '2023' ? '2023-07-01' : '2024-01-01',
        gps: 2,
        years: y1({ id: 'sn.welzijn-op-recept' }, { id: 'awp.taakherschikking', route: 'pa-vs' }, { id: 'awp.ehealth' }),
        intervisie: [s(v === '2023' ? '2023-09-01' : '2024-03-01'), s(v === '2023' ? '2024-03-01' : '2024-09-01')],
        counts: [
          {
            metric: 'wor-referrals',
            from: v === '2023' ? '2023-07-01' : '2024-01-01',
            to: v === '2023' ? '2024-06-30' : '2024-12-31',
            value: 11,
          },
          {
            metric: 'welfare-meetings',
            from: v === '2023' ? '2023-07-01' : '2024-01-01',
            to: v === '2023' ? '2024-06-30' : '2024-12-31',
            value: 2,
          },
        ],
      },
      v === '2023' ? '2024-06-30' : '2024-12-31',
      v === '2023'
        ? [
            'hoog@2023.1',
            'intervisie-count - met 2023-07-01–2024-06-30 2/2',
            'threshold wor-referrals at-risk 2023-07-01–2024-06-30 11/12',
            'threshold welfare-meetings met 2023-07-01–2024-06-30 2/2',
            'threshold selfmeasurement-patients not-applicable - -/-',
          ]
        : [
            'hoog@2024.1',
            'intervisie-count - met 2024-01-01–2024-12-31 2/2',
            'threshold wor-referrals at-risk 2024-01-01–2024-12-31 11/12',
            'threshold welfare-meetings met 2024-01-01–2024-12-31 2/2',
            'threshold selfmeasurement-patients not-applicable - -/-',
          ],
    ],
    [
      'counts without a period are cumulative over the programme',
      `000 §2.1, §5.1 (hoog@${v})`,
      {
        region: 'hoog',
        startDate: v === '2023' ? '2023-07-01' : '2024-01-01',
        gps: 2,
        years: y1({ id: 'awp.regie-veelgebruikers' }, { id: 'sn.wijkteam' }),
        intervisie: [],
        counts: [
          {
            metric: 'frequent-attender-plans',
            from: v === '2023' ? '2023-09-01' : '2024-03-01',
            to: v === '2023' ? '2023-09-30' : '2024-03-31',
            value: 7,
          },
          {
            metric: 'frequent-attender-plans',
            from: v === '2023' ? '2024-09-01' : '2025-03-01',
            to: v === '2023' ? '2024-09-30' : '2025-03-31',
            value: 5,
          },
          {
            metric: 'network-patients',
            from: v === '2023' ? '2023-09-01' : '2024-03-01',
            to: v === '2023' ? '2023-09-30' : '2024-03-31',
            value: 4,
          },
        ],
      },
      v === '2023' ? '2024-10-01' : '2025-04-01',
      v === '2023'
        ? [
            // Year 2 of a July-2023 practice starts in July 2024: the 2024 handbook decides (issue 9 §2).
            'hoog@2024.1',
            'intervisie-count - missed 2023-07-01–2024-06-30 0/2',
            'intervisie-count - on-track 2024-07-01–2025-06-30 0/2',
            'threshold frequent-attender-plans met 2023-07-01–2025-06-30 12/12',
            'threshold network-patients at-risk 2023-07-01–2025-06-30 4/10',
          ]
        : [
            'hoog@2024.1',
            'intervisie-count - missed 2024-01-01–2024-12-31 0/2',
            'intervisie-count - on-track 2025-01-01–2025-12-31 0/2',
            'threshold frequent-attender-plans met 2024-01-01–2025-12-31 12/12',
            'threshold network-patients at-risk 2024-01-01–2025-12-31 4/10',
          ],
    ],
  ]),
];

describe('status golden per case and region (issue 9 §1)', () => {
  it.each(CASES)('%s — %s', (_case, _source, fields, asOf, expected) => {
    expect(golden(fields, asOf)).toEqual(expected);
  });
});
