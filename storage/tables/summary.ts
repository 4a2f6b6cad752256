// The summary of one practice's records (issue 10 §2): what status needs, folded into one row so a status turn is one
// point read whatever the history. Pure: records in, summary out. The fold is order-independent, so a summary rebuilt
// from the rows equals the one maintained write by write (practice-records.ts), and both give what the full read gave.
import * as z from 'zod';
import { Metric, PlannedIntervention, type CountEntry, type IntervisieSession } from '../../rules/model.js';
import type { PlanVersion, PracticeRecords } from '../ports.js';

/**
 * The format of the stored summary row. Bumped when the shape or the meaning of the summary changes: a summary of a
 * format summary-codec.ts cannot read as today's meaning is rebuilt from the rows. 2: day runs (summary-codec.ts).
 */
export const SUMMARY_FORMAT = 2;

export const Verdict = z.object({
  ok: z.boolean(),
  ruleSet: z.string(),
  errors: z.number(),
  warnings: z.number(),
  ruleIds: z.array(z.string()),
});

const Plan = z.object({
  practiceId: z.string(),
  year: z.number(),
  version: z.number(),
  interventions: z.array(PlannedIntervention),
  verdict: Verdict,
  savedBy: z.string(),
  savedAt: z.string(),
});

/**
 * Sessions with equal status fields on one day, `n` of them. Only the order of named sessions matters to status (the
 * first spelling of a GP's name is shown), so a named group keeps `f`, the RowKey suffix of its first session.
 */
const Group = z.object({
  d: z.string(),
  m: z.number().optional(),
  g: z.number().optional(),
  a: z.array(z.string()).optional(),
  n: z.number().int().positive(),
  f: z.string().optional(),
});
type Group = z.infer<typeof Group>;

/**
 * One (metric, period) of the counts: the entry that is current (the newest by `loggedAt`, then by sequence, as the
 * full history sorted by `loggedAt` ends with), when the period was first logged (the order of currentCounts), and the
 * highest sequence number with its id (what the next correction supersedes).
 */
const Period = z.object({
  k: z.string(),
  metric: Metric,
  from: z.string(),
  to: z.string(),
  value: z.number(),
  at: z.string(),
  seq: z.number(),
  firstAt: z.string(),
  lastSeq: z.number(),
  lastId: z.string(),
  /** The current entry was deleted (issue 13 §5): the period shows no count until a new one is logged. */
  x: z.literal(true).optional(),
});
type Period = z.infer<typeof Period>;

export const Summary = z.object({ plans: z.array(Plan), sessions: z.array(Group), counts: z.array(Period) });
export type Summary = z.infer<typeof Summary>;

export const EMPTY_SUMMARY: Summary = { plans: [], sessions: [], counts: [] };

const sameNames = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]));

// Dates are ISO `YYYY-MM-DD`, so code-unit order is date order (localeCompare gave the same order at ~50× the cost).
const groupOrder = (x: Group, y: Group): number =>
  compare(x.d, y.d) || compare(x.f ?? '', y.f ?? '') || compare(JSON.stringify([x.m, x.g, x.a]), JSON.stringify([y.m, y.g, y.a]));

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `suffix` is the session's RowKey after `s|` (date and id): RowKey order is the order sessions are listed in. */
export function withSession(summary: Summary, suffix: string, s: IntervisieSession): Summary {
  const next = addSession(summary, suffix, s);
  return { ...next, sessions: next.sessions.sort(groupOrder) };
}

/** A rebuild folds every row first and orders the groups once (sortSessions), not once per row. */
export function addSession(summary: Summary, suffix: string, s: IntervisieSession): Summary {
  const found = summary.sessions.find((g) => g.d === s.date && g.m === s.minutes && g.g === s.gpsPresent && sameNames(g.a, s.gpsAttending));
  const names = s.gpsAttending;
  const named = names !== undefined;
  const group: Group = found
    ? { ...found, n: found.n + 1, ...(named && found.f !== undefined && suffix < found.f ? { f: suffix } : {}) }
    : {
        d: s.date,
        ...(s.minutes !== undefined ? { m: s.minutes } : {}),
        ...(s.gpsPresent !== undefined ? { g: s.gpsPresent } : {}),
        ...(named ? { a: [...names], f: suffix } : {}),
        n: 1,
      };
  return { ...summary, sessions: [...summary.sessions.filter((g) => g !== found), group] };
}

