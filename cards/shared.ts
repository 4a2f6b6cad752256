// Building blocks several cards share: data-schema pieces and view-model helpers for findings, errors, buttons, bars.
import * as z from 'zod';
import { elementName, metricName, t, type PlainKey } from '../rules/i18n/index.js';
import { FINDING_KINDS, Locale, type StatusState } from '../rules/model.js';
import type { Verb } from './verbs.js';
import { escapeMarkdown } from './escape.js';
import { sourceText } from '../rules/titles.js';

export const baseFields = { locale: Locale.default('nl'), cardId: z.uuid() };

/** A log form opened to correct a stored entry (issue 13 §5): its key and ETag go back with the save. */
export const EditTarget = z.object({ key: z.string().min(1).max(1024), etag: z.string().min(1).max(200) }).optional();

/** The save button's data: log a new entry, or correct the one being edited. */
export function saveData(
  cardId: string,
  log: 'logIntervisie' | 'logCount',
  edit: z.infer<typeof EditTarget>,
): Readonly<Record<string, string>> {
  if (edit === undefined) return { verb: log, cardId };
  // `entry`, not `key`: the Playground's React renderer refuses a data field named `key` (a click did nothing).
  return { verb: log === 'logIntervisie' ? 'correctIntervisie' : 'correctCount', cardId, entry: edit.key, etag: edit.etag };
}

/** A date the caller already formatted for display (`15-03-2025`): cards never format dates. */
export const ShownDate = z.string().regex(/^\d{2}-\d{2}-\d{4}$/);
/** An ISO date for Input.Date values. */
export const InputDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const FindingData = z.object({
  kind: z.enum(FINDING_KINDS),
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  element: z.string().optional(),
  year: z.number().optional(),
  intervention: z.string().optional(),
  message: z.string().min(1),
  source: z.string(),
});
export const Findings = z.array(FindingData).max(50);

export const SubmitErrors = z
  .array(z.object({ field: z.string(), message: z.string() }))
  .max(30)
  .default([]);

export interface FindingView {
  icon: string;
  color: 'Attention' | 'Warning' | 'Accent';
  line: string;
  source: string;
}

const SEVERITY = {
  error: { icon: '⛔', color: 'Attention', label: 'severity.error' },
  warning: { icon: '⚠️', color: 'Warning', label: 'severity.warning' },
  info: { icon: 'ℹ️', color: 'Accent', label: 'severity.info' },
} as const satisfies Record<string, { icon: string; color: string; label: PlainKey }>;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings sorted error → warning → info, each with its icon, colour and source line. */
export function findingViews(findings: z.infer<typeof Findings>, locale: Locale): FindingView[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((f) => {
      const s = SEVERITY[f.severity];
      return {
        icon: s.icon,
        color: s.color,
        line: t(locale, 'finding.line', { severity: t(locale, s.label), message: f.message }),
        source: t(locale, 'finding.source', { source: sourceText(f.source, locale) }),
      };
    });
}

/** The form-error block at the top of a re-shown form: 0 or 1 item for `$data`. Messages are ours (parseSubmit), not user text. */
export function errorBlock(errors: readonly { message: string }[], locale: Locale): { title: string; lines: string }[] {
  if (errors.length === 0) return [];
  return [{ title: t(locale, 'form.errorsTitle'), lines: errors.map((e) => `- ${e.message}`).join('\n') }];
}

/** The fixed texts a template binds as `${$root.t.name}`: each binding name with its catalog key (rules/i18n). */
export type LabelKeys = Readonly<Record<string, PlainKey>>;
export type Labels<L extends LabelKeys> = { readonly [K in keyof L]: string };

export function labelsOf<const L extends LabelKeys>(locale: Locale, keys: L): Labels<L> {
  const out: Record<string, string> = {};
  for (const [name, key] of Object.entries(keys)) out[name] = t(locale, key);
  return out as Labels<L>;
}

export interface ButtonView {
  title: string;
  style: 'default' | 'positive' | 'destructive';
  /** Stop/cancel must work with invalid or empty inputs, so it submits none. */
  inputs: 'auto' | 'none';
  data: { verb: Verb; cardId: string; [key: string]: string | number };
}

/** A button's data: the verb, the card id and the verb's static fields (never user input). */
export function button(
  title: string,
  verb: Verb,
  cardId: string,
  extra: Readonly<Record<string, string | number>> = {},
  style: ButtonView['style'] = 'default',
): ButtonView {
  return { title, style, inputs: verb === 'cancel' ? 'none' : 'auto', data: { ...extra, verb, cardId } };
}

/** Container style (progress segments) and TextBlock colour (badge) per status. */
export const STATUS_LOOK: Record<
  StatusState,
  {
    style: 'good' | 'accent' | 'warning' | 'attention' | 'emphasis';
    color: 'Good' | 'Accent' | 'Warning' | 'Attention' | 'Default';
    label: PlainKey;
  }
> = {
  met: { style: 'good', color: 'Good', label: 'status.badge.met' },
  'on-track': { style: 'accent', color: 'Accent', label: 'status.badge.on-track' },
  'at-risk': { style: 'warning', color: 'Warning', label: 'status.badge.at-risk' },
  missed: { style: 'attention', color: 'Attention', label: 'status.badge.missed' },
  'not-applicable': { style: 'emphasis', color: 'Default', label: 'status.badge.not-applicable' },
};

/** Ten segments read at a glance in a narrow Teams column; fewer lose the pro-rata detail, more crowd mobile. */
export const BAR_SEGMENTS = 10;

/** One segment of a progress bar: an empty Column in a Container style (the bar's ColumnSet binds `columns` to these). */
export interface SegmentView {
  type: 'Column';
  width: 'stretch';
  style: string;
  minHeight: '10px';
  spacing: 'Small';
  items: [];
}

/** Each look once: a card binds the same objects (serialised, never changed), not ten copies per bar. */
const SEGMENT_OF = new Map<string, SegmentView>();

function segmentOf(style: string): SegmentView {
  let segment = SEGMENT_OF.get(style);
  if (segment === undefined) {
    segment = Object.freeze({ type: 'Column', width: 'stretch', style, minHeight: '10px', spacing: 'Small', items: [] }) as SegmentView;
    SEGMENT_OF.set(style, segment);
  }
  return segment;
}

/**
 * A progress bar drawn natively as ColumnSet segments: filled share in `style`, the rest `emphasis`. The columns are
 * whole elements bound with one expression (`"columns": "${segments}"`): ten Columns expanded field by field were
 * about a third of a status card's templating (issue 10 §4).
 */
export function segments(value: number, target: number, style: string): SegmentView[] {
  const share = target > 0 ? Math.min(1, Math.max(0, value / target)) : value > 0 ? 1 : 0;
  const filled = Math.round(share * BAR_SEGMENTS);
  return Array.from({ length: BAR_SEGMENTS }, (_, i) => segmentOf(i < filled ? style : 'emphasis'));
}

export { elementName, escapeMarkdown, metricName, t };
