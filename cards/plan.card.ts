// The praktijkplan per programme year as a readable card (issue 4 §7, command "plan").
import * as z from 'zod';
import { Verdict, verdictView, type VerdictView } from './findings.card.js';
import { PlanYearData, planYearView, type PlanYearView } from './plan-years.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, ShownDate, t, type ButtonView } from './shared.js';
import tpl from './templates/plan.card.json' with { type: 'json' };
import { ruleSetTitle } from '../rules/titles.js';

export const PlanCardYear = PlanYearData.extend({
  verdict: Verdict.optional(),
  /** Display name of who saved this version (user text). */
  savedBy: z.string().max(200).optional(),
  savedAt: ShownDate.optional(),
  /** The rule-set version that decides this programme year (issue 9 §2), and the year's first day. */
  ruleSet: z.string().min(1).max(40).optional(),
  yearStart: ShownDate.optional(),
});

export const PlanCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  praktijkplanSubmitted: ShownDate.optional(),
  years: z.array(PlanCardYear).max(10),
});
export type PlanCardInput = z.input<typeof PlanCardData>;

interface PlanView {
  title: string;
  submitted: { text: string }[];
  empty: { text: string }[];
  years: (PlanYearView & { verdict: VerdictView[]; version: { text: string }[]; saved: { text: string }[] })[];
  buttons: ButtonView[];
}

export const planTemplate = prepareTemplate<PlanView>(tpl);

export function planView(input: PlanCardInput): PlanView {
  const d = PlanCardData.parse(input);
  const { locale } = d;
  const years = [...d.years].sort((a, b) => a.year - b.year);
  return {
    title: t(locale, 'plan.title', { practice: escapeMarkdown(d.practiceName) }),
    submitted: d.praktijkplanSubmitted ? [{ text: t(locale, 'plan.submitted', { date: d.praktijkplanSubmitted }) }] : [],
    empty: years.length === 0 ? [{ text: t(locale, 'plan.empty') }] : [],
    years: years.map((y) => ({
      ...planYearView(y, locale),
      verdict: verdictView(y.verdict, locale),
      version:
        y.ruleSet && y.yearStart
          ? [{ text: t(locale, 'check.yearVersion', { year: y.year, yearStart: y.yearStart, ruleSet: ruleSetTitle(y.ruleSet, locale) }) }]
          : [],
      saved:
        y.verdict && y.savedBy && y.savedAt
          ? [
              {
                text: t(locale, 'plan.saved', {
                  ruleSet: ruleSetTitle(y.verdict.ruleSet, locale),
                  by: escapeMarkdown(y.savedBy),
                  at: y.savedAt,
                }),
              },
            ]
          : [],
    })),
    buttons: [
      button(t(locale, 'action.startChoose'), 'startChoose', d.cardId),
      button(t(locale, 'action.openStatus'), 'openStatus', d.cardId),
    ],
  };
}

export function renderPlanCard(input: PlanCardInput): AdaptiveCardJson {
  return planTemplate.render(planView(input));
}
