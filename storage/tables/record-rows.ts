// The rows of a practice's records (plans, intervisie, counts: table `records`, and the tables they were written to
// before issue 10) and how each one folds into the summary. RowKeys: `v|<year 2>|<version 6>`, `s|<date>|<id>`,
// `c|<metric>|<from>|<to>|<seq 6>`; zero-padded, so lexical order is the order the stores list them in.
import * as z from 'zod';
import { Metric, PlannedIntervention, type CountEntry } from '../../rules/model.js';
import type { EntityValue, StoredEntity } from '../entity-table.js';
import { dateKey, encodeKey, joinKey, padNumber } from '../keys.js';
import type { LoggedCount, LoggedIntervisie, PlanVerdict, PlanVersion, Removal } from '../ports.js';
import { defined, num, optionalString, parseEntity, parseJson, readChunks } from './codec.js';
import { addSession, EMPTY_SUMMARY, sortSessions, Verdict, withCount, withPlan, type Summary } from './summary.js';

/** A tombstone on an entry's own row (issue 13 §5) and the entry a correction replaces. */
const Tombstone = {
  removedBy: optionalString,
  removedByName: optionalString,
  removedAt: optionalString,
  correctedBy: optionalString,
  corrects: optionalString,
};
type TombstoneFields = { [K in keyof typeof Tombstone]?: string };

/** The entity properties of a tombstone. */
export function tombstoneProperties(r: Removal): Record<string, string | undefined> {
  return { removedBy: r.by, removedByName: r.byName, removedAt: r.at, correctedBy: r.correctedBy };
}

function withTombstone<T extends object>(value: T, t: TombstoneFields): T & { removed?: Removal; corrects?: string } {
  const removed: Removal | undefined =
    t.removedBy === undefined || t.removedAt === undefined
      ? undefined
      : {
          by: t.removedBy,
          at: t.removedAt,
          ...(t.removedByName !== undefined ? { byName: t.removedByName } : {}),
          ...(t.correctedBy !== undefined ? { correctedBy: t.correctedBy } : {}),
        };
  return { ...value, ...(removed ? { removed } : {}), ...(t.corrects !== undefined ? { corrects: t.corrects } : {}) };
}

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
  ...Tombstone,
});

export function sessionFromEntity(stored: StoredEntity): LoggedIntervisie {
  const { gpsAttending, removedBy, removedByName, removedAt, correctedBy, corrects, ...row } = parseEntity(
    SessionEntity,
    stored,
    'intervisie',
  );
  const names = gpsAttending === undefined ? undefined : parseJson(z.array(z.string()), gpsAttending, 'intervisie gpsAttending');
  const session: LoggedIntervisie = { ...row, ...(names !== undefined ? { gpsAttending: names } : {}) };
  for (const key of Object.keys(session) as (keyof LoggedIntervisie)[]) if (session[key] === undefined) delete session[key];
  return withTombstone(session, { removedBy, removedByName, removedAt, correctedBy, corrects });
}

export const sessionKey = (date: string, id: string): string => SESSION + joinKey(dateKey(date), id);
/** The RowKey prefix of one day's sessions. */
export const dayPrefix = (date: string): string => SESSION + joinKey(dateKey(date), '');

/** The row properties of a session (its tombstone included). */
export function sessionProperties(s: LoggedIntervisie): Record<string, EntityValue> {
  return defined({
    id: s.id,
    practiceId: s.practiceId,
    date: s.date,
    minutes: s.minutes,
    gpsPresent: s.gpsPresent,
    participants: s.participants,
    gpsAttending: s.gpsAttending === undefined ? undefined : JSON.stringify(s.gpsAttending),
    topic: s.topic,
    note: s.note,
    loggedBy: s.loggedBy,
    loggedAt: s.loggedAt,
    corrects: s.corrects,
    ...(s.removed ? tombstoneProperties(s.removed) : {}),
  });
}

/** The row properties of a count with its sequence number (its tombstone included). */
export function countProperties(e: LoggedCount, seq: number): Record<string, EntityValue> {
  const { removed, ...rest } = e;
  return defined({ ...rest, seq, ...(removed ? tombstoneProperties(removed) : {}) });
}

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
  ...Tombstone,
});

export interface CountRow {
  entry: LoggedCount;
  seq: number;
}

export function countFromEntity(stored: StoredEntity): CountRow {
  const { seq, supersedes, removedBy, removedByName, removedAt, correctedBy, corrects, ...entry } = parseEntity(
    CountEntity,
    stored,
    'count',
  );
  const logged = withTombstone(supersedes === undefined ? entry : { ...entry, supersedes }, {
    removedBy,
    removedByName,
    removedAt,
    correctedBy,
    corrects,
  });
  return { entry: logged, seq };
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
  if (key.startsWith(SESSION)) {
    const session = sessionFromEntity(stored);
    // A deleted or corrected session no longer counts (issue 13 §5); its row stays as the tombstone.
    return session.removed ? summary : addSession(summary, key.slice(SESSION.length), session);
  }
  if (key.startsWith(COUNT)) {
    const { entry, seq } = countFromEntity(stored);
    return withCount(summary, key.slice(0, key.length - 6), { ...entry, seq, deleted: entry.removed !== undefined });
  }
  if (key.startsWith(PLAN)) return withPlan(summary, planFromEntity(stored));
  return summary;
}
