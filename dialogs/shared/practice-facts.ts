// The facts rules/status() reads, gathered from the stores: practice, latest plan per year, intervisie, counts. The
// records come from one read of the practice's summary (storage/tables/summary.ts, issue 10), whatever its history.
import { programmeYear } from '../../rules/dates.js';
import type { CountEntry, PlanYear, PracticeFacts } from '../../rules/model.js';
import type { LoggedCount, PlanVersion, Practice, PracticeRecords, Stores } from '../../storage/ports.js';
import { todayOf } from './reply.js';

/**
 * A correction is a newer entry for the same metric and period: only the newest counts (issue 4 §5); when a manager
 * deleted the newest, the period has no count (issue 13 §5).
 */
export function currentCounts(history: readonly LoggedCount[]): CountEntry[] {
  const newest = new Map<string, LoggedCount>();
  for (const e of history) newest.set(`${e.metric}|${e.from}|${e.to}`, e);
  return [...newest.values()]
    .filter((e) => e.removed === undefined)
    .map((e) => ({ metric: e.metric, from: e.from, to: e.to, value: e.value }));
}

export async function planYearsOf(stores: Stores, practiceId: string): Promise<PlanYear[]> {
  const latest = await stores.plans.latest(practiceId);
  return latest.map((v) => ({ year: v.year, interventions: v.interventions }));
}

/** The status facts and the latest plan versions, from one storage read: a status turn needs both. */
export async function loadPracticeFacts(stores: Stores, practice: Practice): Promise<{ facts: PracticeFacts; plans: PlanVersion[] }> {
  const records = await stores.records.get(practice.id);
  return { facts: factsOf(practice, records), plans: records.plans };
}

export async function practiceFacts(stores: Stores, practice: Practice): Promise<PracticeFacts> {
  return (await loadPracticeFacts(stores, practice)).facts;
}

/** The facts from records already at hand (a write returns them), without reading again. */
export function factsOf(practice: Practice, records: PracticeRecords): PracticeFacts {
  return {
    region: practice.region,
    ...(practice.subregion !== undefined ? { subregion: practice.subregion } : {}),
    startDate: practice.startDate,
    normpraktijken: practice.normpraktijken,
    otherFunding: practice.otherFunding,
    years: records.plans.map((v) => ({ year: v.year, interventions: v.interventions })),
    ...(practice.firstInterventionStart !== undefined ? { firstInterventionStart: practice.firstInterventionStart } : {}),
    gps: practice.gps,
    ...(practice.praktijkplanSubmitted !== undefined ? { praktijkplanSubmitted: practice.praktijkplanSubmitted } : {}),
    intervisie: records.intervisie,
    counts: records.counts,
    ...(practice.milestones !== undefined ? { milestones: practice.milestones } : {}),
  };
}

/** The programme year the practice is in now (year 1 before the start), as the commands that act on "this year" use it. */
export function currentYear(p: Pick<Practice, 'startDate'>, now: Date): number {
  return Math.max(1, programmeYear(p.startDate, todayOf(now)));
}
