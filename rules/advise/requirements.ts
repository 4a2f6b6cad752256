// What a given plan still needs in the advised year, and which candidates it may not take (double funding):
// both come from the engine's own findings, so the advisor never disagrees with `check` (RULES.md §6).
import { check } from '../engine.js';
import { t } from '../i18n/index.js';
import { elementOf, type Element, type Finding, type Locale, type Plan } from '../model.js';
import type { Offer, RuleSet } from '../schema.js';
import type { Fill } from './rank.js';

export interface PlanNeeds {
  /** Interventions the plan already lists in the advised year: suggesting them again helps nobody. */
  chosen: ReadonlySet<string>;
  /** The open requirement the candidate would fill, with a sentence naming it; undefined when it fills none. */
  fills(offer: Offer): Fill | undefined;
  /** The `excluded` finding adding the candidate to the year gives (e.g. TBHZ zelfmetingen), if any. */
  excluded(offer: Offer): Finding | undefined;
}

function idsInYear(plan: Plan, year: number): Set<string> {
  return new Set(plan.years.find((y) => y.year === year)?.interventions.map((i) => i.id) ?? []);
}

function withIntervention(plan: Plan, year: number, id: string): Plan {
  const has = plan.years.some((y) => y.year === year);
  const years = has
    ? plan.years.map((y) => (y.year === year ? { ...y, interventions: [...y.interventions, { id }] } : y))
    : [...plan.years, { year, interventions: [{ id }] }];
  return { ...plan, years };
}

/** The elements a candidate counts for: its own, and the one of `alsoCountsAs` (001 Bijlage B: SOH-opleiding). */
function countsFor(offer: Offer): Element[] {
  const elements = [elementOf(offer.id), offer.alsoCountsAs ? elementOf(offer.alsoCountsAs) : undefined];
  return elements.filter((e): e is Element => e !== undefined);
}

function fillsSentence(finding: Finding, year: number, locale: Locale): string {
  return t(locale, 'advice.fillsRequirement', { year, finding: finding.message });
}

export function planNeeds(plan: Plan, ruleSet: RuleSet, year: number, locale: Locale): PlanNeeds {
  const chosen = idsInYear(plan, year);
  const previous = idsInYear(plan, year - 1);
  const open = check(plan, { ruleSet, locale }).findings.filter(
    (f) => (f.kind === 'min-count' || f.kind === 'must-add') && f.year === year && f.element !== undefined,
  );
  const countMode = (ruleId: string): string | undefined => {
    const rule = ruleSet.rules.find((r) => r.id === ruleId);
    return rule && 'count' in rule ? rule.count : undefined;
  };
  const excludedCache = new Map<string, Finding | null>();

  return {
    chosen,
    fills(offer) {
      const elements = countsFor(offer);
      const finding = open.find((f) => {
        if (f.element === undefined || !elements.includes(f.element)) return false;
        // A minimum that counts only RHO-offered interventions is not filled by one chosen on own initiative.
        if (countMode(f.ruleId) === 'offered' && offer.status !== 'offered') return false;
        // `must-add` asks for something new: continuing last year's intervention does not fill it.
        return f.kind !== 'must-add' || !previous.has(offer.id);
      });
      return finding ? { requirement: finding.ruleId, sentence: fillsSentence(finding, year, locale) } : undefined;
    },
    excluded(offer) {
      const known = excludedCache.get(offer.id);
      if (known !== undefined) return known ?? undefined;
      const findings = check(withIntervention(plan, year, offer.id), { ruleSet, locale }).findings;
      const excluded = findings.find((f) => f.kind === 'excluded' && f.intervention === offer.id);
      excludedCache.set(offer.id, excluded ?? null);
      return excluded;
    },
  };
}