/** `k` is the RowKey prefix of the (metric, period), so ties in `loggedAt` order as the history's RowKeys do. */
export function withCount(
  summary: Summary,
  k: string,
  e: CountEntry & { seq: number; id: string; loggedAt: string; deleted?: boolean },
): Summary {
  const old = summary.counts.find((p) => p.k === k);
  const wins = old === undefined || e.loggedAt > old.at || (e.loggedAt === old.at && e.seq > old.seq);
  const period: Period = {
    k,
    metric: e.metric,
    from: e.from,
    to: e.to,
    ...(wins
      ? { value: e.value, at: e.loggedAt, seq: e.seq, ...(e.deleted === true ? { x: true as const } : {}) }
      : { value: old.value, at: old.at, seq: old.seq, ...(old.x ? { x: old.x } : {}) }),
    firstAt: old === undefined || e.loggedAt < old.firstAt ? e.loggedAt : old.firstAt,
    ...(old === undefined || e.seq > old.lastSeq ? { lastSeq: e.seq, lastId: e.id } : { lastSeq: old.lastSeq, lastId: old.lastId }),
  };
  return { ...summary, counts: [...summary.counts.filter((p) => p !== old), period] };
}

export function sortSessions(summary: Summary): Summary {
  return { ...summary, sessions: [...summary.sessions].sort(groupOrder) };
}

export function withPlan(summary: Summary, v: PlanVersion): Summary {
  const old = summary.plans.find((p) => p.year === v.year);
  if (old !== undefined && old.version >= v.version) return summary;
  const plans = [...summary.plans.filter((p) => p !== old), v].sort((a, b) => a.year - b.year);
  return { ...summary, plans };
}

export function latestPlan(summary: Summary, year: number): PlanVersion | undefined {
  return summary.plans.find((p) => p.year === year);
}

/** The summary with the current entry of period `k` deleted, when `seq` is that entry (an older one changes nothing). */
export function withoutCount(summary: Summary, k: string, seq: number): Summary {
  return { ...summary, counts: summary.counts.map((p) => (p.k === k && p.seq === seq ? { ...p, x: true as const } : p)) };
}

/** The summary with the sessions of `date` replaced by these (the day's live sessions, RowKey suffix each). */
export function withDay(summary: Summary, date: string, sessions: readonly { suffix: string; session: IntervisieSession }[]): Summary {
  const others: Summary = { ...summary, sessions: summary.sessions.filter((g) => g.d !== date) };
  return sortSessions(sessions.reduce((s, { suffix, session }) => addSession(s, suffix, session), others));
}

export function periodOf(summary: Summary, k: string): Pick<Period, 'lastSeq' | 'lastId'> | undefined {
  return summary.counts.find((p) => p.k === k);
}

/**
 * What status reads: as the full read gave it (sessions oldest first, counts in currentCounts' order). The plans are
 * copies unless `owned`: the caller parsed `summary` just now and nobody else holds it (a region read of 5,000).
 */
export function recordsOf(summary: Summary, owned = false): PracticeRecords {
  const intervisie: IntervisieSession[] = [];
  for (const g of summary.sessions) {
    const session: IntervisieSession = {
      date: g.d,
      ...(g.m !== undefined ? { minutes: g.m } : {}),
      ...(g.g !== undefined ? { gpsPresent: g.g } : {}),
      ...(g.a !== undefined ? { gpsAttending: g.a } : {}),
    };
    // one object for the n equal sessions: status reads facts and never changes them
    for (let i = 0; i < g.n; i += 1) intervisie.push(session);
  }
  const counts = summary.counts
    .filter((p) => p.x !== true)
    .sort((a, b) => compare(a.firstAt, b.firstAt) || compare(a.k, b.k))
    .map((p): CountEntry => ({ metric: p.metric, from: p.from, to: p.to, value: p.value }));
  return { plans: owned ? summary.plans : summary.plans.map((p) => structuredClone(p)), intervisie, counts };
}
