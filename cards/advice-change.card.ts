// Adding an advisor's suggestion to a year's plan (issue 13 §3), one card that changes in place: the question
// ("… toevoegen?") with the plan it gives and that plan's check, then what was saved with "Ongedaan maken", then undone.
import * as z from 'zod';
import { InterventionId } from '../rules/model.js';
import { Verdict, verdictView, type VerdictView } from './findings.card.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, button, findingViews, Findings, t, type ButtonView, type FindingView } from './shared.js';
import tpl from './templates/advice-change.card.json' with { type: 'json' };

const year = z.number().int().min(1).max(10);
const names = z.array(z.string().min(1)).max(40);

export const AdviceChangeCardData = z.object({
  ...baseFields,
  /** The intervention added (or taken out again) and its name in the card's language. */
  id: InterventionId,
  name: z.string().min(1),
  year,
  step: z.discriminatedUnion('kind', [
    /** Asks; `basedOn` is the year's version the check was made on (0: none), so a newer one refuses the add. */
    z.object({ kind: z.literal('confirm'), plan: names, basedOn: z.number().int().min(0) }),
    z.object({ kind: z.literal('added'), version: z.number().int().min(1) }),
    z.object({ kind: z.literal('unchanged') }),
    z.object({ kind: z.literal('undone'), version: z.number().int().min(1) }),
  ]),
  verdict: Verdict,
  findings: Findings,
});
export type AdviceChangeCardInput = z.input<typeof AdviceChangeCardData>;

interface AdviceChangeView {
  title: string;
  lines: { text: string }[];
  checkHeading: { text: string }[];
  verdict: VerdictView[];
  findings: FindingView[];
  buttons: ButtonView[];
}

export const adviceChangeTemplate = prepareTemplate<AdviceChangeView>(tpl);

export function adviceChangeView(input: AdviceChangeCardInput): AdviceChangeView {
  const d = AdviceChangeCardData.parse(input);
  const { locale, step, name } = d;
  const on = { id: d.id, year: d.year };
  const check = { verdict: verdictView(d.verdict, locale), findings: findingViews(d.findings, locale) };
  switch (step.kind) {
    case 'confirm':
      return {
        title: t(locale, 'advice.confirmTitle', { name, year: d.year }),
        lines: [{ text: t(locale, 'advice.confirmPlan', { year: d.year, list: step.plan.join(', ') }) }],
        checkHeading: [{ text: t(locale, 'advice.confirmCheck', { name }) }],
        ...check,
        buttons: [
          button(t(locale, 'advice.confirmAdd'), 'confirmSuggestion', d.cardId, { ...on, basedOn: step.basedOn }, 'positive'),
          button(t(locale, 'common.cancel'), 'cancel', d.cardId),
        ],
      };
    case 'added':
      return {
        title: t(locale, 'advice.addedTitle', { year: d.year }),
        lines: [{ text: t(locale, 'advice.added', { name, year: d.year, version: step.version }) }],
        checkHeading: [{ text: t(locale, 'finding.title') }],
        ...check,
        buttons: [button(t(locale, 'advice.undo'), 'undoSuggestion', d.cardId, { ...on, version: step.version })],
      };
    case 'unchanged':
      return {
        title: t(locale, 'notice.title'),
        lines: [{ text: t(locale, 'advice.alreadyInPlan', { name, year: d.year }) }],
        checkHeading: [],
        ...check,
        buttons: [button(t(locale, 'action.openPlan'), 'openPlan', d.cardId)],
      };
    case 'undone':
      return {
        title: t(locale, 'advice.undoneTitle'),
        lines: [{ text: t(locale, 'advice.undone', { name, year: d.year, version: step.version }) }],
        checkHeading: [{ text: t(locale, 'finding.title') }],
        ...check,
        buttons: [button(t(locale, 'action.openPlan'), 'openPlan', d.cardId)],
      };
  }
}

export function renderAdviceChangeCard(input: AdviceChangeCardInput): AdaptiveCardJson {
  return adviceChangeTemplate.render(adviceChangeView(input));
}
