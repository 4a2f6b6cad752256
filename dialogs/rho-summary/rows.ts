// One row of the RHO summary per practice (issue 11 §4), from the practice and its records as storage lists them per
// region: status today, the plan checked against the rule sets deployed now (plan-now.ts), the next deadline and the
// deadlines of the next four weeks. Shared by `samenvatting`, the weekly job and the CSV export.
import type { SummaryRow } from '../../cards/rho-summary.card.js';
import { addDays, formatDate } from '../../rules/dates.js';
import type { IsoDate, MilestoneStatus, StatusItem, StatusResult } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import type { PracticeWithRecords } from '../../storage/ports.js';
import { planNow, type CheckMemo } from '../shared/plan-now.js';
import { factsOf } from '../shared/practice-facts.js';

/** "Deadlines in the next 4 weeks" (issue 11 §4). */
export const DEADLINE_DAYS = 28;

type Open = StatusItem | MilestoneStatus;

export interface PracticeSummary {
  /** What the row was made from (the CSV export lists the logs too). */
  source: PracticeWithRecords;
  row: SummaryRow;
  result: StatusResult;
  /** Open items due from today up to DEADLINE_DAYS ahead, soonest first. */
  upcoming: { due: IsoDate; item: Open }[];
}

const isOpen = (i: Open): boolean => i.status === 'missed' || i.status === 'at-risk' || i.status === 'on-track';

/**
 * The row, its status and its near deadlines: status() once per practice, nothing read here. `memo`: check results of
 * the plans already checked in this pass (a region's practices often share a plan).
 */
export function summarise(source: PracticeWithRecords, today: IsoDate, memo?: CheckMemo): PracticeSummary {
  const { practice, records } = source;
  const result = status(factsOf(practice, records), today);
  const open: Open[] = [...result.items, ...result.milestones];
  const intervisie = result.items.filter((i) => i.kind === 'intervisie-count').at(-1);
  const dated = open.filter((i) => isOpen(i) && i.due !== undefined && i.due >= today) as (Open & { due: IsoDate })[];
  dated.sort((a, b) => a.due.localeCompare(b.due));
  const horizon = addDays(today, DEADLINE_DAYS);
  const thresholds = result.items.filter((i) => i.kind === 'threshold' && i.status !== 'met' && i.status !== 'not-applicable');
  const plan = planNow(practice, records.plans, 'nl', memo);
  const row: SummaryRow = {
    practiceId: practice.id,
    name: practice.name,
    ...(practice.subregion !== undefined ? { subregion: practice.subregion } : {}),
    programmeYear: Math.max(0, result.programmeYear),
    planOk: plan ? plan.result.ok : null,
    ...(intervisie?.value !== undefined && intervisie.target !== undefined
      ? { intervisie: { value: intervisie.value, target: intervisie.target } }
      : {}),
    thresholds: thresholds
      .filter((i) => i.metric !== undefined && i.value !== undefined && i.target !== undefined)
      .slice(0, 2)
      .map((i) => ({ metric: i.metric as NonNullable<StatusItem['metric']>, value: i.value as number, target: i.target as number })),
    missed: open.filter((i) => i.status === 'missed').length,
    atRisk: open.filter((i) => i.status === 'at-risk').length,
    ...(dated[0] !== undefined ? { nextDue: formatDate(dated[0].due) } : {}),
    ...(practice.channelInactive !== undefined ? { inactiveSince: formatDate(practice.channelInactive.since.slice(0, 10)) } : {}),
  };
  return { source, row, result, upcoming: dated.filter((i) => i.due <= horizon).map((item) => ({ due: item.due, item })) };
}

export type Urgency = 'missed' | 'at-risk' | 'on-track';

export function urgencyOf(r: Pick<SummaryRow, 'missed' | 'atRisk'>): Urgency {
  return r.missed > 0 ? 'missed' : r.atRisk > 0 ? 'at-risk' : 'on-track';
}

const sortableDue = (r: SummaryRow): string => (r.nextDue ? r.nextDue.split('-').reverse().join('') : '99999999');

/** Most urgent first: most missed, then most at risk, then the nearest deadline, then by name. */
export function byUrgency(a: SummaryRow, b: SummaryRow): number {
  return b.missed - a.missed || b.atRisk - a.atRisk || sortableDue(a).localeCompare(sortableDue(b)) || a.name.localeCompare(b.name, 'nl');
}

/** Subregions in alphabetical order, practices without one last; within each, most urgent first. */
export function bySubregionThenUrgency(a: SummaryRow, b: SummaryRow): number {
  const sa = a.subregion ?? '\uffff';
  const sb = b.subregion ?? '\uffff';
  return sa.localeCompare(sb, 'nl') || byUrgency(a, b);
}
