// Confirmations after logging: an intervisie session with the year's count, or a count with its progress.
import * as z from 'zod';
import { prepareTemplate, viewModel, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, segments, ShownDate, t, type ButtonView, type SegmentView } from './shared.js';
import tpl from './templates/logged.card.json' with { type: 'json' };

export const IntervisieLoggedCardData = z.object({
  ...baseFields,
  date: ShownDate,
  /** The session's topic (user text). */
  topic: z.string().max(200),
  /** Sessions logged in the current programme year, this one included. */
  done: z.number().int().min(0),
  /** The region's minimum for the year; null where the regioplan sets none (Eemland, Cohaesie). */
  required: z.number().int().min(1).nullable(),
});
export type IntervisieLoggedCardInput = z.input<typeof IntervisieLoggedCardData>;

export const CountLoggedCardData = z.object({
  ...baseFields,
  /** Localized metric name. */
  metricName: z.string().min(1),
  from: ShownDate,
  to: ShownDate,
  value: z.number().min(0),
  /** True when this entry supersedes an earlier one for the same period. */
  corrected: z.boolean().default(false),
  /** Total this programme year against the target, when the plan sets one. */
  progress: z.object({ value: z.number().min(0), target: z.number().positive() }).optional(),
});
export type CountLoggedCardInput = z.input<typeof CountLoggedCardData>;

interface LoggedView {
  title: string;
  what: string;
  notes: { text: string }[];
  progress: { text: string; segments: SegmentView[] }[];
  buttons: ButtonView[];
}

export const loggedTemplate = prepareTemplate<LoggedView>(tpl);

export function intervisieLoggedView(input: IntervisieLoggedCardInput): LoggedView {
  const d = viewModel(IntervisieLoggedCardData, input, (i) => ({ ...i, locale: i.locale ?? 'nl' }));
  const { locale } = d;
  const text =
    d.required === null
      ? t(locale, 'intervisie.countNoMinimum', { done: d.done })
      : t(locale, 'intervisie.count', { done: d.done, required: d.required, reached: d.done >= d.required });
  return {
    title: t(locale, 'intervisie.loggedTitle'),
    what: t(locale, 'intervisie.loggedWhat', { date: d.date, topic: escapeMarkdown(d.topic) }),
    notes: [],
    progress: [{ text, segments: segments(d.done, d.required ?? 0, d.required !== null && d.done >= d.required ? 'good' : 'accent') }],
    buttons: [
      button(t(locale, 'action.logAnother'), 'startLogIntervisie', d.cardId),
      button(t(locale, 'action.openStatus'), 'openStatus', d.cardId),
    ],
  };
}

export function countLoggedView(input: CountLoggedCardInput): LoggedView {
  const d = viewModel(CountLoggedCardData, input, (i) => ({ ...i, locale: i.locale ?? 'nl', corrected: i.corrected ?? false }));
  const { locale } = d;
  const period = t(locale, 'counts.period', { from: d.from, to: d.to });
  const p = d.progress;
  return {
    title: t(locale, 'counts.loggedTitle'),
    what: t(locale, 'counts.loggedWhat', { metric: d.metricName, value: d.value, period }),
    notes: d.corrected ? [{ text: t(locale, 'counts.loggedCorrected') }] : [],
    progress: p
      ? [
          {
            text: t(locale, 'counts.progress', { value: p.value, target: p.target, reached: p.value >= p.target }),
            segments: segments(p.value, p.target, p.value >= p.target ? 'good' : 'accent'),
          },
        ]
      : [],
    buttons: [
      button(t(locale, 'action.logAnother'), 'startLogCounts', d.cardId),
      button(t(locale, 'action.openStatus'), 'openStatus', d.cardId),
    ],
  };
}

export function renderIntervisieLoggedCard(input: IntervisieLoggedCardInput): AdaptiveCardJson {
  return loggedTemplate.render(intervisieLoggedView(input));
}

export function renderCountLoggedCard(input: CountLoggedCardInput): AdaptiveCardJson {
  return loggedTemplate.render(countLoggedView(input));
}
