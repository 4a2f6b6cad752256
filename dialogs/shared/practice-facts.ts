// The facts rules/status() reads, gathered from the stores: practice, latest plan per year, intervisie, counts.
import { programmeYear } from '../../rules/dates.js';
import type { CountEntry, PlanYear, PracticeFacts } from '../../rules/model.js';
import type { LoggedCount, Practice, Stores } from '../../storage/ports.js';
import { todayOf } from './reply.js';

/** A correction is a newer entry for the same metric and period: only the newest counts (issue 4 §5). */
export function currentCounts(history: readonly LoggedCount[]): CountEntry[] {
  const newest = new Map<string, CountEntry>();
  for (const e of history) newest.set(`${e.metric}|${e.from}|${e.to}`, { metric: e.metric, from: e.from, to: e.to, value: e.value });
  return [...newest.values()];
}

export async function planYearsOf(stores: Stores, practiceId: string): Promise<PlanYear[]> {
  const latest = await stores.plans.latest(practiceId);
  return latest.map((v) => ({ year: v.year, interventions: v.interventions }));
}

export async function practiceFacts(stores: Stores, practice: Practice): Promise<PracticeFacts> {
  const [years, sessions, counts] = await Promise.all([
    planYearsOf(stores, practice.id),
    stores.intervisie.list(practice.id),
    stores.counts.history(practice.id),
  ]);
  return {
    region: practice.region,
    ...(practice.subregion !== undefined ? { subregion: practice.subregion } : {}),
    startDate: practice.startDate,
    normpraktijken: practice.normpraktijken,
    otherFunding: practice.otherFunding,
    years,
    ...(practice.firstInterventionStart !== undefined ? { firstInterventionStart: practice.firstInterventionStart } : {}),
    gps: practice.gps,
    ...(practice.praktijkplanSubmitted !== undefined ? { praktijkplanSubmitted: practice.praktijkplanSubmitted } : {}),
    intervisie: sessions.map((s) => ({
      date: s.date,
      ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
      ...(s.gpsPresent !== undefined ? { gpsPresent: s.gpsPresent } : {}),
      ...(s.participants !== undefined ? { participants: s.participants } : {}),
      ...(s.gpsAttending !== undefined ? { gpsAttending: s.gpsAttending } : {}),
    })),
    counts: currentCounts(counts),
    ...(practice.milestones !== undefined ? { milestones: practice.milestones } : {}),
  };
}

/** The programme year the practice is in now (year 1 before the start), as the commands that act on "this year" use it. */
export function currentYear(p: Pick<Practice, 'startDate'>, now: Date): number {
  return Math.max(1, programmeYear(p.startDate, todayOf(now)));
}
