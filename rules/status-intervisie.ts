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

function yearItem(rule: IntervisieRule, facts: PracticeFacts, year: number, asOf: IsoDate, locale: Locale, rho: string): StatusItem {
  const period = yearPeriod(facts.startDate, year);
  const inYear = facts.intervisie.filter((s) => s.date >= period.from && s.date < period.until && s.date <= asOf);
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
  for (let year = 1; year <= last; year += 1) {
    const item = yearItem(rule, facts, year, asOf, locale, rho);
    const period = yearPeriod(facts.startDate, year);
    if (listed(period, item.status, asOf)) items.push(item);
  }
  return items;
}
