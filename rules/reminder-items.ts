// What a reminder lists (issue 11 §3): "what is overdue or at risk (from rules status: missed/at-risk requirements,
// deadlines within 14 days, the next programme year's choice due, milestones, a plan that fails the rule-set version
// that now applies)". Pure: the status, the plan check and the date are arguments; snoozed and turned-off reasons
// are left out. Nothing listed means all is on track, and then no reminder is posted.
import { daysBetween, formatDate } from './dates.js';
import { t } from './i18n/index.js';
import type { CheckResult, Finding, IsoDate, Locale, MilestoneStatus, StatusItem, StatusKind, StatusResult } from './model.js';
import { yearStart } from './plan-view.js';
import { reasonShown, type ReminderReason, type ReminderSettings } from './reminder-settings.js';
import { AT_RISK_DAYS } from './status-periods.js';

/** A deadline this close that is not met yet is listed even while on track. */
export const DUE_SOON_DAYS = 14;

export type ReminderState = 'missed' | 'at-risk' | 'due-soon';

export type ReminderItem = { reason: ReminderReason; state: ReminderState; message: string; source: string; due?: IsoDate } & (
  | { kind: StatusKind; metric?: string; intervention?: string }
  | { kind: 'milestone'; milestone: string; name: string; year?: number; evidence: boolean }
  | { kind: 'next-year'; year: number }
  | { kind: 'plan-check'; years: number[]; ruleSet: string; findings: Finding[] }
);

const REASON_OF: Readonly<Record<StatusKind, ReminderReason>> = {
  'intervisie-count': 'intervisie',
  'intervisie-first': 'intervisie',
  'praktijkplan-deadline': 'praktijkplan',
  threshold: 'counts',
};

function stateOf(i: Pick<StatusItem | MilestoneStatus, 'status' | 'due'>, asOf: IsoDate): ReminderState | undefined {
  if (i.status === 'missed' || i.status === 'at-risk') return i.status;
  if (i.status === 'on-track' && i.due !== undefined && daysBetween(asOf, i.due) <= DUE_SOON_DAYS) return 'due-soon';
  return undefined;
}

function statusItems(status: StatusResult): ReminderItem[] {
  return status.items.flatMap((i): ReminderItem[] => {
    const state = stateOf(i, status.asOf);
    if (state === undefined) return [];
    return [
      {
        reason: REASON_OF[i.kind],
        state,
        kind: i.kind,
        message: i.message,
        source: i.source,
        ...(i.due !== undefined ? { due: i.due } : {}),
        ...(i.metric !== undefined ? { metric: i.metric } : {}),
        ...(i.intervention !== undefined ? { intervention: i.intervention } : {}),
      },
    ];
  });
}

function milestones(status: StatusResult): ReminderItem[] {
  return status.milestones.flatMap((m): ReminderItem[] => {
    const state = stateOf(m, status.asOf);
    if (state === undefined) return [];
    return [
      {
        reason: 'milestones',
        state,
        kind: 'milestone',
        milestone: m.id,
        name: m.name,
        evidence: m.intervention !== undefined,
        ...(m.year !== undefined ? { year: m.year } : {}),
        message: m.message,
        source: m.source,
        ...(m.due !== undefined ? { due: m.due } : {}),
      },
    ];
  });
}

export interface PlanFacts {
  startDate: IsoDate;
  /** The programme years with a saved plan. */
  plannedYears: readonly number[];
  /** The last programme year (rules/status-periods.ts lastProgrammeYear). */
  lastYear: number;
}

/**
 * The next programme year's choice: due when that year starts within AT_RISK_DAYS (the status's "at risk" window)
 * and no plan is saved for it, or at once when no plan is saved at all.
 */
function nextYear(status: StatusResult, plan: PlanFacts, source: string, locale: Locale): ReminderItem[] {
  const current = status.programmeYear;
  if (current >= 1 && plan.plannedYears.length === 0) {
    const message = t(locale, 'reminder.noPlan', { year: current });
    return [{ reason: 'nextYear', state: 'missed', kind: 'next-year', year: current, message, source }];
  }
  const next = Math.max(1, current + 1);
  if (next > plan.lastYear || plan.plannedYears.includes(next)) return [];
  const due = yearStart(plan.startDate, next);
  const days = daysBetween(status.asOf, due);
  if (days > AT_RISK_DAYS) return [];
  const message = t(locale, 'reminder.nextYear', { year: next, date: formatDate(due) });
  return [
    { reason: 'nextYear', state: days <= DUE_SOON_DAYS ? 'at-risk' : 'due-soon', kind: 'next-year', year: next, due, message, source },
  ];
}

/** A saved plan that fails the rule sets that apply now: its errors, with the years an older version had judged. */
function planCheck(check: PlanCheck | undefined, locale: Locale): ReminderItem[] {
  if (check === undefined || check.result.ok) return [];
  const findings = check.result.findings.filter((f) => f.severity === 'error');
  const rechecked = check.recheckedYears.length > 0 ? check.recheckedYears.join(', ') : 'none';
  return [
    {
      reason: 'planCheck',
      state: 'missed',
      kind: 'plan-check',
      years: check.recheckedYears,
      ruleSet: check.result.ruleSet,
      findings,
      message: t(locale, 'reminder.planCheck', { ruleSet: check.result.ruleSet, rechecked }),
      // each finding shows its own source
      source: '',
    },
  ];
}

const ORDER: Readonly<Record<ReminderState, number>> = { missed: 0, 'at-risk': 1, 'due-soon': 2 };

/** The saved plan checked against the rule sets deployed now (dialogs/shared/plan-now.ts). */
export interface PlanCheck {
  result: CheckResult;
  recheckedYears: number[];
}

/**
 * The items of one practice's reminder, most urgent first; empty when all is on track (or snoozed, or off).
 * `setSource`: the source of the rule set that applies now, cited by the next-year item.
 */
export function reminderItems(
  status: StatusResult,
  plan: PlanFacts & { check?: PlanCheck | undefined; setSource: string },
  settings: ReminderSettings,
  locale: Locale,
): ReminderItem[] {
  return [
    ...planCheck(plan.check, locale),
    ...nextYear(status, plan, plan.setSource, locale),
    ...statusItems(status),
    ...milestones(status),
  ]
    .filter((i) => reasonShown(settings, i.reason, status.asOf))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state]);
}
