// Property tests (fast-check, fixed seed): determinism, sources, ok ⇔ no error, upc never breaks a passing plan,
// status values never negative, and check never throws on anything built from the catalogue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../rules/dates.js';
import { check } from '../../rules/engine.js';
import { FUNDING_PROJECTS, FUNDING_SCHEMES, INTERVENTION_IDS, METRICS, type Plan, PracticeFacts, REGIONS } from '../../rules/model.js';
import type { RuleSet } from '../../rules/schema.js';
import { RULE_SETS } from '../../rules/sets/index.js';
import { status } from '../../rules/status.js';
import { plan, yr } from '../fixtures/rules/plans.js';

const RUNS = { seed: 20240601, numRuns: 200 } as const;
const key = (s: RuleSet) => `${s.region}@${s.version}`;
/** A correction (`2023.1`) shares the passing base plan of the version it corrects. */
const passingBase = (s: RuleSet): string[][] => PASSING[key(s)] ?? PASSING[`${s.region}@${s.version.split('.')[0] ?? ''}`] ?? [];

const choice = (ids: readonly string[]) =>
  fc
    .record({
      id: fc.constantFrom(...ids),
      deepening: fc.option(fc.boolean(), { nil: undefined }),
      justification: fc.option(fc.constantFrom('', 'Onderbouwing.'), { nil: undefined }),
    })
    .map(({ id, deepening, justification }) => ({
      id,
      ...(deepening !== undefined ? { deepening } : {}),
      ...(justification !== undefined ? { justification } : {}),
    }));

const funding = (ids: readonly string[]) =>
  fc
    .record({
      scheme: fc.constantFrom(...FUNDING_SCHEMES),
      intervention: fc.option(fc.constantFrom(...ids), { nil: undefined }),
      project: fc.option(fc.constantFrom(...FUNDING_PROJECTS), { nil: undefined }),
    })
    .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));

/** A random plan over one rule set's offers, checked against that set. */
const planOf = (set: RuleSet) => {
  const ids = set.offers.map((o) => o.id);
  return fc
    .record({
      subregion: fc.option(fc.constantFrom(...(set.subregions.length ? set.subregions : ['geen'])), { nil: undefined }),
      otherFunding: fc.array(funding(ids), { maxLength: 2 }),
      years: fc.array(fc.record({ year: fc.integer({ min: 1, max: 4 }), interventions: fc.array(choice(ids), { maxLength: 6 }) }), {
        maxLength: 4,
      }),
    })
    .map((p) => plan({ region: set.region, ruleSetVersion: set.version, startDate: set.validFrom, ...p }));
};
const anyPlan = fc.constantFrom(...RULE_SETS).chain(planOf);

