// Which route the practice took for an intervention with routes (000 §2.4–2.5 SOH or PA/VS; 000 §2.8 zelfmetingen
// en/of online spreekuur): the targets of the status follow the route (issue 9 §1).
import * as z from 'zod';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, escapeMarkdown, labelsOf, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/choose-route.card.json' with { type: 'json' };
import { sourceText } from '../rules/titles.js';

export const ChooseRouteCardData = z.object({
  ...baseFields,
  year: z.number().int().min(1).max(10),
  intervention: z.string().min(1).max(80),
  interventionName: z.string().min(1).max(200),
  /** The offer's routes (rule-set data): id, Dutch name and source. */
  routes: z
    .array(z.object({ id: z.string().min(1), name: z.string().min(1), source: z.string().min(1) }))
    .min(2)
    .max(10),
  current: z.string().optional(),
  errors: SubmitErrors,
});
export type ChooseRouteCardInput = z.input<typeof ChooseRouteCardData>;

const LABELS = { title: 'route.form.title', fieldRoute: 'route.field.route', save: 'common.save', cancel: 'common.cancel' } as const;

interface ChooseRouteView {
  t: Labels<typeof LABELS>;
  intro: string;
  choices: { title: string; value: string }[];
  sources: { text: string }[];
  value: string;
  data: { verb: 'chooseRoute'; cardId: string; year: number; intervention: string };
  cancel: { verb: 'cancel'; cardId: string };
  errors: { title: string; lines: string }[];
}

export const chooseRouteTemplate = prepareTemplate<ChooseRouteView>(tpl);

export function chooseRouteView(input: ChooseRouteCardInput): ChooseRouteView {
  const d = ChooseRouteCardData.parse(input);
  return {
    t: labelsOf(d.locale, LABELS),
    intro: t(d.locale, 'route.form.intro', { intervention: escapeMarkdown(d.interventionName), year: d.year }),
    choices: d.routes.map((r) => ({ title: r.name, value: r.id })),
    sources: [
      { text: t(d.locale, 'finding.source', { source: sourceText([...new Set(d.routes.map((r) => r.source))].join('; '), d.locale) }) },
    ],
    value: d.current ?? '',
    data: { verb: 'chooseRoute', cardId: d.cardId, year: d.year, intervention: d.intervention },
    cancel: { verb: 'cancel', cardId: d.cardId },
    errors: errorBlock(d.errors, d.locale),
  };
}

export function renderChooseRouteCard(input: ChooseRouteCardInput): AdaptiveCardJson {
  return chooseRouteTemplate.render(chooseRouteView(input));
}
