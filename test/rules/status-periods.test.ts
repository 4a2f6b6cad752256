// status() across period boundaries (issue 9 §1): the last day of a period, the first day after it, the end of the
// programme; periods per threshold kind; routes; intervisie without a number; intervisie per GP.
import { describe, expect, it } from 'vitest';
import type { StatusItem } from '../../rules/model.js';
import { status, unknownRoutes } from '../../rules/status.js';
import { periodsOf, verdict } from '../../rules/status-periods.js';
import { facts } from '../fixtures/rules/plans.js';
import { RuleSet } from '../../rules/schema.js';
import hoog2024 from '../../rules/sets/hoog/2024.json' with { type: 'json' };

const items = (fields: Record<string, unknown>, asOf: string) => status(facts(fields), asOf).items;
const of = (list: StatusItem[], metric: string) => list.filter((i) => i.metric === metric);
const brief = (list: StatusItem[]) => list.map((i) => [i.status, i.period?.from, i.period?.to, i.value]);
const plan = (...ids: (string | { id: string; route?: string })[]) => [
  { year: 1, interventions: ids.map((i) => (typeof i === 'string' ? { id: i } : i)) },
];

const HOOG = { region: 'hoog', startDate: '2024-01-01', normpraktijken: 1, gps: 2 };

describe('pro-rata never calls a shortfall on track when the time is up (000 §5.2 "per jaar")', () => {
  const WOR = { ...HOOG, years: plan('sn.welzijn-op-recept') };
  const wor = (value: number) => ({ metric: 'wor-referrals', from: '2024-01-01', to: '2024-12-31', value });

  it.each([
    ['2024-12-30', 11, 'on-track'], // pro-rata floor(12 × 365/366) = 11: one day left
    ['2024-12-31', 11, 'at-risk'],
    ['2024-12-31', 12, 'met'],
    ['2024-07-01', 6, 'on-track'],
  ])('on %s with %i of 12: %s', (asOf, value, state) => {
    expect(of(items({ ...WOR, counts: [wor(value)] }, asOf), 'wor-referrals')[0]?.status).toBe(state);
  });

  it('the first day after the year: year 1 missed and still listed with its period, year 2 starts', () => {
    const list = of(items({ ...WOR, counts: [wor(11)] }, '2025-01-01'), 'wor-referrals');
    expect(brief(list)).toEqual([
      ['missed', '2024-01-01', '2024-12-31', 11],
      ['on-track', '2025-01-01', '2025-12-31', undefined],
    ]);
    expect(list[0]?.message).toContain('jaar 1 (01-01-2024 t/m 31-12-2024)');
  });

  it('a met earlier year is not listed again; a missed one stays until the end of the programme and after', () => {
    expect(brief(of(items({ ...WOR, counts: [wor(12)] }, '2025-06-01'), 'wor-referrals'))).toEqual([
      ['at-risk', '2025-01-01', '2025-12-31', undefined],
    ]);
    expect(brief(of(items({ ...WOR, counts: [wor(3)] }, '2027-03-01'), 'wor-referrals'))).toEqual([
      ['missed', '2024-01-01', '2024-12-31', 3],
      ['missed', '2025-01-01', '2025-12-31', undefined],
    ]);
  });

  it('verdict(): a target of 12 on the last day needs 12', () => {
    const p = { kind: 'programme-year' as const, from: '2024-01-01', until: '2025-01-01' };
    expect(verdict(11, 12, p, '2024-12-31')).toBe('at-risk');
    expect(verdict(11, 12, p, '2025-01-01')).toBe('missed');
    expect(verdict(0, 12, p, '2024-01-01')).toBe('on-track');
  });
});

describe('a count without a period in the seed is cumulative over the programme (000 §2.1, §5.1)', () => {
  const FA = { ...HOOG, years: plan('awp.regie-veelgebruikers', 'sn.wijkteam') };
  const c = (metric: string, from: string, value: number) => ({ metric, from, to: from, value });

  it('000 §2.1 "plan van aanpak voor minimaal 12 ‘veelgebruikers’": 8 in year 1 and 4 in year 2 make 12', () => {
    const counts = [c('frequent-attender-plans', '2024-05-01', 8), c('frequent-attender-plans', '2025-02-01', 4)];
    expect(brief(of(items({ ...FA, counts }, '2024-12-31'), 'frequent-attender-plans'))).toEqual([
      ['on-track', '2024-01-01', '2025-12-31', 8],
    ]);
    expect(brief(of(items({ ...FA, counts }, '2025-01-01'), 'frequent-attender-plans'))).toEqual([
      ['on-track', '2024-01-01', '2025-12-31', 8],
    ]);
    expect(of(items({ ...FA, counts }, '2025-03-01'), 'frequent-attender-plans')[0]).toMatchObject({ status: 'met', value: 12 });
  });

  it('000 §5.1 "tenminste 10 patiënten ingebracht": missed only at the end of the programme', () => {
    const counts = [c('network-patients', '2024-05-01', 6)];
    expect(of(items({ ...FA, counts }, '2025-12-31'), 'network-patients')[0]).toMatchObject({ status: 'at-risk', value: 6 });
    const after = of(items({ ...FA, counts }, '2026-01-01'), 'network-patients');
    expect(brief(after)).toEqual([['missed', '2024-01-01', '2025-12-31', 6]]);
    expect(after[0]?.message).toContain('hele programma (01-01-2024 t/m 31-12-2025)');
  });

  it('the programme runs to the last planned year (year 3 here)', () => {
    const years = [...plan('awp.regie-veelgebruikers'), { year: 3, interventions: [{ id: 'awp.regie-veelgebruikers' }] }];
    expect(of(items({ ...HOOG, years }, '2026-01-01'), 'frequent-attender-plans')[0]?.period).toEqual({
      kind: 'programme',
      from: '2024-01-01',
      to: '2026-12-31',
    });
  });
});

