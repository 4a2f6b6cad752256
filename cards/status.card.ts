// One card per practice: programme year, plan verdict and every status item with a native progress bar (issue 4 §6).
import * as z from 'zod';
import type { PlainKey } from '../rules/i18n/index.js';
import { Metric, type Locale, type StatusKind, type StatusState } from '../rules/model.js';
import { Verdict } from './findings.card.js';
import { prepareTemplate, viewModel, type AdaptiveCardJson } from './render.js';
import {
  baseFields,
  button,
  escapeMarkdown,
  metricName,
  segments,
  ShownDate,
  STATUS_LOOK,
  t,
  type ButtonView,
  type SegmentView,
} from './shared.js';
import tpl from './templates/status.card.json' with { type: 'json' };
import { ruleSetTitle } from '../rules/titles.js';

/** A StatusItem (rules/model.ts) with its due date formatted for display and an optional localized label. */
export const StatusItemData = z.object({
  /** `milestone`: a region's dated duty (issue 9 §4), labelled with its name. */
  kind: z.enum(['intervisie-count', 'intervisie-first', 'praktijkplan-deadline', 'threshold', 'milestone']),
  status: z.enum(['met', 'on-track', 'at-risk', 'missed', 'not-applicable']),
  metric: Metric.optional(),
  intervention: z.string().optional(),
  label: z.string().min(1).optional(),
  /** The period the item belongs to, as text (rules/status-messages.ts periodText): a missed earlier year shows it. */
  period: z.string().min(1).max(120).optional(),
  message: z.string().min(1),
  value: z.number().min(0).optional(),
  target: z.number().min(0).optional(),
  expectedShare: z.number().min(0).max(1).optional(),
  due: ShownDate.optional(),
  /** A milestone not yet met: "afvinken" (or "bewijs vastleggen" for evidence) opens its form (issue 9 §4). */
  markDone: z.object({ milestone: z.string().min(1), year: z.number().int().min(1).max(10).optional(), evidence: z.boolean() }).optional(),
  /** A target that waits for the route: "kies route" (issue 9 §1). */
  chooseRoute: z.object({ year: z.number().int().min(1).max(10), intervention: z.string().min(1) }).optional(),
});

export const StatusCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  asOf: ShownDate,
  programmeYear: z.number().int().min(1).max(10),
  /** The stored verdict of the current plan; null when no plan is saved yet. */
  verdict: Verdict.nullable(),
  praktijkplanSubmitted: z.boolean().default(false),
  /** Shown to an RHO consultant (issue 11 §1): read-only, no buttons that act for the practice. */
  readOnly: z.boolean().default(false),
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
  /** 0 or 1 ActionSet with the item's own button. */
  actionSet: { buttons: ButtonView[] }[];
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

/** The label of an item that is not about a metric (a threshold is labelled with its metric's name). */
const KIND_LABELS: Readonly<Record<Exclude<StatusKind, 'threshold'>, PlainKey>> = {
  'intervisie-count': 'status.kind.intervisie-count',
  'intervisie-first': 'status.kind.intervisie-first',
  'praktijkplan-deadline': 'status.kind.praktijkplan-deadline',
};

/** What an item is about, as the status card names it (also the RHO summary's deadlines and its CSV export). */
export function kindLabel(item: Pick<z.infer<typeof StatusItemData>, 'kind' | 'metric' | 'label'>, locale: Locale): string {
  if (item.kind === 'milestone') return item.label ?? item.kind;
  if (item.kind !== 'threshold') return t(locale, KIND_LABELS[item.kind]);
  return item.metric ? metricName(item.metric, locale) : item.kind;
}

function itemButtons(item: z.infer<typeof StatusItemData>, locale: Locale, cardId: string): ButtonView[] {
  const { markDone, chooseRoute } = item;
  if (markDone) {
    const title = t(locale, markDone.evidence ? 'action.recordEvidence' : 'action.markMilestone');
    return [
      button(title, 'startMarkMilestone', cardId, { milestone: markDone.milestone, ...(markDone.year ? { year: markDone.year } : {}) }),
    ];
  }
  if (chooseRoute) return [button(t(locale, 'action.chooseRoute'), 'startChooseRoute', cardId, chooseRoute)];
  return [];
}

