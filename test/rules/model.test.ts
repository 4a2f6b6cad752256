import { describe, expect, it } from 'vitest';
import { elementOf, IsoDate } from '../../rules/model.js';

describe('IsoDate', () => {
  it.each([
    ['2025-03-15', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['15-03-2025', false],
  ])('%s valid=%s', (input, valid) => {
    expect(IsoDate.safeParse(input).success).toBe(valid);
  });
});

describe('elementOf', () => {
  it('reads the element from a canonical id', () => {
    expect(elementOf('sn.wijkteam')).toBe('sn');
    expect(elementOf('xx.iets')).toBeUndefined();
  });
});
