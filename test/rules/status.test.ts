// status(facts, asOf) per region: every status kind and state, with fixed asOf dates (RULES.md §6 `mtvp status`).
import { describe, expect, it } from 'vitest';
import type { StatusItem, StatusKind } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import { facts, yr } from '../fixtures/rules/plans.js';

const pick = (items: StatusItem[], kind: StatusKind, metric?: string) =>
  items.find((i) => i.kind === kind && (metric === undefined || i.metric === metric));
const at = (fields: Record<string, unknown>, asOf: string, locale?: 'en') => status(facts(fields), asOf, locale ? { locale } : {});

const HOOG = { region: 'hoog', startDate: '2023-07-01', gps: 3, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid')] };

describe('status: intervisie-count', () => {
  it.each([
    [
      'met',
      [
        { date: '2023-09-01', minutes: 90, gpsPresent: 3 },
        { date: '2023-11-01', minutes: 120, gpsPresent: 3 },
      ],
      '2024-01-15',
      2,
    ],
    ['on-track', [{ date: '2023-09-01', minutes: 90, gpsPresent: 3 }], '2024-01-15', 1],
    ['at-risk', [], '2024-01-15', 0],
  ])('000 §6.1: HOOG year 1 with 2 sessions per year is %s', (state, intervisie, asOf, value) => {
    const item = pick(at({ ...HOOG, intervisie }, asOf).items, 'intervisie-count');
    expect(item).toMatchObject({ status: state, value, target: 2, ruleId: 'hoog.intervisie.per-year', due: '2024-06-30' });
    expect(item?.source).toMatch(/^000 §6\.1 Intervisie/);
  });

  it('000 §6.1: sessions shorter than 90 minutes or without all GPs do not count', () => {
    const intervisie = [
      { date: '2023-09-01', minutes: 60, gpsPresent: 3 },
      { date: '2023-10-01', minutes: 120, gpsPresent: 2 },
      { date: '2023-11-01', minutes: 90, gpsPresent: 3 },
    ];
    const item = pick(at({ ...HOOG, intervisie }, '2024-01-15').items, 'intervisie-count');
    expect(item).toMatchObject({ status: 'on-track', value: 1 });
    expect(item?.message).toBe(
      'Intervisie jaar 1: 1 sessie, minimaal 2, uiterlijk 30-06-2024. 2 telden niet mee (korter dan 90 minuten of niet alle huisartsen aanwezig). Op koers.',
    );
  });

  it.each([
    ['eemland', '001'],
    ['cohaesie', '003'],
  ])('%s (%s): intervisie is mandatory without a number: one session per programme year is expected', (region, doc) => {
    const item = pick(at({ region, startDate: '2024-01-01', years: [] }, '2024-06-01').items, 'intervisie-count');
    expect(item).toMatchObject({ status: 'on-track', value: 0, target: 1, due: '2024-12-31' });
    expect(item?.message).toContain('noemt geen aantal, dus minstens één sessie per programmajaar');
    expect(item?.source.startsWith(`${doc} §`)).toBe(true);
  });
});

describe('status: intervisie-first (004 §A)', () => {
  const RVD = { region: 'rijn-en-duin', startDate: '2024-01-01', years: [yr(1, 'awp.lean')] };
  it.each([
    ['met', '2024-02-01', [{ date: '2024-04-10' }], '2024-04-20', '2024-05-01'],
    ['on-track', '2024-02-01', [], '2024-02-15', '2024-05-01'],
    ['at-risk', '2024-02-29', [], '2024-05-15', '2024-05-29'],
    ['missed', '2024-02-01', [{ date: '2024-06-01' }], '2024-06-15', '2024-05-01'],
  ])('first intervisie %s (first intervention %s)', (state, firstInterventionStart, intervisie, asOf, due) => {
    const item = pick(at({ ...RVD, firstInterventionStart, intervisie }, asOf).items, 'intervisie-first');
    expect(item).toMatchObject({ status: state, due, ruleId: 'rijn-en-duin.intervisie.first' });
  });

  it('without the first intervention date it is not-applicable and asks for it', () => {
    const item = pick(at(RVD, '2024-03-01').items, 'intervisie-first');
    expect(item?.status).toBe('not-applicable');
    expect(item?.message).toContain('Vul de startdatum van de eerste interventie in');
  });

  it('other regions have no intervisie-first item', () => {
    expect(pick(at(HOOG, '2024-01-15').items, 'intervisie-first')).toBeUndefined();
  });
});

describe('status: praktijkplan-deadline', () => {
  it.each([
    ['met', 'hoog', '2023-09-30', '2023-12-01', '2023-10-01'],
    ['missed', 'hoog', '2023-10-02', '2023-12-01', '2023-10-01'],
    ['missed', 'hoog', undefined, '2023-10-02', '2023-10-01'],
    ['at-risk', 'hoog', undefined, '2023-09-15', '2023-10-01'],
    ['on-track', 'hoog', undefined, '2023-07-15', '2023-10-01'],
    ['met', 'eemland', '2023-10-20', '2023-12-01', '2023-11-01'],
    ['on-track', 'eemland', undefined, '2023-08-01', '2023-11-01'],
  ])('002 §2.2 / 001 §4: %s for %s submitted %s (on %s), due %s', (state, region, praktijkplanSubmitted, asOf, due) => {
    const item = pick(at({ region, startDate: '2023-07-01', praktijkplanSubmitted, years: [] }, asOf).items, 'praktijkplan-deadline');
    expect(item).toMatchObject({ status: state, due });
  });

  it.each(['cohaesie', 'rijn-en-duin'])('%s sets no praktijkplan deadline: not-applicable', (region) => {
    expect(pick(at({ region, startDate: '2024-01-01', years: [] }, '2024-03-01').items, 'praktijkplan-deadline')?.status).toBe(
      'not-applicable',
    );
  });
});

describe('status: threshold', () => {
  const WOR = {
    region: 'hoog',
    startDate: '2024-01-01',
    normpraktijken: 1.2,
    years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept')],
  };
  const count = (value: number, from = '2024-01-01', to = '2024-03-31') => ({ metric: 'wor-referrals', from, to, value });

  it('000 §5.2: 12 referrals per normpraktijk × 1,2 = 14,4', () => {
    const item = pick(at({ ...WOR, counts: [count(5)] }, '2024-04-01').items, 'threshold', 'wor-referrals');
    expect(item).toMatchObject({
      target: 14.4,
      value: 5,
      intervention: 'sn.welzijn-op-recept',
      ruleId: 'offer.sn.welzijn-op-recept.wor-referrals',
    });
    expect(item?.message).toContain('5 van 14,4 (12 per normpraktijk × 1,2)');
  });

  it.each([
    ['on-track', 3, '2024-04-01'],
    ['at-risk', 2, '2024-04-01'],
    ['at-risk', 5, '2024-07-01'],
    ['met', 15, '2024-07-01'],
  ])('000 §5.2: pro-rata %s with %i referrals on %s', (state, value, asOf) => {
    expect(pick(at({ ...WOR, counts: [count(value)] }, asOf).items, 'threshold', 'wor-referrals')?.status).toBe(state);
  });

  it('"missed" only for the completed previous programme year', () => {
    const items = at({ ...WOR, counts: [count(5)] }, '2025-01-10').items.filter((i) => i.metric === 'wor-referrals');
    expect(items.map((i) => [i.status, i.due])).toEqual([
      ['missed', '2024-12-31'],
      ['on-track', '2025-12-31'],
    ]);
  });

  it('000 §2.4: soh-hours-per-week takes the latest value, scaled per normpraktijk', () => {
    const counts = [
      { metric: 'soh-hours-per-week', from: '2024-01-01', to: '2024-03-31', value: 6 },
      { metric: 'soh-hours-per-week', from: '2024-04-01', to: '2024-06-30', value: 3 },
    ];
    const item = pick(
      at({ ...WOR, years: [{ year: 1, interventions: [{ id: 'awp.taakherschikking', route: 'soh' }] }], counts }, '2024-07-01').items,
      'threshold',
      'soh-hours-per-week',
    );
    expect(item).toMatchObject({ value: 3, target: 4.8, status: 'at-risk' });
  });

  it('items are absent for interventions not chosen', () => {
    const items = at({ ...WOR, years: [yr(1, 'awp.lean', 'gg.positieve-gezondheid')], counts: [count(5)] }, '2024-04-01').items;
    expect(items.filter((i) => i.kind === 'threshold')).toEqual([]);
  });
});

describe('status: programme year and locale', () => {
  it.each([
    ['2023-12-31', 0],
    ['2024-01-01', 1],
    ['2024-12-31', 1],
    ['2025-01-01', 2],
  ])('start 2024-01-01, on %s → programme year %i', (asOf, year) => {
    expect(at({ region: 'cohaesie', startDate: '2024-01-01', years: [] }, asOf).programmeYear).toBe(year);
  });

  it('English messages on request', () => {
    const result = at({ ...HOOG, praktijkplanSubmitted: '2023-09-01' }, '2024-01-15', 'en');
    expect(pick(result.items, 'praktijkplan-deadline')?.message).toBe('Praktijkplan due by 01-10-2023; submitted on 01-09-2023. Met.');
    expect(pick(result.items, 'intervisie-count')?.message).toBe(
      'Intervisie year 1: 0 sessions, at least 2, by 30-06-2024. Behind schedule.',
    );
  });
});
