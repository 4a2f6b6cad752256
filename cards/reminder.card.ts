// The reminder posted in the practice channel (issue 11 §3): one bundled card per practice, a section per reason with
// its items (state, due date, the findings and source of a plan that fails the rules that apply now), the button that
// opens the existing dialog, and "Later herinneren" / "Uitzetten" for that reason (managers only, dialogs/reminders).
import * as z from 'zod';
import type { PlainKey } from '../rules/i18n/index.js';
import { ReminderReason } from '../rules/reminder-settings.js';
import { sourceText } from '../rules/titles.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, escapeMarkdown, Findings, findingViews, ShownDate, t, type ButtonView } from './shared.js';
import tpl from './templates/reminder.card.json' with { type: 'json' };

/** What an item's button opens: the dialogs the status card opens too. */
export const ItemAction = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('startLogIntervisie') }),
  z.object({ verb: z.literal('startLogCounts') }),
  z.object({ verb: z.literal('openStatus') }),
  z.object({ verb: z.literal('openPlan') }),
  z.object({ verb: z.literal('startChoose'), year: z.number().int().min(1).max(10) }),
  z.object({
    verb: z.literal('startMarkMilestone'),
    milestone: z.string().min(1).max(100),
    year: z.number().int().min(1).max(10).optional(),
    evidence: z.boolean(),
  }),
]);
export type ItemAction = z.infer<typeof ItemAction>;

export const ReminderItemData = z.object({
  state: z.enum(['missed', 'at-risk', 'due-soon']),
  message: z.string().min(1).max(1000),
  due: ShownDate.optional(),
  source: z.string().max(500).optional(),
  findings: Findings.default([]),
  action: ItemAction.optional(),
});

export const ReminderCardData = z.object({
  ...baseFields,
  practiceName: z.string().min(1).max(200),
  asOf: ShownDate,
  sections: z
    .array(z.object({ reason: ReminderReason, items: z.array(ReminderItemData).min(1).max(12) }))
    .min(1)
    .max(6),
  /** Items left off to keep the card short (the status lists them all). */
  more: z.number().int().min(0).default(0),
});
export type ReminderCardInput = z.input<typeof ReminderCardData>;
type ItemData = z.infer<typeof ReminderItemData>;

const STATE: Readonly<Record<ItemData['state'], { label: PlainKey; color: string }>> = {
  missed: { label: 'reminder.state.missed', color: 'Attention' },
  'at-risk': { label: 'reminder.state.at-risk', color: 'Warning' },
  'due-soon': { label: 'reminder.state.due-soon', color: 'Accent' },
};

interface ReminderView {
  title: string;
  intro: string;
  sections: {
    title: string;
    items: {
      message: string;
      badge: string;
      color: string;
      due: { text: string }[];
      findings: { line: string; color: string }[];
      source: { text: string }[];
    }[];
    buttons: ButtonView[];
  }[];
  more: { text: string }[];
  footer: string;
  buttons: ButtonView[];
}

export const reminderTemplate = prepareTemplate<ReminderView>(tpl);

const PLAIN_ACTIONS = {
  startLogIntervisie: 'action.startLogIntervisie',
  startLogCounts: 'action.startLogCounts',
  openStatus: 'action.openStatus',
  openPlan: 'action.openPlan',
} as const satisfies Record<string, PlainKey>;

function actionButton(a: ItemAction, locale: z.infer<typeof baseFields.locale>, cardId: string): ButtonView {
  switch (a.verb) {
    case 'startChoose':
      return button(t(locale, 'action.chooseYear', { year: a.year }), a.verb, cardId, { year: a.year });
    case 'startMarkMilestone':
      return button(t(locale, a.evidence ? 'action.recordEvidence' : 'action.markMilestone'), a.verb, cardId, {
        milestone: a.milestone,
        ...(a.year !== undefined ? { year: a.year } : {}),
      });
    default:
      return button(t(locale, PLAIN_ACTIONS[a.verb]), a.verb, cardId);
  }
}

/** At most this many distinct item buttons per section, next to its two reason buttons (Teams shows five or six). */
const ITEM_BUTTONS = 3;

export function reminderView(input: ReminderCardInput): ReminderView {
  const d = ReminderCardData.parse(input);
  const { locale, cardId } = d;
  return {
    title: t(locale, 'reminder.title', { practice: escapeMarkdown(d.practiceName) }),
    intro: t(locale, 'reminder.intro', { date: d.asOf }),
    sections: d.sections.map((s) => {
      const actions = [...new Map(s.items.flatMap((i) => (i.action ? [[JSON.stringify(i.action), i.action] as const] : []))).values()];
      return {
        title: t(locale, `reminder.reason.${s.reason}`),
        items: s.items.map((i) => ({
          message: i.message,
          badge: `● ${t(locale, STATE[i.state].label)}`,
          color: STATE[i.state].color,
          due: optional(i.due && { text: t(locale, 'reminder.due', { date: i.due }) }),
          findings: findingViews(i.findings, locale).map((f) => ({ line: `${f.icon} ${f.line} (${f.source})`, color: f.color })),
          source: optional(i.source && { text: t(locale, 'reminder.source', { source: sourceText(i.source, locale) }) }),
        })),
        buttons: [
          ...actions.slice(0, ITEM_BUTTONS).map((a) => actionButton(a, locale, cardId)),
          button(t(locale, 'reminder.snooze'), 'snoozeReminder', cardId, { reason: s.reason }),
          button(t(locale, 'reminder.turnOff'), 'turnOffReminder', cardId, { reason: s.reason }),
        ],
      };
    }),
    more: optional(d.more > 0 && { text: t(locale, 'reminder.more', { count: d.more }) }),
    footer: t(locale, 'reminder.footer'),
    buttons: [
      button(t(locale, 'action.openStatus'), 'openStatus', cardId),
      button(t(locale, 'reminder.settingsButton'), 'openReminderSettings', cardId),
    ],
  };
}

export function renderReminderCard(input: ReminderCardInput): AdaptiveCardJson {
  return reminderTemplate.render(reminderView(input));
}
