// STYLE.md §7.6: any console.error during a test fails it unless the test expects it
// (a test that expects one replaces the spy with its own `vi.spyOn(console, 'error')`).
import { afterEach, beforeEach, expect, vi } from 'vitest';

let calls: unknown[][] = [];

beforeEach(() => {
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});

afterEach(() => {
  const seen = calls;
  vi.restoreAllMocks();
  expect(seen, 'unexpected console.error during the test').toEqual([]);
});