const PASSING: Record<string, string[][]> = {
  'hoog@2023': [
    ['awp.triage-training', 'gg.positieve-gezondheid'],
    ['awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ],
  'hoog@2024': [
    ['awp.triage-training', 'gg.positieve-gezondheid'],
    ['awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ],
  'eemland@2023': [
    ['awp.triage-training', 'gg.positieve-gezondheid'],
    ['awp.triage-training', 'awp.lean', 'gg.positieve-gezondheid', 'sn.mdo', 'sn.welzijn-op-recept'],
  ],
  'cohaesie@2023': [
    ['awp.triage-training', 'gg.positieve-gezondheid'],
    ['awp.triage-training', 'awp.taakherschikking', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ],
  'rijn-en-duin@2026': [
    ['awp.lean', 'gg.positieve-gezondheid'],
    ['awp.lean', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
    ['awp.lean', 'awp.triage-training', 'gg.positieve-gezondheid', 'sn.welzijn-op-recept', 'sn.wijkteam'],
  ],
};

/** A passing base plan of the set plus random offered/allowed extras (kept only when the result still passes). */
const passingOf = (set: RuleSet) => {
  const base = passingBase(set);
  const extras = set.offers.filter((o) => o.status === 'offered' || o.status === 'allowed').map((o) => o.id);
  return fc.array(fc.tuple(fc.integer({ min: 1, max: base.length }), fc.constantFrom(...extras)), { maxLength: 4 }).map((adds) =>
    plan({
      region: set.region,
      ruleSetVersion: set.version,
      startDate: set.validFrom,
      years: base.map((ids, i) => yr(i + 1, ...ids, ...adds.filter(([y]) => y === i + 1).map(([, id]) => id))),
    }),
  );
};

const upcOffers = (set: RuleSet) => set.offers.filter((o) => o.id.startsWith('upc.') && (o.status === 'offered' || o.status === 'allowed'));

describe('check properties', () => {
  it('every rule set has a passing base plan here and at least one upc offer', () => {
    for (const set of RULE_SETS) {
      expect(
        check(
          plan({
            region: set.region,
            ruleSetVersion: set.version,
            startDate: set.validFrom,
            years: passingBase(set).map((ids, i) => yr(i + 1, ...ids)),
          }),
        ).ok,
        key(set),
      ).toBe(true);
      expect(upcOffers(set).length, key(set)).toBeGreaterThan(0);
    }
  });

  it('(a) findings are deterministic', () => {
    fc.assert(
      fc.property(anyPlan, (p) => {
        expect(check(p)).toEqual(check(structuredClone(p)));
      }),
      RUNS,
    );
  });

  it('(b) every finding has a seed source, a rule id, a severity and a message; (c) ok ⇔ no error', () => {
    fc.assert(
      fc.property(anyPlan, fc.constantFrom('nl' as const, 'en' as const), (p, locale) => {
        const result = check(p, { locale });
        for (const f of result.findings) {
          expect(f.source).toMatch(/^\d{3} §/);
          expect(f.ruleId).toMatch(/^[a-z0-9.-]+$/);
          expect(['error', 'warning', 'info']).toContain(f.severity);
          expect(f.message.trim().length).toBeGreaterThan(10);
        }
        expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
      }),
      RUNS,
    );
  });

  it('(d) adding an offered/allowed upc intervention of the region to any year keeps a passing plan passing', () => {
    const arb = fc.constantFrom(...RULE_SETS).chain((set) => fc.tuple(passingOf(set), fc.constantFrom(...upcOffers(set)), fc.nat()));
    fc.assert(
      fc.property(arb, ([p, upc, n]) => {
        fc.pre(check(p).ok && !p.years.some((y) => y.interventions.some((i) => i.id === upc.id)));
        const candidates = p.years.filter((y) => y.year >= upc.fromYear && (upc.toYear === undefined || y.year <= upc.toYear));
        fc.pre(candidates.length > 0);
        const target = candidates[n % candidates.length]?.year;
        const more: Plan = {
          ...p,
          years: p.years.map((y) => (y.year === target ? { ...y, interventions: [...y.interventions, { id: upc.id }] } : y)),
        };
        expect(check(more).findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(f) check never throws for any plan over the catalogue ids and years 1–5', () => {
    const ids = [...INTERVENTION_IDS, 'awp.bestaat-niet', 'x'];
    const arb = fc.record({
      region: fc.constantFrom(...REGIONS),
      startDate: fc.integer({ min: 0, max: 2000 }).map((d) => addDays('2022-01-01', d)),
      subregion: fc.constantFrom('apeldoorn', 'zutphen', 'oost-achterhoek', 'elders'),
      otherFunding: fc.array(funding(ids), { maxLength: 3 }),
      years: fc.array(fc.record({ year: fc.integer({ min: 1, max: 5 }), interventions: fc.array(choice(ids), { maxLength: 8 }) }), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(arb, (fields) => {
        const result = check(plan(fields));
        expect(typeof result.ok).toBe('boolean');
      }),
      RUNS,
    );
  });
});

describe('status properties', () => {
  it('(e) status values are never negative and every item has a message and a source', () => {
    const count = fc.record({
      metric: fc.constantFrom(...METRICS),
      from: fc.integer({ min: -30, max: 1200 }),
      days: fc.integer({ min: 0, max: 200 }),
      value: fc.double({ min: 0, max: 60, noNaN: true }),
    });
    const session = fc.record({
      day: fc.integer({ min: -30, max: 1200 }),
      minutes: fc.integer({ min: 30, max: 180 }),
      gpsPresent: fc.integer({ min: 0, max: 5 }),
    });
    const arb = fc
      .constantFrom(...RULE_SETS)
      .chain((set) =>
        fc.tuple(
          planOf(set),
          fc.array(count, { maxLength: 6 }),
          fc.array(session, { maxLength: 5 }),
          fc.integer({ min: -100, max: 1500 }),
          fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
          fc.double({ min: 0.5, max: 3, noNaN: true }),
        ),
      );
    fc.assert(
      fc.property(arb, ([p, counts, sessions, asOfDay, firstDay, np]) => {
        const start = p.startDate;
        const facts = PracticeFacts.parse({
          ...p,
          normpraktijken: np,
          gps: 3,
          ...(firstDay !== undefined ? { firstInterventionStart: addDays(start, firstDay) } : {}),
          counts: counts.map((c) => ({
            metric: c.metric,
            from: addDays(start, c.from),
            to: addDays(start, c.from + c.days),
            value: c.value,
          })),
          intervisie: sessions.map((s) => ({ date: addDays(start, s.day), minutes: s.minutes, gpsPresent: s.gpsPresent })),
        });
        const result = status(facts, addDays(start, asOfDay));
        expect(result.programmeYear).toBeGreaterThanOrEqual(0);
        for (const item of result.items) {
          for (const n of [item.value, item.target, item.expectedShare]) if (n !== undefined) expect(n).toBeGreaterThanOrEqual(0);
          expect(item.message.trim()).not.toBe('');
          expect(item.source).toMatch(/^\d{3} §/);
        }
      }),
      RUNS,
    );
  });
});