/** One status item; the numbers in its bar are written like those in its message (Dutch decimal comma: 14,4). */
function itemView(item: z.infer<typeof StatusItemData>, locale: Locale, cardId: string): ItemView {
  const look = STATUS_LOOK[item.status satisfies StatusState];
  const { value, target } = item;
  const bar =
    value !== undefined && target !== undefined && target > 0
      ? [
          {
            text: [
              t(locale, 'status.value', { value, target, reached: value >= target }),
              ...(item.expectedShare !== undefined && item.status !== 'met'
                ? [t(locale, 'status.expected', { expected: Math.floor(item.expectedShare * target), target })]
                : []),
            ].join(' · '),
            segments: segments(value, target, look.style),
          },
        ]
      : [];
  const label = item.label ?? kindLabel(item, locale);
  return {
    label: item.period ? t(locale, 'status.card.period', { label, period: item.period }) : label,
    badge: `● ${t(locale, look.label)}`,
    color: look.color,
    message: item.message,
    bar,
    due: item.due ? [{ text: t(locale, 'status.due', { date: item.due }) }] : [],
    actionSet: ((buttons) => (buttons.length > 0 ? [{ buttons }] : []))(itemButtons(item, locale, cardId)),
  };
}

const STATUS_ORDER: Record<StatusState, number> = { missed: 0, 'at-risk': 1, 'on-track': 2, met: 3, 'not-applicable': 4 };

export function statusView(input: StatusCardInput): StatusView {
  const d = viewModel(StatusCardData, input, (i) => ({
    ...i,
    locale: i.locale ?? 'nl',
    praktijkplanSubmitted: i.praktijkplanSubmitted ?? false,
    readOnly: i.readOnly ?? false,
  }));
  const { locale } = d;
  const verdict = d.verdict
    ? {
        text: t(locale, d.verdict.ok ? 'verdict.ok' : 'verdict.notOk', { ruleSet: ruleSetTitle(d.verdict.ruleSet, locale) }),
        color: d.verdict.ok ? 'Good' : 'Attention',
      }
    : { text: t(locale, 'verdict.none'), color: 'Warning' };
  const nextYear = Math.min(d.programmeYear + 1, 10);
  return {
    title: t(locale, 'status.title', { practice: escapeMarkdown(d.practiceName) }),
    asOf: t(locale, 'status.asOf', { year: d.programmeYear, date: d.asOf }),
    verdict,
    noItems: d.items.length === 0 ? [{ text: t(locale, 'status.noItems') }] : [],
    items: [...d.items]
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
      .map((i) => itemView(d.readOnly ? { ...i, markDone: undefined, chooseRoute: undefined } : i, locale, d.cardId)),
    buttons: d.readOnly
      ? []
      : [
          button(t(locale, 'action.startLogIntervisie'), 'startLogIntervisie', d.cardId),
          button(t(locale, 'action.startLogCounts'), 'startLogCounts', d.cardId),
          button(t(locale, 'action.chooseYear', { year: nextYear }), 'startChoose', d.cardId, { year: nextYear }),
          button(t(locale, 'action.openPlan'), 'openPlan', d.cardId),
          // Teams shows five actions: "Registraties wijzigen" once the praktijkplan is in (also `correcties` and the count card).
          ...(d.praktijkplanSubmitted
            ? [button(t(locale, 'entries.open'), 'openEntries', d.cardId)]
            : [button(t(locale, 'action.markSubmitted'), 'markPraktijkplanSubmitted', d.cardId)]),
        ],
  };
}

export function renderStatusCard(input: StatusCardInput): AdaptiveCardJson {
  return statusTemplate.render(statusView(input));
}
