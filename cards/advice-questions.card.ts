// Guided questions for "welke interventie past?" when the user prefers choosing over typing (issue 4 §3).
import * as z from 'zod';
import { ELEMENTS } from '../rules/model.js';
import { PRESSURE_POINTS, TEAM_SIZES } from './options.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, elementName, errorBlock, labelsOf, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/advice-questions.card.json' with { type: 'json' };

export const AdviceQuestionsCardData = z.object({
  ...baseFields,
  /** What was entered before, when re-shown with errors. */
  values: z
    .object({
      pressure: z.union([z.string(), z.array(z.string())]).optional(),
      teamSize: z.string().optional(),
      element: z.string().optional(),
      question: z.string().max(2000).optional(),
    })
    .default({}),
  errors: SubmitErrors,
});
export type AdviceQuestionsCardInput = z.input<typeof AdviceQuestionsCardData>;

const LABELS = {
  questionsTitle: 'advice.questionsTitle',
  qPressure: 'advice.askPressure',
  qTeamSize: 'advice.askTeamSize',
  qElement: 'advice.askElement',
  qFree: 'advice.askFree',
  showAdvice: 'action.showAdvice',
  cancel: 'common.cancel',
} as const;

type Choices = { title: string; value: string }[];
interface AdviceQuestionsView {
  t: Labels<typeof LABELS>;
  cardId: string;
  errors: { title: string; lines: string }[];
  v: { pressure: string; teamSize: string; element: string; question: string };
  pressure: Choices;
  teamSizes: Choices;
  elements: Choices;
}

export const adviceQuestionsTemplate = prepareTemplate<AdviceQuestionsView>(tpl);

export function adviceQuestionsView(input: AdviceQuestionsCardInput): AdviceQuestionsView {
  const d = AdviceQuestionsCardData.parse(input);
  const v = d.values;
  return {
    t: labelsOf(d.locale, LABELS),
    cardId: d.cardId,
    errors: errorBlock(d.errors, d.locale),
    v: {
      pressure: Array.isArray(v.pressure) ? v.pressure.join(',') : (v.pressure ?? ''),
      teamSize: v.teamSize ?? '',
      element: v.element ?? 'any',
      question: v.question ?? '',
    },
    // The answers travel as ids (rules/advise/guided.ts); only their titles come from the catalog.
    pressure: PRESSURE_POINTS.map((p) => ({ value: p, title: t(d.locale, `advice.pressure.${p}`) })),
    teamSizes: TEAM_SIZES.map((s) => ({ value: s, title: t(d.locale, `advice.teamSize.${s}`) })),
    elements: [
      { value: 'any', title: t(d.locale, 'advice.anyElement') },
      ...ELEMENTS.map((e) => ({ value: e, title: elementName(e, d.locale) })),
    ],
  };
}

export function renderAdviceQuestionsCard(input: AdviceQuestionsCardInput): AdaptiveCardJson {
  return adviceQuestionsTemplate.render(adviceQuestionsView(input));
}
