// todayOf remembers its last answer per UTC minute (dialogs/shared/reply.ts): the remembered date must always be the
// date a fresh formatter gives, around midnight in Amsterdam and around both daylight-saving changes.
import { describe, expect, test } from 'vitest';
import { todayOf } from '../../dialogs/shared/reply.js';

const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

// Midnight in Amsterdam in winter (UTC+1) and summer (UTC+2), and the nights of the changes (30-03-2025, 26-10-2025).
const EDGES = ['2025-01-14T23:00:00.000Z', '2025-07-14T22:00:00.000Z', '2025-03-30T01:00:00.000Z', '2025-10-25T22:00:00.000Z'];
const OFFSETS_MS = [-61_000, -60_000, -1, 0, 1, 59_999, 60_000, 3_600_000];

describe('todayOf', () => {
  test('equals a fresh Intl format at every instant around midnight and the DST changes, in any order', () => {
    const instants = EDGES.flatMap((edge) => OFFSETS_MS.map((d) => new Date(Date.parse(edge) + d)));
    for (const order of [instants, [...instants].reverse()]) {
      for (const now of order) {
        expect(todayOf(now)).toBe(fresh.format(now));
        expect(todayOf(now)).toBe(fresh.format(now)); // the remembered answer
      }
    }
  });

  test('the last millisecond before midnight and the first after it, within one call sequence', () => {
    expect(todayOf(new Date('2025-01-14T22:59:59.999Z'))).toBe('2025-01-14');
    expect(todayOf(new Date('2025-01-14T23:00:00.000Z'))).toBe('2025-01-15');
    expect(todayOf(new Date('2025-01-14T22:59:59.999Z'))).toBe('2025-01-14');
  });

  test('an invalid date throws as before', () => {
    expect(() => todayOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});
