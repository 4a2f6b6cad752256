// The saved plan checked against the rule sets deployed now (issue 11 §3/§4): a new rule-set version can make a plan
// that passed when it was saved fail today. The reminders and the RHO summary both read this, never the stored verdict.
import { check, versionOfYear } from '../../rules/engine.js';
import type { CheckResult, Locale } from '../../rules/model.js';
import type { Practice, PlanVersion } from '../../storage/ports.js';
import { planOf } from './plan-check.js';

export interface PlanNow {
  result: CheckResult;
  /** The years whose saved verdict was given by another rule-set version than the one that decides them now. */
  recheckedYears: number[];
}

/** Undefined when no plan is saved yet. */
export function planNow(practice: Practice, plans: readonly PlanVersion[], locale: Locale = 'nl'): PlanNow | undefined {
  if (plans.length === 0) return undefined;
  const result = check(
    planOf(
      practice,
      plans.map((v) => ({ year: v.year, interventions: v.interventions })),
    ),
    { locale },
  );
  const recheckedYears = plans.filter((v) => v.verdict.ruleSet !== versionOfYear(result, v.year)).map((v) => v.year);
  return { result, recheckedYears };
}
