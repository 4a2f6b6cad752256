// Final step of the choose dialog: the whole plan by year and element, verdict and findings, then save (issue 4 §2).
import * as z from 'zod';
import { noFindingsView, Verdict, verdictView, type VerdictView } from './findings.card.js';
import { PlanYearData, planYearView, type PlanYearView } from './plan-years.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, findingViews, Findings, labelsOf, t, type ButtonView, type FindingView, type Labels } from './shared.js';
import tpl from './templates/plan-review.card.json' with { type: 'json' };

export const PlanReviewCardData = z.object({
  ...baseFields,
  /** The programme year being chosen: what Opslaan saves. */
  year: z.number().int().min(1).max(10),
  years: z.array(PlanYearData).min(1).max(10),
  verdict: Verdict,
  findings: Findings,
});
export type PlanReviewCardInput = z.input<typeof PlanReviewCardData>;

const LABELS = { reviewTitle: 'choose.reviewTitle' } as const;

interface PlanReviewView {
  t: Labels<typeof LABELS>;
  verdict: VerdictView[];
  years: PlanYearView[];
  findingsHeading: { text: string }[];
  noFindings: { text: string }[];
  findings: FindingView[];
  buttons: ButtonView[];
}

export const planReviewTemplate = prepareTemplate<PlanReviewView>(tpl);

export function planReviewView(input: PlanReviewCardInput): PlanReviewView {
  const d = PlanReviewCardData.parse(input);
  const { locale } = d;
  return {
    t: labelsOf(locale, LABELS),
    verdict: verdictView(d.verdict, locale),
    years: [...d.years].sort((a, b) => a.year - b.year).map((y) => planYearView(y, locale)),
    findingsHeading: [{ text: t(locale, 'finding.title') }],
    noFindings: noFindingsView(d.findings.length, locale),
    findings: findingViews(d.findings, locale),
    buttons: [
      button(t(locale, 'common.save'), 'savePlan', d.cardId, { year: d.year }, 'positive'),
      button(t(locale, 'action.edit'), 'editPlan', d.cardId, { year: d.year }),
      button(t(locale, 'common.cancel'), 'cancel', d.cardId),
    ],
  };
}

export function renderPlanReviewCard(input: PlanReviewCardInput): AdaptiveCardJson {
  return planReviewTemplate.render(planReviewView(input));
}
