// Guided questions for "welke interventie past?" when the user prefers choosing over typing (issue 4 §3).
import { z } from 'zod';
import { ELEMENTS } from '../rules/model.js';
import { PRESSURE_LABELS, PRESSURE_POINTS, TEAM_LABELS, TEAM_SIZES } from './options.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, elementName, errorBlock, labels, SubmitErrors, type Labels } from './shared.js';
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

type Choices = { title: string; value: string }[];
interface AdviceQuestionsView {
  t: Labels;
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
  const t = labels(d.locale);
  const v = d.values;
  return {
    t,
    cardId: d.cardId,
    errors: errorBlock(d.errors, t),
    v: {
      pressure: Array.isArray(v.pressure) ? v.pressure.join(',') : (v.pressure ?? ''),
      teamSize: v.teamSize ?? '',
      element: v.element ?? 'any',
      question: v.question ?? '',
    },
    pressure: PRESSURE_POINTS.map((p) => ({ value: p, title: t[PRESSURE_LABELS[p]] })),
    teamSizes: TEAM_SIZES.map((s) => ({ value: s, title: t[TEAM_LABELS[s]] })),
    elements: [{ value: 'any', title: t.anyElement }, ...ELEMENTS.map((e) => ({ value: e, title: elementName(e, t) }))],
  };
}

export function renderAdviceQuestionsCard(input: AdviceQuestionsCardInput): AdaptiveCardJson {
  return adviceQuestionsTemplate.render(adviceQuestionsView(input));
}
