// "Welke interventie past?": at most five advisor suggestions, each addable to this year's plan (issue 4 §3).
import { z } from 'zod';
import { Element, InterventionId } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, elementName, escapeMarkdown, fill, labels, type ButtonView, type Labels } from './shared.js';
import tpl from './templates/advice.card.json' with { type: 'json' };

/** The advisor's Suggestion (rules/model.ts), localized; score and source are not shown. */
export const SuggestionData = z.object({
  id: InterventionId,
  name: z.string().min(1),
  element: Element,
  why: z.string(),
  support: z.string(),
  condition: z.string(),
  cost: z.string(),
  fills: z.string().optional(),
});

/** The advisor returns at most five (RULES.md §6 `mtvp advise`). */
export const MAX_SUGGESTIONS = 5;

export const AdviceCardData = z.object({
  ...baseFields,
  /** The user's own question (user text); absent for the guided questions. */
  question: z.string().max(500).optional(),
  /** The programme year a suggestion is added to. */
  year: z.number().int().min(1).max(10),
  suggestions: z.array(SuggestionData).max(MAX_SUGGESTIONS),
});
export type AdviceCardInput = z.input<typeof AdviceCardData>;

interface SuggestionView {
  name: string;
  element: string;
  why: string;
  fills: { text: string }[];
  facts: { title: string; value: string }[];
  add: ButtonView;
}
interface AdviceView {
  t: Labels;
  question: { text: string }[];
  none: { text: string }[];
  suggestions: SuggestionView[];
  buttons: ButtonView[];
}

export const adviceTemplate = prepareTemplate<AdviceView>(tpl);

export function adviceView(input: AdviceCardInput): AdviceView {
  const d = AdviceCardData.parse(input);
  const t = labels(d.locale);
  const question = d.question?.trim();
  return {
    t,
    question: question ? [{ text: fill(t.adviceQuestion, { question: escapeMarkdown(question) }) }] : [],
    none: d.suggestions.length === 0 ? [{ text: t.adviceNone }] : [],
    suggestions: d.suggestions.map((s) => ({
      name: s.name,
      element: fill(t.adviceElement, { element: elementName(s.element, t) }),
      why: s.why,
      fills: s.fills ? [{ text: fill(t.adviceFills, { fills: s.fills }) }] : [],
      facts: [
        { title: t.condition, value: s.condition },
        { title: t.cost, value: s.cost },
        { title: t.support, value: s.support },
      ].filter((f) => f.value.trim() !== ''),
      add: button(fill(t.adviceAdd, { year: d.year }), 'addSuggestion', d.cardId, { id: s.id, year: d.year }, 'positive'),
    })),
    buttons: [button(t.adviceAgain, 'startAdvice', d.cardId), button(t.startChoose, 'startChoose', d.cardId, { year: d.year })],
  };
}

export function renderAdviceCard(input: AdviceCardInput): AdaptiveCardJson {
  return adviceTemplate.render(adviceView(input));
}