describe('"per 12 maanden" is a rolling window (000 §2.7 beeldbellen)', () => {
  const BB = { ...HOOG, years: plan('awp.beeldbellen') };
  const v = (from: string, to: string, value: number) => ({ metric: 'video-consults', from, to, value });

  it('in year 2 the window is the 12 months up to the day, and a full window below 30 is at risk', () => {
    const counts = [v('2024-07-01', '2024-09-30', 20), v('2025-01-01', '2025-03-31', 5)];
    const list = of(items({ ...BB, counts }, '2025-04-15'), 'video-consults');
    expect(brief(list)).toEqual([
      ['missed', '2024-01-01', '2024-12-31', 20],
      ['at-risk', '2024-04-16', '2025-04-15', 25],
    ]);
    expect(list[1]?.period?.kind).toBe('rolling-12-months');
    expect(of(items({ ...BB, counts: [...counts, v('2025-04-01', '2025-04-10', 5)] }, '2025-04-15'), 'video-consults')[1]?.status).toBe(
      'met',
    );
  });
});

describe('periodsOf: calendar years, clipped to the programme', () => {
  it('a practice that started in July gets half a first calendar year', () => {
    const f = { startDate: '2023-07-01', years: [{ year: 1, interventions: [] }] };
    expect(periodsOf('calendar-year', f, [1, 2], '2025-03-01').map((p) => [p.from, p.until])).toEqual([
      ['2023-07-01', '2024-01-01'],
      ['2024-01-01', '2025-01-01'],
      ['2025-01-01', '2025-07-01'],
    ]);
  });
});

describe('a threshold applies only to the route the practice took', () => {
  const soh = (value: number) => ({ metric: 'soh-hours-per-week', from: '2024-01-01', to: '2024-03-31', value });

  it('000 §2.5 "De praktijk leidt één PA of één VS op.": no SOH-hours target on the PA/VS route', () => {
    const list = items({ ...HOOG, years: plan({ id: 'awp.taakherschikking', route: 'pa-vs' }), counts: [soh(0)] }, '2024-10-01');
    expect(of(list, 'soh-hours-per-week')).toEqual([]);
  });

  it('000 §2.4: the SOH route has the target', () => {
    const list = items({ ...HOOG, years: plan({ id: 'awp.taakherschikking', route: 'soh' }), counts: [soh(4)] }, '2024-10-01');
    expect(of(list, 'soh-hours-per-week')[0]).toMatchObject({ status: 'met', route: 'soh', value: 4, target: 4 });
  });

  it('without a chosen route: a "kies route" item, not a target to chase', () => {
    const list = items({ ...HOOG, years: plan('awp.taakherschikking'), counts: [soh(0)] }, '2024-10-01');
    const item = of(list, 'soh-hours-per-week')[0];
    expect(item).toMatchObject({ status: 'not-applicable', route: 'soh' });
    expect(item?.value).toBeUndefined();
    expect(item?.message).toContain('Kies de route (SOH-spreekuur / PA of VS opleiden)');
    expect(item?.source).toContain('000 §2.5');
  });

  it('000 §2.8 "en/of": e-Health via an Online Spreekuurtool has no 30-patients target', () => {
    const online = items({ ...HOOG, years: plan({ id: 'awp.ehealth', route: 'online-spreekuur' }) }, '2024-12-31');
    expect(of(online, 'selfmeasurement-patients')).toEqual([]);
    const zelf = items({ ...HOOG, years: plan({ id: 'awp.ehealth', route: 'zelfmetingen' }) }, '2024-12-31');
    expect(of(zelf, 'selfmeasurement-patients')[0]).toMatchObject({ status: 'at-risk', target: 30 });
  });

  it('a rule set whose threshold names a route its offer lacks does not parse', () => {
    const set = structuredClone(hoog2024) as { offers: { id: string; thresholds: { route?: string }[] }[] };
    const ehealth = set.offers.findIndex((o) => o.id === 'awp.ehealth');
    const threshold = set.offers[ehealth]?.thresholds[0];
    if (threshold) threshold.route = 'nope';
    const result = RuleSet.safeParse(set);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([`offers.${ehealth}.thresholds.0.route`]);
  });

  it('a route the offer does not have is reported with its path', () => {
    const f = facts({ ...HOOG, years: plan({ id: 'awp.ehealth', route: 'soh' }, { id: 'awp.lean', route: 'x' }) });
    expect(unknownRoutes(f)).toEqual([
      { path: ['years', 0, 'interventions', 0, 'route'], route: 'soh', routes: ['zelfmetingen', 'online-spreekuur'] },
      { path: ['years', 0, 'interventions', 1, 'route'], route: 'x', routes: [] },
    ]);
  });
});

