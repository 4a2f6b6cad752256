// Calendar arithmetic: month clamping, programme years and Dutch date formatting (RULES.md §1).
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatDate, programmeYear, programmeYearRange } from '../../rules/dates.js';

describe('dates', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2023-07-01', 3, '2023-10-01'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-11-15', 3, '2025-02-15'],
    ['2024-03-31', -1, '2024-02-29'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-01-01', '2023-12-31', 0],
    ['2024-01-01', '2024-01-01', 1],
    ['2024-01-01', '2024-12-31', 1],
    ['2024-01-01', '2025-01-01', 2],
    ['2024-01-01', '2026-01-01', 3],
    ['2024-02-29', '2025-02-27', 1],
    ['2024-02-29', '2025-02-28', 2],
  ])('programmeYear(start %s, on %s) = %i', (start, asOf, year) => {
    expect(programmeYear(start, asOf)).toBe(year);
  });

  it('programmeYearRange is half-open and consecutive', () => {
    expect(programmeYearRange('2023-07-01', 1)).toEqual({ from: '2023-07-01', until: '2024-07-01' });
    expect(programmeYearRange('2023-07-01', 2)).toEqual({ from: '2024-07-01', until: '2025-07-01' });
  });

  it('addDays and daysBetween cross month and leap-year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-31', '2024-03-01')).toBe(-30);
  });

  it('addDays and daysBetween agree on every day of 2020–2030, as ISO dates', () => {
    let day = '2020-01-01';
    for (let n = 1; day < '2031-01-01'; n += 1) {
      const next = addDays(day, 1);
      expect(next).toBe(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(daysBetween('2020-01-01', next)).toBe(n);
      day = next;
    }
  });

  it.each([
    ['2025-03-15', '15-03-2025'],
    ['2023-10-01', '01-10-2023'],
  ])('formatDate(%s) = %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });
});
