// Findings of a plan check (RULES.md §6), each with severity and source; the same block recurs in the choose cards.
import { z } from 'zod';
import { button, baseFields, fill, findingViews, labels, Findings, type ButtonView, type FindingView, type Labels } from './shared.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import tpl from './templates/findings.card.json' with { type: 'json' };

export const Verdict = z.object({ ok: z.boolean(), ruleSet: z.string().min(1) });
export type Verdict = z.infer<typeof Verdict>;

export const FindingsCardData = z.object({
  ...baseFields,
  /** Localized heading; defaults to "Toetsing van het plan". */
  title: z.string().max(200).optional(),
  verdict: Verdict.optional(),
  findings: Findings,
});
export type FindingsCardInput = z.input<typeof FindingsCardData>;

export interface VerdictView {
  text: string;
  color: 'Good' | 'Attention';
}

export function verdictView(verdict: Verdict | undefined, t: Labels): VerdictView[] {
  return optional(
    verdict && { text: fill(verdict.ok ? t.verdictOk : t.verdictNotOk, { ruleSet: verdict.ruleSet }), color: verdict.ok ? 'Good' : 'Attention' },
  );
}

export function noFindingsView(count: number, t: Labels): { text: string }[] {
  return count === 0 ? [{ text: t.noFindings }] : [];
}

interface FindingsView {
  title: string;
  verdict: VerdictView[];
  noFindings: { text: string }[];
  findings: FindingView[];
  buttons: ButtonView[];
}

export const findingsTemplate = prepareTemplate<FindingsView>(tpl);

export function findingsView(input: FindingsCardInput): FindingsView {
  const d = FindingsCardData.parse(input);
  const t = labels(d.locale);
  return {
    title: d.title ?? t.findingsTitle,
    verdict: verdictView(d.verdict, t),
    noFindings: noFindingsView(d.findings.length, t),
    findings: findingViews(d.findings, t),
    buttons: [button(t.openPlan, 'openPlan', d.cardId), button(t.startChoose, 'startChoose', d.cardId)],
  };
}

export function renderFindingsCard(input: FindingsCardInput): AdaptiveCardJson {
  return findingsTemplate.render(findingsView(input));
}
