// One step of the choose dialog: one element in one programme year, with the whole plan's findings (issue 4 §2).
import * as z from 'zod';
import { Element, InterventionId } from '../rules/model.js';
import { justificationInputId } from './actions.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import type { Locale } from '../rules/model.js';
import {
  baseFields,
  button,
  elementName,
  errorBlock,
  findingViews,
  Findings,
  SubmitErrors,
  t,
  type ButtonView,
  type FindingView,
} from './shared.js';
import tpl from './templates/choose-element.card.json' with { type: 'json' };

export const OfferedIntervention = z.object({
  id: InterventionId,
  name: z.string().min(1),
  support: z.string().default(''),
  condition: z.string().default(''),
  cost: z.string().default(''),
  reason: z.string().default(''),
  /** Preselected: chosen before, or continuing from the previous year. */
  selected: z.boolean().default(false),
  /** Year 3+: choosing it again counts as a deepening, which needs a justification. */
  deepening: z.boolean().default(false),
  justification: z.string().max(2000).optional(),
});

export const ChooseElementCardData = z.object({
  ...baseFields,
  year: z.number().int().min(1).max(10),
  element: Element,
  step: z.number().int().min(1),
  steps: z.number().int().min(1),
  interventions: z
    .array(OfferedIntervention)
    .max(40)
    .refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'duplicate intervention'),
  findings: Findings.default([]),
  errors: SubmitErrors,
});
export type ChooseElementCardInput = z.input<typeof ChooseElementCardData>;

interface ChooseElementView {
  title: string;
  stepLine: string;
  /** The multi-select, left out when nothing is offered (a ChoiceSet needs at least one choice). */
  select: { prompt: string; selected: string }[];
  errors: { title: string; lines: string }[];
  noneOffered: { text: string }[];
  detailsHint: { text: string }[];
  /** Each intervention's details, folded: a toggle line and the hidden facts it shows (AC 1.5 ToggleVisibility). */
  details: { toggle: string; target: string; facts: { title: string; value: string }[] }[];
  choices: { title: string; value: string }[];
  justifications: { id: string; label: string; placeholder: string; value: string }[];
  findingsHeading: { text: string }[];
  findings: (FindingView & { id: string; visible: boolean })[];
  moreFindings: { text: string; targets: string[] }[];
  buttons: ButtonView[];
}

/**
 * Findings shown open; the rest is behind one toggle, so a step stays within 900 px at 1400 px wide (issue 13 §4,
 * measured in the Agents Playground). The review step shows them all.
 */
export const OPEN_FINDINGS = 3;

export const chooseElementTemplate = prepareTemplate<ChooseElementView>(tpl);

function facts(i: z.infer<typeof OfferedIntervention>, locale: Locale) {
  const all = [
    { title: t(locale, 'fact.support'), value: i.support },
    { title: t(locale, 'fact.condition'), value: i.condition },
    { title: t(locale, 'fact.cost'), value: i.cost },
    { title: t(locale, 'fact.reason'), value: i.reason },
  ];
  return all.filter((f) => f.value.trim() !== '');
}

export function chooseElementView(input: ChooseElementCardInput): ChooseElementView {
  const d = ChooseElementCardData.parse(input);
  const { locale } = d;
  const nav = { year: d.year, element: d.element };
  return {
    title: t(locale, 'choose.title', { year: d.year, element: elementName(d.element, locale) }),
    stepLine: t(locale, 'choose.step', { step: d.step, steps: d.steps }),
    select:
      d.interventions.length === 0
        ? []
        : [
            {
              prompt: t(locale, 'choose.select', { year: d.year }),
              selected: d.interventions
                .filter((i) => i.selected)
                .map((i) => i.id)
                .join(','),
            },
          ],
    errors: errorBlock(d.errors, locale),
    noneOffered: d.interventions.length === 0 ? [{ text: t(locale, 'choose.nothingOffered') }] : [],
    detailsHint: d.interventions.length > 0 ? [{ text: t(locale, 'choose.detailsHint') }] : [],
    details: d.interventions
      .map((i) => ({ toggle: t(locale, 'choose.detailsToggle', { name: i.name }), target: `details:${i.id}`, facts: facts(i, locale) }))
      .filter((i) => i.facts.length > 0),
    choices: d.interventions.map((i) => ({ title: i.name, value: i.id })),
    justifications: d.interventions
      .filter((i) => i.deepening)
      .map((i) => ({
        id: justificationInputId(i.id),
        label: t(locale, 'choose.justificationFor', { name: i.name }),
        placeholder: t(locale, 'choose.justificationHint'),
        value: i.justification ?? '',
      })),
    findingsHeading: d.findings.length > 0 ? [{ text: t(locale, 'finding.title') }] : [],
    findings: findingViews(d.findings, locale).map((f, n) => ({ ...f, id: `finding:${n}`, visible: n < OPEN_FINDINGS })),
    moreFindings:
      d.findings.length > OPEN_FINDINGS
        ? [
            {
              text: t(locale, 'choose.moreFindings', { n: d.findings.length - OPEN_FINDINGS }),
              targets: d.findings.slice(OPEN_FINDINGS).map((_, n) => `finding:${n + OPEN_FINDINGS}`),
            },
          ]
        : [],
    buttons: [
      button(t(locale, 'common.next'), 'chooseInterventions', d.cardId, { ...nav, nav: 'next' }, 'positive'),
      ...(d.step > 1 ? [button(t(locale, 'common.back'), 'chooseInterventions', d.cardId, { ...nav, nav: 'back' })] : []),
      button(t(locale, 'common.cancel'), 'cancel', d.cardId),
    ],
  };
}

export function renderChooseElementCard(input: ChooseElementCardInput): AdaptiveCardJson {
  return chooseElementTemplate.render(chooseElementView(input));
}
