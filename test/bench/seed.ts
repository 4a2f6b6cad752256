// Seeds the turn bench's practices straight through the stores (storage/tables, the bot's own code, on the same
// account and with the same table prefix as the bot), so the seed follows whatever the stores write and is not counted
// by the proxy in front of the bot.
import { readFileSync } from 'node:fs';
import pLimit from 'p-limit';
import { PlanYear } from '../../rules/model.js';
import type { Practice, Stores, WriteContext } from '../../storage/ports.js';
import { BENCH_TENANT, benchTeamId } from './activities.js';

// A realistic HOOG plan: the years of the `mtvp check` fixture, saved as the plan dialog saves them.
const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/cli/hoog-2024-ok.json', import.meta.url), 'utf8')) as { years: unknown[] };
const PLAN_YEARS = FIXTURE.years.map((y) => PlanYear.parse(y));
export const BENCH_START_DATE = '2024-04-01';
/** Intervisie sessions written to Azurite at once while seeding. */
const SEED_CONCURRENCY = 32;

const ctx = (key: string): WriteContext => ({ actor: { id: 'bench-seed' }, idempotencyKey: key, at: new Date().toISOString() });

/** Bench practice `n` (1 … 9,999,999): an 8-digit AGB code of its own, linked to bench team `n`. */
export function benchPractice(n: number): Practice {
  const agb = String(90_000_000 + n);
  const teamId = benchTeamId(n);
  return {
    id: agb,
    name: `Benchpraktijk ${n}`,
    agb,
    region: 'hoog',
    subregion: 'apeldoorn',
    startDate: BENCH_START_DATE,
    normpraktijken: 2.5,
    gps: 3,
    otherFunding: [],
    teamId,
    channelId: teamId,
    tenantId: BENCH_TENANT,
  };
}

/** A practice linked to its bench team, with its plan (every year of the fixture). */
export async function seedLinkedPractice(stores: Stores, practice: Practice): Promise<void> {
  await stores.practices.save(practice, ctx(`bench-practice-${practice.id}`));
  for (const year of PLAN_YEARS) {
    await stores.plans.saveVersion(
      {
        practiceId: practice.id,
        year: year.year,
        interventions: year.interventions,
        verdict: { ok: true, ruleSet: 'hoog@2024.1', errors: 0, warnings: 0, ruleIds: [] },
      },
      ctx(`bench-plan-${practice.id}-${year.year}`),
    );
  }
}

/** ISO date `days` after `from` (UTC calendar arithmetic; both are plain dates). */
export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `count` dates spread evenly from `from` to `to` (oldest first; several a day when there are more than days). */
export function spreadDates(from: string, to: string, count: number): string[] {
  const span = Math.max(1, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return Array.from({ length: count }, (_, i) => addDays(from, Math.floor((i * span) / count)));
}

/** `count` past intervisie sessions, spread evenly from the practice's start to `lastDate`. */
export async function seedSessions(stores: Stores, practice: Practice, count: number, lastDate: string): Promise<void> {
  const dates = spreadDates(practice.startDate, lastDate, count);
  const limit = pLimit(SEED_CONCURRENCY);
  await Promise.all(
    dates.map((date, i) =>
      limit(() =>
        stores.intervisie.add(
          practice.id,
          {
            date,
            minutes: 60,
            gpsPresent: 2,
            participants: 4,
            topic: `Sessie ${i + 1}`,
          },
          ctx(`bench-session-${practice.id}-${i}`),
        ),
      ),
    ),
  );
}
