// Intervisie status per programme year (issue 9 §1): every year of the programme up to asOf gets a verdict; an earlier
// year stays listed while it is missed. Where the seed makes intervisie mandatory without a number (001 §4, 003 §7),
// one session per programme year is the least that can satisfy "verplicht": at risk when more than half the year has
// gone without one, missed when the year ended without one. Where the region counts per GP (000 §6.1 "Alle huisartsen
// uit de praktijk nemen minimaal 2 keer per jaar deel"), sessions are counted per GP by the names logged.
import type { IntervisieSession, IsoDate, Locale, PracticeFacts, StatusItem } from './model.js';
import type { RuleOf } from './schema.js';
import { formatSource } from './schema.js';
import { addDays } from './dates.js';
import { elapsedShare, lastProgrammeYear, listed, shown, verdict, yearPeriod } from './status-periods.js';
import { statusMessages as sm } from './status-messages.js';

type IntervisieRule = RuleOf<'intervisie'>;

const HALF_YEAR = 0.5;

const key = (name: string) => name.trim().toLocaleLowerCase('nl');

/**
 * A session and how often it occurs in a row: the stored summary gives the equal sessions of a day as one object,
 * repeated (storage/tables/summary.ts recordsOf), so a year of a long history is a few hundred runs, not thousands.
 */
interface Run {
  session: IntervisieSession;
  n: number;
}

/** `sessions` as runs, in their order: one look per distinct session object. */
export function runsOf(sessions: readonly IntervisieSession[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < sessions.length;) {
    const session = sessions[i] as IntervisieSession;
    let end = i + 1;
    while (end < sessions.length && sessions[end] === session) end += 1;
    runs.push({ session, n: end - i });
    i = end;
  }
  return runs;
}

/** How many sessions of `runs` satisfy `test` (all of them without one). */
const countOf = (runs: readonly Run[], test: (s: IntervisieSession) => boolean = () => true): number =>
  runs.reduce((sum, r) => sum + (test(r.session) ? r.n : 0), 0);

/** Sessions per GP: a session with names counts for those named; one without names for all GPs when all were present. */
function perGp(sessions: readonly Run[], all: readonly IntervisieSession[], gps: number | undefined) {
  const names = new Map<string, string>();
  for (const { session } of runsOf(all)) {
    for (const n of session.gpsAttending ?? []) if (!names.has(key(n))) names.set(key(n), n.trim());
  }
  const rows = [...names].map(([k, gp]) => ({
    gp,
    value: countOf(sessions, (s) =>
      s.gpsAttending ? s.gpsAttending.some((n) => key(n) === k) : gps !== undefined && (s.gpsPresent ?? 0) >= gps,
    ),
  }));
  const unnamed = Math.max(0, (gps ?? 0) - rows.length);
  const allPresent = countOf(sessions, (s) => !s.gpsAttending && gps !== undefined && (s.gpsPresent ?? 0) >= gps);
  return { rows, unnamed, unnamedValue: allPresent };
}

type Period = ReturnType<typeof yearPeriod>;

interface Year {
  year: number;
  period: Period;
  /** The year's sessions up to asOf as runs, in the order of facts.intervisie. */
  inYear: readonly Run[];
}

function yearItem(
  rule: IntervisieRule,
  facts: PracticeFacts,
  { year, period, inYear }: Year,
  asOf: IsoDate,
  locale: Locale,
  rho: string,
): StatusItem {
  const longEnough = inYear.filter(
    ({ session: s }) => rule.minMinutes === undefined || s.minutes === undefined || s.minutes >= rule.minMinutes,
  );
  const target = rule.perYear ?? 1;
  const gps = facts.gps;
  const named = rule.allGps === true && inYear.some((r) => r.session.gpsAttending !== undefined);
  const held = countOf(inYear);
  let value: number;
  let behind: string[] = [];
  let rows: { gp: string; value: number }[] | undefined;
  if (named) {
    const counted = perGp(longEnough, facts.intervisie, gps);
    rows = counted.rows;
    const values = [...rows.map((r) => r.value), ...(counted.unnamed > 0 ? [counted.unnamedValue] : [])];
    value = Math.min(...values);
    behind = rows.filter((r) => r.value < target).map((r) => `${r.gp} (${r.value})`);
  } else {
    value = countOf(longEnough, (s) => !rule.allGps || gps === undefined || s.gpsPresent === undefined || s.gpsPresent >= gps);
  }
  const status = verdict(value, target, period, asOf, rule.perYear === undefined ? HALF_YEAR : undefined);
  const due = addDays(period.until, -1);
  const message =
    rule.perYear === undefined
      ? sm.intervisieImplied(locale, { year, value, due, state: status, rho, note: rule.note })
      : sm.intervisieCount(locale, {
          year,
          value,
          target,
          skipped: named ? held - countOf(longEnough) : held - value,
          due,
          state: status,
          minMinutes: rule.minMinutes,
        }) + (named && behind.length > 0 && status !== 'met' ? ` ${sm.intervisieBehind(locale, { target, gps: behind })}` : '');
  return {
    kind: 'intervisie-count',
    status,
    ruleId: rule.id,
    value,
    target,
    expectedShare: elapsedShare(period, asOf),
    due,
    period: shown(period),
    ...(rows ? { perGp: rows } : {}),
    source: formatSource(rule.source, rule.seeAlso ?? []),
    message,
  };
}

/** One item per programme year from year 1 up to the current one (not beyond the programme); earlier years only when missed. */
export function intervisieItems(rule: IntervisieRule, facts: PracticeFacts, asOf: IsoDate, current: number, locale: Locale, rho: string) {
  const items: StatusItem[] = [];
  const last = Math.min(current, lastProgrammeYear(facts));
  for (const year of sessionsByYear(facts, last, asOf)) {
    const item = yearItem(rule, facts, year, asOf, locale, rho);
    if (listed(year.period, item.status, asOf)) items.push(item);
  }
  return items;
}

/**
 * Programme years 1…last with their sessions up to asOf as runs (above), in one pass over the sessions rather than one
 * per year: a practice with years of history has thousands (`npm run bench`, status with 5,000 sessions). Each distinct
 * session object is looked at once.
 */
function sessionsByYear(facts: PracticeFacts, last: number, asOf: IsoDate): Year[] {
  const years = Array.from({ length: Math.max(0, last) }, (_, i) => ({
    year: i + 1,
    period: yearPeriod(facts.startDate, i + 1),
    inYear: [] as Run[],
  }));
  for (const run of runsOf(facts.intervisie)) {
    const { date } = run.session;
    if (date > asOf) continue;
    for (const y of years) if (date >= y.period.from && date < y.period.until) y.inYear.push(run);
  }
  return years;
}
