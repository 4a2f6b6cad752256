// The plan as rules/check() reads it, built from the stores plus the year being changed, and saving a checked version.
import { check, versionOfYear } from '../../rules/engine.js';
import type { CheckResult, Finding, Plan, PlannedIntervention } from '../../rules/model.js';
import type { Practice, PlanVerdict, PlanVersion, Stores } from '../../storage/ports.js';
import { AUDIT, audited } from './ids.js';
import { planYearsOf } from './practice-facts.js';
import { writeContext } from './reply.js';
import type { DialogTurn } from '../router/turn.js';

/** Card data allows at most 50 findings; the rest is in the verdict's rule ids. */
const MAX_FINDINGS = 50;

export function planOf(p: Practice, years: Plan['years']): Plan {
  return {
    region: p.region,
    startDate: p.startDate,
    normpraktijken: p.normpraktijken,
    otherFunding: p.otherFunding,
    ...(p.subregion !== undefined ? { subregion: p.subregion } : {}),
    years: [...years].sort((a, b) => a.year - b.year),
  };
}

/** The stored plan with `year` replaced by `interventions`. */
export async function planWith(stores: Stores, p: Practice, year: number, interventions: PlannedIntervention[]): Promise<Plan> {
  const stored = (await planYearsOf(stores, p.id)).filter((y) => y.year !== year);
  return planOf(p, [...stored, { year, interventions }]);
}

/** What a year starts from: its latest version, else the year before (continuing interventions). */
export async function startingPoint(stores: Stores, practiceId: string, year: number): Promise<PlannedIntervention[]> {
  const latest = await stores.plans.latest(practiceId);
  const own = latest.find((v) => v.year === year);
  if (own) return own.interventions;
  // A continued intervention keeps its route (issue 9 §1); deepening and justification are per year.
  return (latest.find((v) => v.year === year - 1)?.interventions ?? []).map(({ id, route }) => ({
    id,
    ...(route !== undefined ? { route } : {}),
  }));
}

/** The saved verdict of `year`: with the version that decides that year (issue 9 §2; STYLE §3 rule id + version). */
export function verdictOf(result: CheckResult, year: number): PlanVerdict {
  return {
    ok: result.ok,
    ruleSet: versionOfYear(result, year),
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
    ruleIds: [...new Set(result.findings.map((f) => f.ruleId))],
  };
}

export function shownFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice(0, MAX_FINDINGS);
}

/** The same plan for a year: the same interventions with the same deepening, justification and route, in any order. */
export function samePlan(a: readonly PlannedIntervention[], b: readonly PlannedIntervention[]): boolean {
  const key = (list: readonly PlannedIntervention[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
        .map((i) => [i.id, i.deepening ?? false, i.justification ?? '', i.route ?? '']),
    );
  return key(a) === key(b);
}

/** The year's version `version`: the latest one is read from the summary, an older one from the history. */
export async function versionOf(stores: Stores, practiceId: string, year: number, version: number): Promise<PlanVersion | undefined> {
  const latest = (await stores.plans.latest(practiceId)).find((v) => v.year === year);
  if (latest?.version === version) return latest;
  return (await stores.plans.history(practiceId, year)).find((v) => v.version === version);
}

/**
 * Checks the whole plan and saves `year` as a new version with who, when, rule set and verdict. A plan equal to the
 * version it started from is not saved again (issue 13 §3): `unchanged`, with that version. Compared with `basedOn`,
 * not the latest, so a retry of a save that landed still answers with the version it made.
 */
export async function saveChecked(
  turn: DialogTurn,
  stores: Stores,
  p: Practice,
  year: number,
  interventions: PlannedIntervention[],
  idempotencyKey: string,
  /** The version the user started from (0: none); a newer one refuses the save (ConcurrencyError). */
  basedOn?: number,
): Promise<{ result: CheckResult; version: PlanVersion; unchanged: boolean }> {
  const result = check(await planWith(stores, p, year, interventions), { locale: turn.locale });
  const start = basedOn !== undefined && basedOn > 0 ? await versionOf(stores, p.id, year, basedOn) : undefined;
  if (start !== undefined && samePlan(start.interventions, interventions)) return { result, version: start, unchanged: true };
  const actor = turn.actor;
  // Storage keeps the actor id with the version; the display name for the plan card is kept in the audit entry, which
  // storage commits with the version and completes with its number.
  const detail = { year, ruleSet: versionOfYear(result, year), ok: result.ok, by: actor.name ?? actor.id };
  const { version } = await stores.plans.saveVersion(
    { practiceId: p.id, year, interventions, verdict: verdictOf(result, year) },
    audited(writeContext(turn, idempotencyKey), AUDIT.planSaved, detail),
    basedOn,
  );
  return { result, version, unchanged: false };
}
