// Property tests of status() over the whole programme (issue 9 §1, tests): a requirement whose period ended unmet is
// never "on-track" (nor "at-risk": it is "missed"), and a threshold without a period in the seed never resets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../rules/dates.js';
import { METRICS, PracticeFacts, REGIONS } from '../../rules/model.js';
import { intervisieCountItems, status } from '../../rules/status.js';

const RUNS = { numRuns: 300, seed: 9 };

const CHOICES = [
  { id: 'awp.regie-veelgebruikers' },
  { id: 'awp.taakherschikking', route: 'soh' },
  { id: 'awp.taakherschikking', route: 'pa-vs' },
  { id: 'awp.taakherschikking' },
  { id: 'awp.beeldbellen' },
  { id: 'awp.ehealth', route: 'zelfmetingen' },
  { id: 'awp.ehealth' },
  { id: 'awp.lean' },
  { id: 'sn.welzijn-op-recept' },
  { id: 'sn.wijkteam' },
] as const;

const practice = fc.record({
  region: fc.constantFrom(...REGIONS),
  start: fc.constantFrom('2023-04-01', '2023-07-01', '2024-01-01', '2024-10-01', '2026-01-01'),
  years: fc.integer({ min: 1, max: 4 }),
  choices: fc.uniqueArray(fc.constantFrom(...CHOICES), { maxLength: 5, selector: (c) => c.id }),
  counts: fc.array(
    fc.record({
      metric: fc.constantFrom(...METRICS),
      from: fc.integer({ min: 0, max: 1400 }),
      days: fc.integer({ min: 0, max: 120 }),
      value: fc.integer({ min: 0, max: 20 }),
    }),
    { maxLength: 8 },
  ),
  sessions: fc.array(fc.record({ day: fc.integer({ min: 0, max: 1400 }), gps: fc.integer({ min: 0, max: 3 }) }), { maxLength: 6 }),
});

type Practice = typeof practice extends fc.Arbitrary<infer T> ? T : never;

function factsOf(p: Practice): PracticeFacts {
  return PracticeFacts.parse({
    region: p.region,
    startDate: p.start,
    gps: 3,
    normpraktijken: 1,
    years: Array.from({ length: p.years }, (_, i) => ({ year: i + 1, interventions: p.choices.map((c) => ({ ...c })) })),
    counts: p.counts.map((c) => ({
      metric: c.metric,
      from: addDays(p.start, c.from),
      to: addDays(p.start, c.from + c.days),
      value: c.value,
    })),
    intervisie: p.sessions.map((s) => ({ date: addDays(p.start, s.day), minutes: 90, gpsPresent: s.gps })),
  });
}

describe('status properties over periods', () => {
  it('a requirement whose period (or deadline) has ended unmet is missed, never on-track or at-risk', () => {
    fc.assert(
      fc.property(practice, fc.integer({ min: 0, max: 1800 }), (p, day) => {
        const asOf = addDays(p.start, day);
        for (const item of status(factsOf(p), asOf).items) {
          const end = item.period?.to ?? item.due;
          if (end === undefined || asOf <= end || item.status === 'met' || item.status === 'not-applicable') continue;
          // The current rolling window ends on asOf; everything else that ended before asOf is over.
          expect(item.status, `${item.ruleId} ${item.period?.from ?? ''}–${end} on ${asOf}`).toBe('missed');
        }
      }),
      RUNS,
    );
  });

  it('intervisieCountItems gives exactly the intervisie-count items of status(), in both languages', () => {
    fc.assert(
      fc.property(practice, fc.integer({ min: -60, max: 1800 }), fc.constantFrom('nl' as const, 'en' as const), (p, day, locale) => {
        const asOf = addDays(p.start, day);
        const full = status(factsOf(p), asOf, { locale }).items.filter((i) => i.kind === 'intervisie-count');
        expect(intervisieCountItems(factsOf(p), asOf, { locale })).toEqual(full);
      }),
      RUNS,
    );
  });

  it('on the last day of a period a shortfall is never on-track', () => {
    fc.assert(
      fc.property(practice, fc.integer({ min: 1, max: 4 }), (p, year) => {
        const asOf = addDays(addMonths(p.start, 12 * year), -1);
        for (const item of status(factsOf(p), asOf).items)
          if (item.period?.to === asOf && item.target !== undefined && (item.value ?? 0) < item.target)
            expect(item.status, item.ruleId).not.toBe('on-track');
      }),
      RUNS,
    );
  });

  it('a threshold without a period in the seed never resets: its value only grows and its period stays put', () => {
    const hoog = practice.map((p) => ({ ...p, region: 'hoog' as const, start: '2024-01-01' as const }));
    fc.assert(
      fc.property(hoog, fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 1, max: 400 }), (p, day, later) => {
        const f = factsOf(p);
        const cumulative = (asOf: string) => status(f, asOf).items.filter((i) => i.kind === 'threshold' && i.period?.kind === 'programme');
        const before = cumulative(addDays(p.start, day));
        const after = cumulative(addDays(p.start, day + later));
        for (const b of before) {
          const a = after.find((i) => i.ruleId === b.ruleId);
          if (!a) {
            // It drops from the list only once the programme has ended (met then; a missed one stays).
            expect(addDays(p.start, day + later) > (b.period?.to ?? '')).toBe(true);
            continue;
          }
          expect(a.period?.from).toBe(b.period?.from);
          expect(a.value ?? 0).toBeGreaterThanOrEqual(b.value ?? 0);
        }
      }),
      RUNS,
    );
  });
});
