// Key encoding: what Azure forbids never reaches a key, encoding is reversible, and sortable keys sort.
import { describe, expect, it } from 'vitest';
import { dateRange, decodeKey, encodeKey, idFromKey, invertedTime, padNumber, prefixRange, yearRange } from '../../storage/keys.js';
import { AWKWARD_IDS } from './fixtures.js';

// Azure Tables: no / \ # ? and no control characters U+0000–U+001F, U+007F–U+009F in keys.
const FORBIDDEN = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

describe('encodeKey', () => {
  it.each(AWKWARD_IDS)('makes %j key-safe and short enough', (id) => {
    const key = encodeKey(id);
    expect(key).not.toMatch(FORBIDDEN);
    expect(key).not.toContain('|');
    expect(key.length).toBeLessThanOrEqual(400);
  });

  it('is reversible for ids within the budget', () => {
    for (const id of AWKWARD_IDS.filter((i) => !i.startsWith('long-'))) expect(decodeKey(encodeKey(id))).toBe(id);
    expect(encodeKey('19:abc@thread.tacv2')).toBe('19:abc@thread.tacv2');
    expect(encodeKey('a/b#c?d\\e%f|g')).toBe('a%2Fb%23c%3Fd%5Ce%25f%7Cg');
  });

  it('hashes over-long ids deterministically and distinctly', () => {
    const [a, b] = AWKWARD_IDS.filter((i) => i.startsWith('long-'));
    expect(encodeKey(a ?? '')).toBe(encodeKey(a ?? ''));
    expect(encodeKey(a ?? '')).not.toBe(encodeKey(b ?? ''));
    expect(decodeKey(encodeKey(a ?? ''))).toBeUndefined();
  });
});

describe('sortable keys', () => {
  it('pads numbers so lexical order is numeric order', () => {
    expect(
      ['10', '9', '100']
        .map(Number)
        .map((n) => padNumber(n, 6))
        .sort(),
    ).toEqual(['000009', '000010', '000100']);
    expect(() => padNumber(1_000_000, 6)).toThrow(RangeError);
    expect(() => padNumber(-1, 6)).toThrow(RangeError);
  });

  it('inverts timestamps so an ascending scan is newest first', () => {
    const times = ['2025-01-01T00:00:00.000Z', '2026-06-01T12:00:00.000Z', '2025-01-01T00:00:00.001Z'];
    const byKey = [...times].sort((x, y) => (invertedTime(x) < invertedTime(y) ? -1 : 1));
    expect(byKey).toEqual([times[1], times[2], times[0]]);
    expect(invertedTime(times[0] ?? '')).toHaveLength(13);
    expect(() => invertedTime('not a date')).toThrow(RangeError);
  });

  it('builds prefix and date ranges that include their boundaries', () => {
    expect(prefixRange('c|')).toEqual({ from: 'c|', to: 'c}' });
    const year = yearRange('s|', 2025);
    const inRange = (k: string) => k >= year.from && k < year.to;
    expect(['s|2025-01-01|x', 's|2025-12-31|zzz', 's|2025-06-01|é'].every(inRange)).toBe(true);
    expect(['s|2024-12-31|x', 's|2026-01-01|a', 'k|abc'].some(inRange)).toBe(false);
    expect(dateRange('s|')).toEqual(prefixRange('s|'));
    expect(() => dateRange('s|', '2025-1-1')).toThrow(RangeError);
  });

  it('derives the same record id from the same idempotency key', () => {
    expect(idFromKey('activity-1')).toBe(idFromKey('activity-1'));
    expect(idFromKey('activity-1')).not.toBe(idFromKey('activity-2'));
    expect(idFromKey('x')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
