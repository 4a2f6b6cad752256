// The plan by year and element, shared by the plan-review step and the plan card.
import * as z from 'zod';
import { ELEMENTS, elementOf, InterventionId, type Locale } from '../rules/model.js';
import { elementName, escapeMarkdown, t } from './shared.js';

export const PlannedData = z.object({
  id: InterventionId,
  /** Localized intervention name. */
  name: z.string().min(1),
  deepening: z.boolean().default(false),
  justification: z.string().max(2000).optional(),
  /** The route taken (rule-set data, e.g. "SOH-spreekuur"), where the offer has routes (issue 9 §1). */
  route: z.string().min(1).max(120).optional(),
});

export const PlanYearData = z.object({
  year: z.number().int().min(1).max(10),
  interventions: z.array(PlannedData).max(40),
});
export type PlanYearInput = z.input<typeof PlanYearData>;

export interface PlanYearView {
  title: string;
  elements: { name: string; list: string }[];
  empty: { text: string }[];
}

/** One year: interventions grouped by element in the canonical order, justifications escaped (user text). */
export function planYearView(year: z.infer<typeof PlanYearData>, locale: Locale): PlanYearView {
  const elements = ELEMENTS.flatMap((element) => {
    const items = year.interventions.filter((i) => elementOf(i.id) === element);
    if (items.length === 0) return [];
    const list = items
      .map((i) => {
        const deepening = i.deepening
          ? ` (${t(locale, 'plan.deepening')}${i.justification ? `: ${escapeMarkdown(i.justification)}` : ''})`
          : '';
        const route = i.route ? ` · ${t(locale, 'plan.route', { route: i.route })}` : '';
        return `- ${i.name}${deepening}${route}`;
      })
      .join('\n');
    return [{ name: elementName(element, locale), list }];
  });
  return {
    title: t(locale, 'plan.year', { year: year.year }),
    elements,
    empty: elements.length === 0 ? [{ text: t(locale, 'plan.empty') }] : [],
  };
}
