// Milestones (issue 9 §4): the dated duties a region sets besides interventions, with their deadline and whether the
// practice marked them done. A yearly duty gets one item per programme year; an earlier year stays listed while missed.
import { addDays, addMonths, programmeYear, programmeYearRange } from './dates.js';
import type { IsoDate, Locale, MilestoneStatus, PracticeFacts, StatusState } from './model.js';
import { formatSource, type Milestone, type RuleSet } from './schema.js';
import { deadlineState, lastProgrammeYear } from './status-periods.js';
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
