// Milestones (issue 9 §4): the dated duties a region sets besides interventions, with their deadline and whether the
// practice marked them done. A yearly duty gets one item per programme year; an earlier year stays listed while missed.
import { addDays, addMonths, daysBetween, programmeYear, programmeYearRange } from './dates.js';
import type { IsoDate, Locale, MilestoneStatus, PracticeFacts, StatusState } from './model.js';
import { formatSource, type Milestone, type RuleSet } from './schema.js';
import { AT_RISK_DAYS, deadlineState, lastProgrammeYear } from './status-periods.js';
import { milestoneMessages as mm } from './status-messages.js';

type Done = NonNullable<PracticeFacts['milestones']>[number];

function dated(m: Milestone, due: IsoDate, done: Done | undefined, asOf: IsoDate, locale: Locale, year?: number): MilestoneStatus {
  const status: StatusState = done ? (done.done <= due ? 'met' : 'missed') : deadlineState(false, due, asOf);
  return {
    id: m.id,
    name: m.name,
    status,
    due,
    ...(year !== undefined ? { year } : {}),
    ...(done ? { done: done.done, ...(done.by !== undefined ? { by: done.by } : {}) } : {}),
    source: formatSource(m.source),
    message: mm.dated(locale, { name: m.name, year, due, done: done?.done, state: status, note: m.note }),
  };
}

const yearEnd = (facts: PracticeFacts, year: number): IsoDate => addDays(programmeYearRange(facts.startDate, year).until, -1);

/**
 * Evidence of a chosen intervention's minimum requirement (004 B.1–B.2). Reading: the seed gives no date, so the
 * evidence is expected by the end of the first programme year the intervention is chosen for and is at risk after
 * that, never missed; a certificate with `validYears` must still be valid while the intervention runs (up to asOf, or
 * the end of its last planned year), and is at risk from AT_RISK_DAYS before it expires.
 */
function evidence(
  m: Milestone,
  due: { intervention: string; validYears?: number | undefined },
  facts: PracticeFacts,
  years: readonly number[],
  latest: Done | undefined,
  asOf: IsoDate,
  locale: Locale,
): MilestoneStatus {
  const expected = yearEnd(facts, years[0] ?? 1);
  const runsUntil = yearEnd(facts, years.at(-1) ?? 1);
  const validUntil = latest && due.validYears !== undefined ? addDays(addMonths(latest.done, 12 * due.validYears), -1) : undefined;
  const checked = asOf < runsUntil ? asOf : runsUntil;
  const status: StatusState = !latest
    ? asOf > expected
      ? 'at-risk'
      : deadlineState(false, expected, asOf)
    : validUntil === undefined
      ? 'met'
      : checked > validUntil || (asOf <= runsUntil && daysBetween(asOf, validUntil) <= AT_RISK_DAYS)
        ? 'at-risk'
        : 'met';
  return {
    id: m.id,
    name: m.name,
    status,
    intervention: due.intervention,
    ...(latest ? { done: latest.done, ...(latest.by !== undefined ? { by: latest.by } : {}) } : { due: expected }),
    ...(validUntil !== undefined ? { validUntil } : {}),
    source: formatSource(m.source),
    message: mm.evidence(locale, {
      name: m.name,
      due: expected,
      done: latest?.done,
      validUntil,
      expired: validUntil !== undefined && checked > validUntil,
      state: status,
      note: m.note,
    }),
  };
}

export function milestoneItems(set: RuleSet, facts: PracticeFacts, asOf: IsoDate, current: number, locale: Locale): MilestoneStatus[] {
  if (current === 0) return [];
  const last = lastProgrammeYear(facts);
  const items: MilestoneStatus[] = [];
  for (const m of set.milestones ?? []) {
    const done = (facts.milestones ?? []).filter((d) => d.id === m.id && d.done <= asOf).sort((a, b) => a.done.localeCompare(b.done));
    const due = m.due;
    switch (due.kind) {
      case 'months-after-start':
        items.push(dated(m, addMonths(facts.startDate, due.months), done[0], asOf, locale));
        break;
      case 'end-of-year':
        if (due.year <= last)
          items.push(dated(m, addDays(programmeYearRange(facts.startDate, due.year).until, -1), done[0], asOf, locale, due.year));
        break;
      case 'each-year':
        for (let year = 1; year <= Math.min(current, last); year += 1) {
          const end = addDays(programmeYearRange(facts.startDate, year).until, -1);
          const item = dated(
            m,
            end,
            done.find((d) => (d.year ?? programmeYear(facts.startDate, d.done)) === year),
            asOf,
            locale,
            year,
          );
          if (asOf <= end || item.status === 'missed') items.push(item);
        }
        break;
      case 'evidence': {
        const years = facts.years
          .filter((y) => y.year <= Math.min(current, last) && y.interventions.some((i) => i.id === due.intervention))
          .map((y) => y.year)
          .sort((a, b) => a - b);
        if (years.length > 0) items.push(evidence(m, due, facts, years, done.at(-1), asOf, locale));
        break;
      }
      case 'after-year': {
        // The seed dates it "na het tweede jaar" without a deadline: due from then on, never missed.
        const from = programmeYearRange(facts.startDate, due.year).until;
        const first = done[0];
        const status: StatusState = first ? 'met' : asOf < from ? 'on-track' : 'at-risk';
        items.push({
          id: m.id,
          name: m.name,
          status,
          from,
          year: due.year,
          ...(first ? { done: first.done, ...(first.by !== undefined ? { by: first.by } : {}) } : {}),
          source: formatSource(m.source),
          message: mm.after(locale, { name: m.name, year: due.year, from, done: first?.done, state: status, note: m.note }),
        });
        break;
      }
    }
  }
  return items;
}
