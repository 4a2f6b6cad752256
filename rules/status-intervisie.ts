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

/** Sessions per GP: a session with names counts for those named; one without names for all GPs when all were present. */
function perGp(sessions: readonly IntervisieSession[], all: readonly IntervisieSession[], gps: number | undefined) {
  const names = new Map<string, string>();
  for (const s of all) for (const n of s.gpsAttending ?? []) if (!names.has(key(n))) names.set(key(n), n.trim());
  const rows = [...names].map(([k, gp]) => ({
    gp,
    value: sessions.filter((s) =>
      s.gpsAttending ? s.gpsAttending.some((n) => key(n) === k) : gps !== undefined && (s.gpsPresent ?? 0) >= gps,
    ).length,
  }));
  const unnamed = Math.max(0, (gps ?? 0) - rows.length);
  const allPresent = sessions.filter((s) => !s.gpsAttending && gps !== undefined && (s.gpsPresent ?? 0) >= gps).length;
  return { rows, unnamed, unnamedValue: allPresent };
}

type Period = ReturnType<typeof yearPeriod>;

interface Year {
  year: number;
  period: Period;
  /** The year's sessions up to asOf, in the order of facts.intervisie. */
  inYear: readonly IntervisieSession[];
}

function yearItem(
  rule: IntervisieRule,
  facts: PracticeFacts,
  { year, period, inYear }: Year,
  asOf: IsoDate,
  locale: Locale,
  rho: string,
): StatusItem {
  const longEnough = inYear.filter((s) => rule.minMinutes === undefined || s.minutes === undefined || s.minutes >= rule.minMinutes);
  const target = rule.perYear ?? 1;
  const gps = facts.gps;
  const named = rule.allGps === true && inYear.some((s) => s.gpsAttending !== undefined);
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
    value = longEnough.filter((s) => !rule.allGps || gps === undefined || s.gpsPresent === undefined || s.gpsPresent >= gps).length;
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
          skipped: named ? inYear.length - longEnough.length : inYear.length - value,
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
 * Programme years 1…last with their sessions up to asOf, in one pass over the sessions rather than one per year: a
 * practice with years of history has thousands (`npm run bench`, status with 5,000 sessions). The dates are compared
 * once per distinct session object: the stored summary gives the equal sessions of a day as one object, repeated
 * (storage/tables/summary.ts recordsOf), and comparing date strings was most of this.
 */
function sessionsByYear(facts: PracticeFacts, last: number, asOf: IsoDate): Year[] {
  const years = Array.from({ length: Math.max(0, last) }, (_, i) => ({
    year: i + 1,
    period: yearPeriod(facts.startDate, i + 1),
    inYear: [] as IntervisieSession[],
  }));
  let previous: IntervisieSession | undefined;
  let into: IntervisieSession[][] = [];
  for (const s of facts.intervisie) {
    if (s !== previous) {
      previous = s;
      into = s.date > asOf ? [] : years.filter((y) => s.date >= y.period.from && s.date < y.period.until).map((y) => y.inYear);
    }
    for (const list of into) list.push(s);
  }
  return years;
}
