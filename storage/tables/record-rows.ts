// The rows of a practice's records (plans, intervisie, counts: table `records`, and the tables they were written to
// before issue 10) and how each one folds into the summary. RowKeys: `v|<year 2>|<version 6>`, `s|<date>|<id>`,
// `c|<metric>|<from>|<to>|<seq 6>`; zero-padded, so lexical order is the order the stores list them in.
import * as z from 'zod';
import { Metric, PlannedIntervention, type CountEntry } from '../../rules/model.js';
import type { StoredEntity } from '../entity-table.js';
import { dateKey, encodeKey, joinKey, padNumber } from '../keys.js';
import type { LoggedCount, LoggedIntervisie, PlanVerdict, PlanVersion } from '../ports.js';
import { num, optionalString, parseEntity, parseJson, readChunks } from './codec.js';
import { addSession, EMPTY_SUMMARY, sortSessions, Verdict, withCount, withPlan, type Summary } from './summary.js';

export const SESSION = 's|';
export const COUNT = 'c|';
export const PLAN = 'v|';

const SessionEntity = z.object({
  id: z.string(),
  practiceId: z.string(),
  date: z.string(),
  minutes: num.optional(),
  gpsPresent: num.optional(),
  participants: num.optional(),
  /** Staff names or initials as JSON (HOOG counts intervisie per GP); never patient data (the card refuses it). */
  gpsAttending: optionalString,
  topic: z.string(),
  note: optionalString,
  loggedBy: z.string(),
  loggedAt: z.string(),
});

export function sessionFromEntity(stored: StoredEntity): LoggedIntervisie {
  const { gpsAttending, ...row } = parseEntity(SessionEntity, stored, 'intervisie');
  const names = gpsAttending === undefined ? undefined : parseJson(z.array(z.string()), gpsAttending, 'intervisie gpsAttending');
  const session: LoggedIntervisie = { ...row, ...(names !== undefined ? { gpsAttending: names } : {}) };
  for (const key of Object.keys(session) as (keyof LoggedIntervisie)[]) if (session[key] === undefined) delete session[key];
  return session;
}

export const sessionKey = (date: string, id: string): string => SESSION + joinKey(dateKey(date), id);

const CountEntity = z.object({
  id: z.string(),
  practiceId: z.string(),
  metric: Metric,
  from: z.string(),
  to: z.string(),
  value: num,
  seq: num,
  supersedes: optionalString,
  loggedBy: z.string(),
  loggedAt: z.string(),
});

export interface CountRow {
  entry: LoggedCount;
  seq: number;
}

export function countFromEntity(stored: StoredEntity): CountRow {
  const { seq, supersedes, ...entry } = parseEntity(CountEntity, stored, 'count');
  return { entry: supersedes === undefined ? entry : { ...entry, supersedes }, seq };
}

/** The RowKey prefix of one (metric, period): its entries are `<prefix><seq 6>`. */
export const periodPrefix = (e: CountEntry): string => joinKey('c', encodeKey(e.metric), dateKey(e.from), dateKey(e.to), '');

const PlanEntity = z.object({
  practiceId: z.string(),
  year: num,
  version: num,
  verdict: z.string(),
  savedBy: z.string(),
  savedAt: z.string(),
});

export function planFromEntity(stored: StoredEntity): PlanVersion {
  const row = parseEntity(PlanEntity, stored, 'plan');
  const interventions = parseJson(z.array(PlannedIntervention), readChunks('interventions', stored), 'interventions');
  const verdict: PlanVerdict = parseJson(Verdict, row.verdict, 'verdict');
  return { ...row, interventions, verdict };
}

export const versionPrefix = (year: number): string => joinKey('v', padNumber(year, 2), '');

/** The summary of these rows (any order); markers and other rows leave it as it is. */
export function summarise(rows: readonly StoredEntity[]): Summary {
  return sortSessions(rows.reduce(foldRow, EMPTY_SUMMARY));
}

function foldRow(summary: Summary, stored: StoredEntity): Summary {
  const key = stored.rowKey;
  if (key.startsWith(SESSION)) return addSession(summary, key.slice(SESSION.length), sessionFromEntity(stored));
  if (key.startsWith(COUNT)) {
    const { entry, seq } = countFromEntity(stored);
    return withCount(summary, key.slice(0, key.length - 6), { ...entry, seq });
  }
  if (key.startsWith(PLAN)) return withPlan(summary, planFromEntity(stored));
  return summary;
}
