// Form to mark a region's milestone done or record evidence of a chosen intervention (issue 9 §4): when, by whom
// (staff, optional) and a note; never patient data. Re-shown with errors and what was entered.
import * as z from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, escapeMarkdown, InputDate, labelsOf, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/milestone.card.json' with { type: 'json' };
import { sourceText } from '../rules/titles.js';

const entered = z.union([z.string(), z.number()]).transform(String).optional();

export const MilestoneCardData = z.object({
  ...baseFields,
  milestone: z.string().min(1).max(120),
  /** The programme year a yearly milestone covers. */
  year: z.number().int().min(1).max(10).optional(),
  /** Rule-set data (Dutch), shown as it is. */
  name: z.string().min(1).max(200),
  /** Evidence of a chosen intervention (004 B.1–B.3): the date is the training's, contract's or purchase's. */
  evidence: z.boolean().default(false),
  source: z.string().min(1).max(200),
  /** Latest selectable date (today, Europe/Amsterdam) as yyyy-mm-dd. */
  maxDate: InputDate,
  values: z.object({ date: entered, by: entered, note: entered }).default({}),
  errors: SubmitErrors,
});
export type MilestoneCardInput = z.input<typeof MilestoneCardData>;

const LABELS = {
  fieldBy: 'milestone.field.by',
  fieldNote: 'milestone.field.note',
  save: 'common.save',
  cancel: 'common.cancel',
  pickDate: 'common.pickDate',
  phBy: 'placeholder.by',
  phOptional: 'placeholder.optional',
} as const;

interface MilestoneView {
  t: Labels<typeof LABELS>;
  title: string;
  name: string;
  source: string;
  dateLabel: string;
  data: { verb: 'markMilestoneDone'; cardId: string; milestone: string; year?: number };
  cancel: { verb: 'cancel'; cardId: string };
  errors: { title: string; lines: string }[];
  v: Record<'date' | 'by' | 'note', string>;
}

export const milestoneTemplate = prepareTemplate<MilestoneView>(tpl);

export function milestoneView(input: MilestoneCardInput): MilestoneView {
  const d = MilestoneCardData.parse(input);
  const v = d.values;
  return {
    t: labelsOf(d.locale, LABELS),
    title: t(d.locale, d.evidence ? 'milestone.form.evidenceTitle' : 'milestone.form.title'),
    name: t(d.locale, 'milestone.form.name', { name: escapeMarkdown(d.name), year: d.year ?? 0 }),
    source: t(d.locale, 'finding.source', { source: sourceText(d.source, d.locale) }),
    dateLabel: t(d.locale, d.evidence ? 'milestone.field.evidenceDate' : 'milestone.field.date'),
    data: { verb: 'markMilestoneDone', cardId: d.cardId, milestone: d.milestone, ...(d.year !== undefined ? { year: d.year } : {}) },
    cancel: { verb: 'cancel', cardId: d.cardId },
    errors: errorBlock(d.errors, d.locale),
    v: {
      date: v.date !== undefined && InputDate.safeParse(v.date).success ? v.date : d.maxDate,
      by: v.by ?? '',
      note: v.note ?? '',
    },
  };
}

export function renderMilestoneCard(input: MilestoneCardInput): AdaptiveCardJson {
  return milestoneTemplate.render(milestoneView(input));
}
