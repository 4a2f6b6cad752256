// Form to log a count for a period, with the history of entries and corrections (issue 4 §5).
import { z } from 'zod';
import { Metric } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, fill, InputDate, labels, metricName, ShownDate, SubmitErrors, type Labels } from './shared.js';
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
});

export const LogCountCardData = z.object({
  ...baseFields,
  /** Only the metrics the practice's chosen interventions require; titles default to the Dutch/English names. */
  metrics: z.array(z.object({ value: Metric, title: z.string().min(1).optional() })).min(1),
  values: z.object({ metric: entered, from: entered, to: entered, value: entered }).default({}),
  history: z.array(CountHistoryEntry).max(MAX_HISTORY).default([]),
  errors: SubmitErrors,
});
export type LogCountCardInput = z.input<typeof LogCountCardData>;

interface HistoryRow {
  metric: string;
  period: string;
  value: string;
  mark: string;
  superseded: boolean;
}
interface LogCountView {
  t: Labels;
  cardId: string;
  errors: { title: string; lines: string }[];
  v: Record<'metric' | 'from' | 'to' | 'value', string>;
  metrics: { title: string; value: string }[];
  history: { title: string; rows: HistoryRow[] }[];
}

export const logCountTemplate = prepareTemplate<LogCountView>(tpl);

const isoOrEmpty = (s: string | undefined) => (s !== undefined && InputDate.safeParse(s).success ? s : '');

export function logCountView(input: LogCountCardInput): LogCountView {
  const d = LogCountCardData.parse(input);
  const t = labels(d.locale);
  const rows = d.history.map((h) => ({
    metric: `${h.loggedAt} · ${metricName(h.metric, t)}`,
    period: fill(t.period, { from: h.from, to: h.to }),
    value: String(h.value),
    mark: h.superseded ? t.corrected : ' ',
    superseded: h.superseded,
  }));
  return {
    t,
    cardId: d.cardId,
    errors: errorBlock(d.errors, t),
    v: { metric: d.values.metric ?? '', from: isoOrEmpty(d.values.from), to: isoOrEmpty(d.values.to), value: d.values.value ?? '' },
    metrics: d.metrics.map((m) => ({ value: m.value, title: m.title ?? metricName(m.value, t) })),
    history: rows.length > 0 ? [{ title: `${t.historyTitle} (${t.historyLogged} · ${t.historyPeriod} · ${t.historyValue})`, rows }] : [],
  };
}

export function renderLogCountCard(input: LogCountCardInput): AdaptiveCardJson {
  return logCountTemplate.render(logCountView(input));
}
