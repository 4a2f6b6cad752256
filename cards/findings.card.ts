// Findings of a plan check (RULES.md §6), each with severity and source; the same block recurs in the choose cards.
import * as z from 'zod';
import type { Locale } from '../rules/model.js';
import { button, baseFields, findingViews, Findings, t, type ButtonView, type FindingView } from './shared.js';
import { optional, prepareTemplate, type AdaptiveCardJson } from './render.js';
import tpl from './templates/findings.card.json' with { type: 'json' };
import { ruleSetTitle } from '../rules/titles.js';

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

export function verdictView(verdict: Verdict | undefined, locale: Locale): VerdictView[] {
  return optional(
    verdict && {
      text: t(locale, verdict.ok ? 'verdict.ok' : 'verdict.notOk', { ruleSet: ruleSetTitle(verdict.ruleSet, locale) }),
      color: verdict.ok ? 'Good' : 'Attention',
    },
  );
}

export function noFindingsView(count: number, locale: Locale): { text: string }[] {
  return count === 0 ? [{ text: t(locale, 'finding.none') }] : [];
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
  const { locale } = d;
  return {
    title: d.title ?? t(locale, 'finding.title'),
    verdict: verdictView(d.verdict, locale),
    noFindings: noFindingsView(d.findings.length, locale),
    findings: findingViews(d.findings, locale),
    buttons: [button(t(locale, 'action.openPlan'), 'openPlan', d.cardId), button(t(locale, 'action.startChoose'), 'startChoose', d.cardId)],
  };
}

export function renderFindingsCard(input: FindingsCardInput): AdaptiveCardJson {
  return findingsTemplate.render(findingsView(input));
}
