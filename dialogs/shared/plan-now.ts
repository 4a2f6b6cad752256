// The saved plan checked against the rule sets deployed now (issue 11 §3/§4): a new rule-set version can make a plan
// that passed when it was saved fail today. The reminders and the RHO summary both read this, never the stored verdict.
import { check, versionOfYear } from '../../rules/engine.js';
import type { CheckResult, Locale, Plan } from '../../rules/model.js';
import type { Practice, PlanVersion } from '../../storage/ports.js';
import { planOf } from './plan-check.js';

export interface PlanNow {
  result: CheckResult;
  /** The years whose saved verdict was given by another rule-set version than the one that decides them now. */
  recheckedYears: number[];
}

/**
 * Check results by plan content, for one pass over many practices (the weekly RHO summary): practices often share a
 * plan, and a plan's verdict depends only on its content and the rule sets of this deployment (built into the code, so
 * fixed for the process). Made per pass, never kept: a new deployment starts with none.
 */
export type CheckMemo = Map<string, CheckResult>;

function checked(plan: Plan, locale: Locale, memo: CheckMemo | undefined): CheckResult {
  if (memo === undefined) return check(plan, { locale });
  const key = `${locale}|${JSON.stringify(plan)}`;
  let result = memo.get(key);
  if (result === undefined) {
    result = check(plan, { locale });
    memo.set(key, result);
  }
  return result;
}

/** Undefined when no plan is saved yet. */
export function planNow(practice: Practice, plans: readonly PlanVersion[], locale: Locale = 'nl', memo?: CheckMemo): PlanNow | undefined {
  if (plans.length === 0) return undefined;
  const plan = planOf(
    practice,
    plans.map((v) => ({ year: v.year, interventions: v.interventions })),
  );
  const result = checked(plan, locale, memo);
  const recheckedYears = plans.filter((v) => v.verdict.ruleSet !== versionOfYear(result, v.year)).map((v) => v.year);
  return { result, recheckedYears };
}