describe('intervisie over the whole programme', () => {
  const session = (date: string, extra: Record<string, unknown> = {}) => ({ date, minutes: 90, gpsPresent: 2, ...extra });
  const intervisie = (list: StatusItem[]) => list.filter((i) => i.kind === 'intervisie-count');

  it('000 §6.1 "minimaal 2 keer per jaar": year 1 with one session is missed and stays listed in year 2', () => {
    const f = { ...HOOG, years: plan('awp.lean'), intervisie: [session('2024-03-01')] };
    expect(brief(intervisie(items(f, '2024-12-31')))).toEqual([['at-risk', '2024-01-01', '2024-12-31', 1]]);
    expect(brief(intervisie(items(f, '2025-01-01')))).toEqual([
      ['missed', '2024-01-01', '2024-12-31', 1],
      ['on-track', '2025-01-01', '2025-12-31', 0],
    ]);
  });

  it('004 §A "Tenminste twee keer per jaar": the same for Rijn en Duin, and nothing after the programme ends', () => {
    const f = { region: 'rijn-en-duin', startDate: '2026-01-01', years: plan('awp.lean'), intervisie: [session('2026-03-01')] };
    expect(brief(intervisie(items(f, '2028-02-01')))).toEqual([
      ['missed', '2026-01-01', '2026-12-31', 1],
      ['missed', '2027-01-01', '2027-12-31', 0],
    ]);
  });

  it.each([
    ['eemland', '001 §4'],
    ['cohaesie', '003 §7'],
  ])('%s (%s, mandatory without a number): at risk past half the year, missed when the year ended without one', (region) => {
    const f = { region, startDate: '2024-01-01', years: plan('awp.lean') };
    const on = (asOf: string, extra: Record<string, unknown> = {}) => brief(intervisie(items({ ...f, ...extra }, asOf)));
    expect(on('2024-07-01')).toEqual([['on-track', '2024-01-01', '2024-12-31', 0]]);
    expect(on('2024-07-02')).toEqual([['at-risk', '2024-01-01', '2024-12-31', 0]]);
    expect(on('2025-01-01')).toEqual([
      ['missed', '2024-01-01', '2024-12-31', 0],
      ['on-track', '2025-01-01', '2025-12-31', 0],
    ]);
    expect(on('2025-01-01', { intervisie: [{ date: '2024-11-01' }] })).toEqual([['on-track', '2025-01-01', '2025-12-31', 0]]);
  });

  it('000 §6.1 "Alle huisartsen … nemen minimaal 2 keer per jaar deel": counted per GP by the names logged', () => {
    const f = {
      ...HOOG,
      years: plan('awp.lean'),
      intervisie: [session('2024-03-01', { gpsAttending: ['AB', 'CD'] }), session('2024-06-01', { gpsAttending: ['ab'] })],
    };
    const [item] = intervisie(items(f, '2024-09-01'));
    expect(item).toMatchObject({
      value: 1,
      target: 2,
      perGp: [
        { gp: 'AB', value: 2 },
        { gp: 'CD', value: 1 },
      ],
    });
    expect(item?.message).toContain('Nog niet 2 keer: CD (1).');
    const third = { ...f, intervisie: [...f.intervisie, session('2024-10-01', { gpsAttending: ['CD'] })] };
    expect(intervisie(items(third, '2024-11-01'))[0]).toMatchObject({ status: 'met', value: 2 });
  });

  it('a GP the practice has but nobody named counts only sessions logged with all GPs present', () => {
    const f = { ...HOOG, gps: 3, years: plan('awp.lean'), intervisie: [session('2024-03-01', { gpsAttending: ['AB', 'CD'] })] };
    expect(intervisie(items(f, '2024-04-01'))[0]).toMatchObject({ value: 0 });
  });
});
