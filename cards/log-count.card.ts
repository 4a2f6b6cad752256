// Form to log a count for a period, with the history of entries and corrections (issue 4 §5).
import * as z from 'zod';
import { Metric } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import {
  baseFields,
  button,
  EditTarget,
  errorBlock,
  InputDate,
  labelsOf,
  metricName,
  saveData,
  ShownDate,
  SubmitErrors,
  t,
  type ButtonView,
  type Labels,
} from './shared.js';
import tpl from './templates/log-count.card.json' with { type: 'json' };

const entered = z.union([z.string(), z.number()]).transform(String).optional();

/** History shown on the card; older entries stay in storage. */
export const MAX_HISTORY = 30;

export const CountHistoryEntry = z.object({
  metric: Metric,
  loggedAt: ShownDate,
  from: ShownDate,
  to: ShownDate,
  value: z.number().min(0),
  /** A later entry for the same metric and period replaced this one. */
  superseded: z.boolean().default(false),
  /** Deleted or corrected by a manager: "verwijderd door Anne op 15-03-2025" (issue 13 §5). */
  removed: z.string().min(1).max(300).optional(),
});

export const LogCountCardData = z.object({
  ...baseFields,
  /** Only the metrics the practice's chosen interventions require; titles default to the Dutch/English names. */
  metrics: z.array(z.object({ value: Metric, title: z.string().min(1).optional() })).min(1),
  values: z.object({ metric: entered, from: entered, to: entered, value: entered }).default({}),
  history: z.array(CountHistoryEntry).max(MAX_HISTORY).default([]),
  errors: SubmitErrors,
  edit: EditTarget,
});
export type LogCountCardInput = z.input<typeof LogCountCardData>;

interface HistoryRow {
  metric: string;
  period: string;
  value: string;
  mark: string;
  superseded: boolean;
}
const LABELS = {
  countTitle: 'counts.title',
  countHint: 'counts.hint',
  fieldMetric: 'counts.field.metric',
  fieldFrom: 'counts.field.from',
  fieldTo: 'counts.field.to',
  fieldValue: 'counts.field.value',
  choose: 'common.choose',
  pickDate: 'common.pickDate',
  save: 'common.save',
  cancel: 'common.cancel',
  phCount: 'placeholder.count',
} as const;

interface LogCountView {
  t: Labels<typeof LABELS>;
  cardId: string;
  title: string;
  saveData: Readonly<Record<string, string>>;
  /** "Registraties wijzigen" under a new entry's form (issue 13 §5); none while correcting one. */
  more: ButtonView[];
  errors: { title: string; lines: string }[];
  v: Record<'metric' | 'from' | 'to' | 'value', string>;
  metrics: { title: string; value: string }[];
  history: { title: string; rows: HistoryRow[] }[];
}

export const logCountTemplate = prepareTemplate<LogCountView>(tpl);

const isoOrEmpty = (s: string | undefined) => (s !== undefined && InputDate.safeParse(s).success ? s : '');

export function logCountView(input: LogCountCardInput): LogCountView {
  const d = LogCountCardData.parse(input);
  const { locale } = d;
  const rows = d.history.map((h) => ({
    metric: t(locale, 'counts.historyEntry', { loggedAt: h.loggedAt, metric: metricName(h.metric, locale) }),
    period: t(locale, 'counts.period', { from: h.from, to: h.to }),
    value: t(locale, 'common.number', { n: h.value }),
    mark: h.removed ?? (h.superseded ? t(locale, 'counts.corrected') : ' '),
    superseded: h.superseded || h.removed !== undefined,
  }));
  return {
    t: labelsOf(locale, LABELS),
    cardId: d.cardId,
    title: t(locale, d.edit === undefined ? 'counts.title' : 'entries.editCountTitle'),
    saveData: saveData(d.cardId, 'logCount', d.edit),
    more: d.edit === undefined && rows.length > 0 ? [button(t(locale, 'entries.open'), 'openEntries', d.cardId)] : [],
    errors: errorBlock(d.errors, locale),
    v: { metric: d.values.metric ?? '', from: isoOrEmpty(d.values.from), to: isoOrEmpty(d.values.to), value: d.values.value ?? '' },
    metrics: d.metrics.map((m) => ({ value: m.value, title: m.title ?? metricName(m.value, locale) })),
    history: rows.length > 0 ? [{ title: t(locale, 'counts.historyTitle'), rows }] : [],
  };
}

export function renderLogCountCard(input: LogCountCardInput): AdaptiveCardJson {
  return logCountTemplate.render(logCountView(input));
}
