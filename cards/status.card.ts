// One card per practice: programme year, plan verdict and every status item with a native progress bar (issue 4 §6).
import { z } from 'zod';
import { Metric, type Locale, type StatusState } from '../rules/model.js';
import { num } from '../rules/status-messages.js';
import { Verdict } from './findings.card.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import {
  baseFields, button, escapeMarkdown, fill, labelFor, labels, metricName, segments, ShownDate, STATUS_LOOK,
  type ButtonView, type Labels, type SegmentView,
} from './shared.js';
import tpl from './templates/status.card.json' with { type: 'json' };

/** A StatusItem (rules/model.ts) with its due date formatted for display and an optional localized label. */
export const StatusItemData = z.object({
  kind: z.enum(['intervisie-count', 'intervisie-first', 'praktijkplan-deadline', 'threshold']),
  status: z.enum(['met', 'on-track', 'at-risk', 'missed', 'not-applicable']),
  metric: Metric.optional(),
  intervention: z.string().optional(),
  label: z.string().min(1).optional(),
  message: z.string().min(1),
  value: z.number().min(0).optional(),
  target: z.number().min(0).optional(),
  expectedShare: z.number().min(0).max(1).optional(),
  due: ShownDate.optional(),
});

export const StatusCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  asOf: ShownDate,
  programmeYear: z.number().int().min(1).max(10),
  /** The stored verdict of the current plan; null when no plan is saved yet. */
  verdict: Verdict.nullable(),
  praktijkplanSubmitted: z.boolean().default(false),
  items: z.array(StatusItemData).max(30),
});
export type StatusCardInput = z.input<typeof StatusCardData>;

interface ItemView {
  label: string;
  badge: string;
  color: string;
  message: string;
  bar: { text: string; segments: SegmentView[] }[];
  due: { text: string }[];
}
interface StatusView {
  title: string;
  asOf: string;
  verdict: { text: string; color: string };
  noItems: { text: string }[];
  items: ItemView[];
  buttons: ButtonView[];
}

export const statusTemplate = prepareTemplate<StatusView>(tpl);

/** One status item; the numbers in its bar are written like those in its message (Dutch decimal comma: 14,4). */
function itemView(item: z.infer<typeof StatusItemData>, t: Labels, locale: Locale): ItemView {
  const look = STATUS_LOOK[item.status satisfies StatusState];
  const label = item.label ?? (item.kind === 'threshold' && item.metric ? metricName(item.metric, t) : labelFor(`kind_${item.kind.replaceAll('-', '_')}`, t, item.kind));
  const { value, target } = item;
  const bar =
    value !== undefined && target !== undefined && target > 0
      ? [{
          text: [
            fill(t.statusValue, { value: num(value, locale), target: num(target, locale) }),
            ...(item.expectedShare !== undefined && item.status !== 'met'
              ? [fill(t.statusExpected, { expected: num(Math.round(item.expectedShare * target * 10) / 10, locale) })]
              : []),
          ].join(' · '),
          segments: segments(value, target, look.style),
        }]
      : [];
  return {
    label,
    badge: `● ${t[look.label]}`,
    color: look.color,
    message: item.message,
    bar,
    due: item.due ? [{ text: fill(t.statusDue, { date: item.due }) }] : [],
  };
}

const STATUS_ORDER: Record<StatusState, number> = { missed: 0, 'at-risk': 1, 'on-track': 2, met: 3, 'not-applicable': 4 };

export function statusView(input: StatusCardInput): StatusView {
  const d = StatusCardData.parse(input);
  const t = labels(d.locale);
  const verdict = d.verdict
    ? { text: fill(d.verdict.ok ? t.verdictOk : t.verdictNotOk, { ruleSet: d.verdict.ruleSet }), color: d.verdict.ok ? 'Good' : 'Attention' }
    : { text: t.verdictNone, color: 'Warning' };
  return {
    title: fill(t.statusTitle, { practice: escapeMarkdown(d.practiceName) }),
    asOf: fill(t.statusAsOf, { year: d.programmeYear, date: d.asOf }),
    verdict,
    noItems: d.items.length === 0 ? [{ text: t.statusNoItems }] : [],
    items: [...d.items].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]).map((i) => itemView(i, t, d.locale)),
    buttons: [
      button(t.startLogIntervisie, 'startLogIntervisie', d.cardId),
      button(t.startLogCounts, 'startLogCounts', d.cardId),
      button(fill(t.chooseYear, { year: Math.min(d.programmeYear + 1, 10) }), 'startChoose', d.cardId, { year: Math.min(d.programmeYear + 1, 10) }),
      button(t.openPlan, 'openPlan', d.cardId),
      ...(d.praktijkplanSubmitted ? [] : [button(t.markSubmitted, 'markPraktijkplanSubmitted', d.cardId)]),
    ],
  };
}

export function renderStatusCard(input: StatusCardInput): AdaptiveCardJson {
  return statusTemplate.render(statusView(input));
}
