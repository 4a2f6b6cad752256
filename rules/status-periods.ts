// Periods and their verdicts for rules/status.ts (issue 9 §1). A period is half-open [from, until); "missed" once
// asOf reaches `until` unmet, and an unmet period that has ended stays listed (with its dates) after it ends.
import { addDays, addMonths, daysBetween, programmeYearRange } from './dates.js';
import type { CountEntry, IsoDate, PeriodKind, PracticeFacts, StatusPeriod, StatusState } from './model.js';

export const AT_RISK_DAYS = 30;

/** A deadline: met when done, missed once past, at risk within AT_RISK_DAYS of it. */
export function deadlineState(done: boolean, due: IsoDate, asOf: IsoDate): StatusState {
  if (done) return 'met';
  if (asOf > due) return 'missed';
  return daysBetween(asOf, due) <= AT_RISK_DAYS ? 'at-risk' : 'on-track';
}

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  until: IsoDate;
  year?: number;
  /** Pro-rata runs to this date instead of `until` (a rolling window is full 12 months after its first day). */
  horizon?: IsoDate;
}

/**
 * The last programme year of the practice: the last year of its plan, but not before year 2, the end of the national
 * growth model (RULES.md §4; 001 §6 "Na het tweede jaar voert de praktijk een eindmeting uit"). Nothing in the seeds
 * dates the end of the programme otherwise.
 */
export function lastProgrammeYear(facts: Pick<PracticeFacts, 'years'>): number {
  return Math.max(2, ...facts.years.map((y) => y.year));
}

export function programmeEnd(facts: Pick<PracticeFacts, 'years' | 'startDate'>): IsoDate {
  return programmeYearRange(facts.startDate, lastProgrammeYear(facts)).until;
}

/** Share of the period elapsed on asOf, counting asOf itself: 1 on the last day, so a shortfall is never "on track" then. */
export function elapsedShare(p: Pick<Period, 'from' | 'until' | 'horizon'>, asOf: IsoDate): number {
  const total = daysBetween(p.from, p.horizon ?? p.until);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, (daysBetween(p.from, asOf) + 1) / total));
}

/**
 * Pro-rata verdict: met at the target; missed once the period ended; otherwise at risk below floor(target × share),
 * and below the full target on the last day. `minShareForOne` sets when a target of one becomes due (a mandatory
 * intervisie without a number: at risk when more than half the year has gone, issue 9 §1).
 */
export function verdict(value: number, target: number, p: Period, asOf: IsoDate, minShareForOne?: number): StatusState {
  if (value >= target) return 'met';
  if (asOf >= p.until) return 'missed';
  const share = elapsedShare(p, asOf);
  const expected = minShareForOne !== undefined ? (share > minShareForOne ? 1 : 0) : share >= 1 ? target : Math.floor(target * share);
  return value < expected ? 'at-risk' : 'on-track';
}

/** A period as the status item shows it: `to` is its last day. */
export function shown(p: Period): StatusPeriod {
  const end = p.horizon !== undefined && p.horizon < p.until ? p.horizon : p.until;
  return { kind: p.kind, from: p.from, to: addDays(end, -1), ...(p.year !== undefined ? { year: p.year } : {}) };
}

export function yearPeriod(startDate: IsoDate, year: number): Period {
  return { kind: 'programme-year', year, ...programmeYearRange(startDate, year) };
}

/**
 * The periods of a threshold that has begun by asOf, for the programme years in which it applies (`activeYears`,
 * ascending). programme-year: each such year. rolling-12-months: each completed such year is a 12-month window; the
 * current one is the 12 months up to asOf (from the first active day), due at the end of the year. programme: one
 * period from the first active year to the end of the programme, never reset. calendar-year: 1 January to 31 December,
 * clipped to the active span.
 */
export function periodsOf(
  kind: PeriodKind,
  facts: Pick<PracticeFacts, 'years' | 'startDate'>,
  activeYears: readonly number[],
  asOf: IsoDate,
): Period[] {
  const first = activeYears[0];
  if (first === undefined) return [];
  const end = programmeEnd(facts);
  const started = (p: Period) => p.from <= asOf && p.from < p.until;
  const years = activeYears.map((y) => yearPeriod(facts.startDate, y)).filter(started);
  const firstFrom = yearPeriod(facts.startDate, first).from;
  switch (kind) {
    case 'programme-year':
      return years;
    case 'rolling-12-months':
      return years.map((p) => {
        if (asOf >= p.until) return { ...p, kind };
        const windowFrom = addMonths(addDays(asOf, 1), -12);
        const from = windowFrom > firstFrom ? windowFrom : firstFrom;
        return { kind, from, until: p.until, horizon: addMonths(from, 12), ...(p.year !== undefined ? { year: p.year } : {}) };
      });
    case 'programme':
      return [{ kind, from: firstFrom, until: end }].filter(started);
    case 'calendar-year': {
      const last = years.at(-1);
      if (!last) return [];
      const spanEnd = last.until < end ? last.until : end;
      const out: Period[] = [];
      for (let y = Number(firstFrom.slice(0, 4)); `${y}-01-01` < spanEnd; y += 1) {
        const from = `${y}-01-01` > firstFrom ? `${y}-01-01` : firstFrom;
        const until = `${y + 1}-01-01` < spanEnd ? `${y + 1}-01-01` : spanEnd;
        out.push({ kind, from, until });
      }
      return out.filter(started);
    }
  }
}

/** Whether a period is listed on asOf: the current one, and an earlier one only while it is missed. */
export function listed(p: Period, state: StatusState, asOf: IsoDate): boolean {
  return asOf < p.until || state === 'missed';
}

/** The value of a period's entries: their sum, or the newest (by end date) for a rate or a stock; none when nothing is logged. */
export function aggregate(entries: readonly CountEntry[], how: 'sum' | 'latest'): number | undefined {
  if (entries.length === 0) return undefined;
  if (how === 'sum') return entries.reduce((n, c) => n + c.value, 0);
  return [...entries].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from)).at(-1)?.value;
}
