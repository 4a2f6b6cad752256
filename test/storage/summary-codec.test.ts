// The stored text of the summary (storage/tables/summary-codec.ts): day runs decode to exactly the summary that was
// encoded, format 1 rows (plain JSON) are still read, the size stays small with a long history, and a damaged text is
// reported, never guessed.
import { describe, expect, test } from 'vitest';
import type { IntervisieSession } from '../../rules/model.js';
import { StorageError } from '../../storage/errors.js';
import { addSession, EMPTY_SUMMARY, sortSessions, SUMMARY_FORMAT, type Summary } from '../../storage/tables/summary.js';
import { decodeSummary, encodeSummary, isReadableFormat } from '../../storage/tables/summary-codec.js';
import { lcg, pick } from './fixtures.js';

const DAY_MS = 86_400_000;
const dayAfter = (from: string, days: number): string =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A summary folded from `count` sessions as the stores fold them, with every kind of session. */
function summaryOf(count: number, seed: number, spanDays = 1_100): Summary {
  const r = lcg(seed);
  let summary: Summary = EMPTY_SUMMARY;
  for (let i = 0; i < count; i += 1) {
    const names = pick(r, [undefined, undefined, undefined, ['AB', 'CD'], [' ab', 'EF ']]);
    const minutes = pick(r, [undefined, 0, 45, 60, 90.5]);
    const gpsPresent = pick(r, [undefined, 0, 1, 3]);
    const session: IntervisieSession = {
      date: dayAfter('2023-12-30', Math.floor(r() * spanDays)),
      ...(minutes !== undefined ? { minutes } : {}),
      ...(gpsPresent !== undefined ? { gpsPresent } : {}),
      ...(names !== undefined ? { gpsAttending: names } : {}),
    };
    summary = addSession(summary, `${session.date}|id${String(i).padStart(5, '0')}`, session);
  }
  return sortSessions(summary);
}

describe('summary codec', () => {
  test('day runs decode to the summary that was encoded (sessions with and without names, minutes, GPs)', () => {
    for (const [count, seed] of [
      [0, 1],
      [1, 2],
      [40, 3],
      [700, 4],
    ] as const) {
      const summary = summaryOf(count, seed);
      expect(decodeSummary(encodeSummary(summary), SUMMARY_FORMAT, 'summary')).toEqual(summary);
    }
  });

  test('a format 1 row (the JSON of the summary) is read as it is', () => {
    const summary = summaryOf(200, 5);
    expect(isReadableFormat(1)).toBe(true);
    expect(decodeSummary(JSON.stringify(summary), 1, 'summary')).toEqual(summary);
    expect(isReadableFormat(0)).toBe(false);
    expect(isReadableFormat(SUMMARY_FORMAT + 1)).toBe(false);
  });

  test('5,000 sessions without names over three years stay a few KB (format 1 took ~40 KB)', () => {
    let summary: Summary = EMPTY_SUMMARY;
    for (let i = 0; i < 5_000; i += 1) {
      summary = addSession(summary, `s${i}`, { date: dayAfter('2024-04-01', Math.floor((i * 970) / 5_000)), minutes: 60, gpsPresent: 2 });
    }
    summary = sortSessions(summary);
    const text = encodeSummary(summary);
    expect(JSON.stringify(summary).length).toBeGreaterThan(30_000);
    expect(text.length).toBeLessThan(5_000);
    expect(decodeSummary(text, SUMMARY_FORMAT, 'summary')).toEqual(summary);
  });

  test('a damaged or unknown text is a StorageError', () => {
    const good = JSON.parse(encodeSummary(summaryOf(20, 6))) as Record<string, unknown>;
    const bad = [
      '{',
      JSON.stringify({ ...good, days: [{ from: '2024-01-01', runs: '0,x3' }] }),
      JSON.stringify({ ...good, days: [{ from: '2024-01-01', runs: '0x0' }] }),
      JSON.stringify({ ...good, days: [{ from: 'yesterday', runs: '0' }] }),
      JSON.stringify({ ...good, days: undefined }),
    ];
    for (const text of bad) expect(() => decodeSummary(text, SUMMARY_FORMAT, 'summary')).toThrow(StorageError);
    expect(() => decodeSummary(JSON.stringify(good), 7, 'summary')).toThrow(StorageError);
  });
});
