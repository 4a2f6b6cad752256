// Cards of the choose dialog built from the rule set: what the region offers per element and year, and the review.
import { renderChooseElementCard } from '../../cards/choose-element.card.js';
import { renderPlanReviewCard } from '../../cards/plan-review.card.js';
import type { SubmitError } from '../../cards/actions.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import { candidatesFor } from '../../rules/advise.js';
import { CATALOG, interventionName } from '../../rules/catalog.js';
import { check, ruleSetForYear, versionOfYear } from '../../rules/engine.js';
import { yearStart } from '../../rules/plan-view.js';
import * as z from 'zod';
import { ELEMENTS, elementOf, PlannedIntervention, type Element, type Locale, type Plan } from '../../rules/model.js';
import { shownFindings } from '../shared/plan-check.js';
import { planYearCard } from '../status/status.js';

export const ChooseState = z.object({
  practiceId: z.string(),
  year: z.number().int().min(1),
  /** 0–3: the element steps (ELEMENTS order); 4: the review. */
  step: z.number().int().min(0),
  cardId: z.string(),
  /** The message that shows the wizard's card: every step replaces it in place, a typed "stop" makes it read-only. */
  activityId: z.string().optional(),
  chosen: z.array(PlannedIntervention),
  /** Chosen the year before: preselected, and a deepening candidate from year 3. */
  previous: z.array(z.string()),
  /** The year's latest version when the run started (0: none): a save is refused if someone saved since (issue 12 §3). */
  basedOn: z.number().int().min(0).default(0),
});
export type ChooseState = z.infer<typeof ChooseState>;

export const REVIEW_STEP = ELEMENTS.length;

/** Year 3+ (RULES.md §6 new-or-deepening): continuing an intervention may be a deepening, with a justification. */
export const DEEPENING_FROM_YEAR = 3;

export function elementAt(step: number): Element | undefined {
  return ELEMENTS[step];
}

/**
 * Offered or allowed for this element in this year (never excluded or not-offered), by the version in force when the
 * year starts, without offers dated later than that (issue 9 §2: `availableFrom`).
 */
export function offersFor(plan: Plan, year: number, element: Element) {
  return candidatesFor(ruleSetForYear(plan, year), year, yearStart(plan.startDate, year)).filter((o) => CATALOG[o.id].element === element);
}

export function withYear(plan: Plan, year: number, chosen: PlannedIntervention[]): Plan {
  return {
    ...plan,
    years: [...plan.years.filter((y) => y.year !== year), { year, interventions: chosen }].sort((a, b) => a.year - b.year),
  };
}

export function elementCard(s: ChooseState, plan: Plan, locale: Locale, errors: SubmitError[] = []): AdaptiveCardJson {
  const element = elementAt(s.step) ?? 'awp';
  const whole = withYear(plan, s.year, s.chosen);
  const findings = s.step > 0 ? shownFindings(check(whole, { locale }).findings) : [];
  return renderChooseElementCard({
    locale,
    cardId: s.cardId,
    year: s.year,
    element,
    step: s.step + 1,
    steps: REVIEW_STEP + 1,
    errors,
    findings,
    interventions: offersFor(plan, s.year, element).map((o) => {
      const chosen = s.chosen.find((c) => c.id === o.id);
      return {
        id: o.id,
        name: interventionName(o.id, locale),
        support: o.support.text,
        condition: o.condition.text,
        cost: o.cost,
        reason: o.reason,
        selected: chosen !== undefined,
        deepening: s.year >= DEEPENING_FROM_YEAR && s.previous.includes(o.id),
        ...(chosen?.justification !== undefined ? { justification: chosen.justification } : {}),
      };
    }),
  });
}

export function reviewCard(s: ChooseState, plan: Plan, locale: Locale): AdaptiveCardJson {
  const whole = withYear(plan, s.year, s.chosen);
  const result = check(whole, { locale });
  return renderPlanReviewCard({
    locale,
    cardId: s.cardId,
    year: s.year,
    verdict: { ok: result.ok, ruleSet: versionOfYear(result, s.year) },
    findings: shownFindings(result.findings),
    years: whole.years.map((y) => planYearCard(y, locale, ruleSetForYear(whole, y.year))),
  });
}

/** The step's choice replaces what was chosen for that element; a justification makes a continuation a deepening. */
export function applyStep(
  s: ChooseState,
  element: Element,
  selected: readonly string[],
  justifications: Readonly<Record<string, string | undefined>>,
): PlannedIntervention[] {
  const others = s.chosen.filter((c) => elementOf(c.id) !== element);
  const mine = selected.map((id): PlannedIntervention => {
    const justification = justifications[id]?.trim();
    const deepening = s.year >= DEEPENING_FROM_YEAR && s.previous.includes(id) && justification !== undefined && justification !== '';
    // The route stays with the intervention (issue 9 §1): re-choosing an element does not forget it.
    const route = s.chosen.find((c) => c.id === id)?.route;
    return { id, ...(deepening ? { deepening: true, justification } : {}), ...(route !== undefined ? { route } : {}) };
  });
  return [...others, ...mine];
}
