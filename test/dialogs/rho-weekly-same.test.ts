// The weekly RHO summary gives the same answer however it is computed (issue 11 §4, the bench's speed-ups): a varied
// region (start dates, plans shared and own, passing and failing, saved under older rule-set versions, none; few and
// many intervisie sessions; counts; subregions; a channel that stopped accepting the bot) is summarised, and its rows in
// urgency order, verdicts, totals, deadlines and the cards are compared with the snapshot taken before the speed-ups.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { summaryCards } from '../../dialogs/rho-summary/pages.js';
import { byUrgency } from '../../dialogs/rho-summary/rows.js';
import { regionSummaries } from '../../dialogs/rho-summary/summary.js';
import { planNow } from '../../dialogs/shared/plan-now.js';
import { addMonths } from '../../rules/dates.js';
import { PlanYear } from '../../rules/model.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import type { Stores } from '../../storage/ports.js';
import { PRACTICE, seedPractice } from './support.js';

const TODAY = '2026-11-30';
const fixture = (name: string): PlanYear[] =>
  (JSON.parse(readFileSync(new URL(`../fixtures/cli/${name}.json`, import.meta.url), 'utf8')) as { years: unknown[] }).years.map((y) =>
    PlanYear.parse(y),
  );
const PLANS = [fixture('hoog-2023-ok'), fixture('hoog-2024-ok'), fixture('hoog-2024-not-ok'), fixture('hoog-rules-example')];
const STARTS = [
  '2023-01-01',
  '2023-09-15',
  '2024-01-01',
  '2024-04-01',
  '2025-02-28',
  '2025-11-01',
  '2024-12-20',
  '2025-12-10',
  '2026-01-15',
  '2026-03-01',
  '2026-05-01',
  '2026-08-01',
  '2026-10-15',
];
const SUBREGIONS = ['apeldoorn', 'deventer', 'zutphen', undefined];
const RULE_SETS = ['hoog@2023', 'hoog@2024.1', 'hoog@2022'];

/** A small deterministic generator, so the region is the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

async function variedRegion(stores: Stores, count: number): Promise<void> {
  const next = random(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  for (let n = 0; n < count; n += 1) {
    const id = String(20_000_000 + n);
    const subregion = pick(SUBREGIONS);
    const startDate = pick(STARTS);
    const { subregion: _, ...base } = PRACTICE;
    const practice = await seedPractice(stores, {
      ...base,
      id,
      agb: id,
      name: `Praktijk ${String.fromCharCode(65 + (n % 26))}${n}`,
      startDate,
      ...(n % 3 !== 0 ? { praktijkplanSubmitted: addMonths(startDate, 2) } : {}),
      normpraktijken: pick([1, 2.5, 4]),
      ...(subregion !== undefined ? { subregion } : {}),
      teamId: `19:t${n}@thread.tacv2`,
      channelId: `19:t${n}@thread.tacv2`,
      ...(n % 9 === 4 ? { channelInactive: { since: '2026-10-02T08:00:00.000Z', status: 403, reason: 'removed' } } : {}),
    });
    const at = (key: string) => ({ actor: { id: 'seed' }, idempotencyKey: `${id}-${key}`, at: '2026-01-01T00:00:00.000Z' });
    const plan = n % 7 === 6 ? undefined : pick(PLANS);
    for (const year of (plan ?? []).slice(0, 1 + Math.floor(next() * 3))) {
      const verdict = { ok: next() > 0.3, ruleSet: pick(RULE_SETS), errors: 0, warnings: 0, ruleIds: [] };
      await stores.plans.saveVersion(
        { practiceId: id, year: year.year, interventions: year.interventions, verdict },
        at(`plan-${year.year}`),
      );
    }
    const sessions = Math.floor(next() * 14);
    for (let s = 0; s < sessions; s += 1) {
      const date = `${2024 + (s % 3)}-${String(1 + ((s * 5 + n) % 12)).padStart(2, '0')}-1${s % 10}`;
      await stores.intervisie.add(id, { date, minutes: pick([45, 60, 90]), gpsPresent: pick([1, 2, 3]), topic: 'Sessie' }, at(`s${s}`));
    }
    if (next() > 0.4) {
      await stores.counts.add(
        id,
        { metric: 'wor-referrals', from: practice.startDate, to: '2026-06-30', value: Math.floor(next() * 20) },
        at('c'),
      );
    }
  }
}

describe('weekly RHO summary: the same answer after the speed-ups', () => {
  it('rows in urgency order, verdicts, counts, deadlines and cards equal the snapshot of a varied region', async () => {
    const stores = createMemoryStores();
    await variedRegion(stores, 60);
    const summaries = await regionSummaries(stores, 'hoog', TODAY, undefined);
    let id = 0;
    const cards = summaryCards({
      locale: 'nl',
      newId: () => `00000000-0000-4000-8000-${String((id += 1)).padStart(12, '0')}`,
      regionName: 'HOOG',
      today: TODAY,
      summaries,
      paging: false,
    });
    const rows = summaries.map((s) => s.row).sort(byUrgency);
    const upcoming = summaries.flatMap((s) => s.upcoming.map((u) => `${s.row.practiceId} ${u.due} ${u.item.status}`));
    // the verdicts are those of the plan checked on its own, practice by practice
    for (const s of summaries) expect(s.row.planOk).toBe(planNow(s.source.practice, s.source.records.plans)?.result.ok ?? null);
    expect(new Set(rows.map((r) => r.planOk))).toEqual(new Set([true, false, null]));
    expect(new Set(rows.map((r) => (r.missed > 0 ? 'missed' : r.atRisk > 0 ? 'at-risk' : 'on-track')))).toEqual(
      new Set(['missed', 'at-risk', 'on-track']),
    );
    const cardsHash = createHash('sha256').update(JSON.stringify(cards)).digest('hex');
    await expect(JSON.stringify({ rows, upcoming, cards: cards.length, cardsHash }, null, 1)).toMatchFileSnapshot(
      './__snapshots__/rho-weekly-same.json',
    );
  });
});
