// "Welke interventie past?": at most five advisor suggestions, each addable to this year's plan (issue 4 §3).
import * as z from 'zod';
import { Element, InterventionId, type Locale } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, elementName, escapeMarkdown, labelsOf, t, type ButtonView, type Labels } from './shared.js';
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

/** A best match the plan already has (issue 13 §3): "Triage training doen jullie al sinds jaar 1". */
export const PlannedData = z.object({ name: z.string().min(1), since: z.number().int().min(1).max(10) });
/** A match the region offers only from a later programme year: added to that year's plan. */
export const LaterData = SuggestionData.extend({ fromYear: z.number().int().min(2).max(10) });

export const AdviceCardData = z.object({
  ...baseFields,
  /** The user's own question (user text); absent for the guided questions. */
  question: z.string().max(500).optional(),
  /** The programme year a suggestion is added to. */
  year: z.number().int().min(1).max(10),
  suggestions: z.array(SuggestionData).max(MAX_SUGGESTIONS),
  planned: z.array(PlannedData).max(3).default([]),
  later: z.array(LaterData).max(2).default([]),
});
export type AdviceCardInput = z.input<typeof AdviceCardData>;

interface SuggestionView {
  name: string;
  element: string;
  later: { text: string }[];
  why: string;
  fills: { text: string }[];
  facts: { title: string; value: string }[];
  add: ButtonView;
}
const LABELS = { adviceTitle: 'advice.title' } as const;

interface AdviceView {
  t: Labels<typeof LABELS>;
  question: { text: string }[];
  planned: { text: string }[];
  none: { text: string }[];
  suggestions: SuggestionView[];
  buttons: ButtonView[];
}

export const adviceTemplate = prepareTemplate<AdviceView>(tpl);

export function adviceView(input: AdviceCardInput): AdviceView {
  const d = AdviceCardData.parse(input);
  const { locale } = d;
  const question = d.question?.trim();
  return {
    t: labelsOf(locale, LABELS),
    question: question ? [{ text: t(locale, 'advice.question', { question: escapeMarkdown(question) }) }] : [],
    planned: d.planned.map((p) => ({
      text:
        p.since < d.year
          ? t(locale, 'advice.plannedSince', { name: p.name, since: p.since })
          : t(locale, 'advice.plannedThisYear', { name: p.name, year: d.year }),
    })),
    none: d.suggestions.length + d.later.length > 0 ? [] : [{ text: t(locale, d.planned.length > 0 ? 'advice.noneMore' : 'advice.none') }],
    suggestions: [
      ...d.suggestions.map((s) => suggestionView(s, d.year, d.cardId, locale)),
      ...d.later.map((s) => suggestionView(s, s.fromYear, d.cardId, locale)),
    ],
    buttons: [
      button(t(locale, 'action.adviceAgain'), 'startAdvice', d.cardId),
      button(t(locale, 'action.startChoose'), 'startChoose', d.cardId, { year: d.year }),
    ],
  };
}

function suggestionView(s: z.infer<typeof SuggestionData>, year: number, cardId: string, locale: Locale): SuggestionView {
  return {
    name: s.name,
    element: t(locale, 'advice.element', { element: elementName(s.element, locale) }),
    later: 'fromYear' in s ? [{ text: t(locale, 'advice.fromYear', { year }) }] : [],
    why: s.why,
    fills: s.fills ? [{ text: t(locale, 'advice.fills', { fills: s.fills }) }] : [],
    facts: [
      { title: t(locale, 'fact.condition'), value: s.condition },
      { title: t(locale, 'fact.cost'), value: s.cost },
      { title: t(locale, 'fact.support'), value: s.support },
    ].filter((f) => f.value.trim() !== ''),
    add: button(t(locale, 'action.addSuggestion', { year }), 'addSuggestion', cardId, { id: s.id, year }, 'positive'),
  };
}

export function renderAdviceCard(input: AdviceCardInput): AdaptiveCardJson {
  return adviceTemplate.render(adviceView(input));
}
