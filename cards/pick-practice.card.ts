// Personal chat: the user picks the practice they work for, out of the practices whose team they are in (issue 4 §1).
import * as z from 'zod';
import { regionName } from '../rules/i18n/index.js';
import { Region } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { PRACTICE_ID } from './fields.js';
import { baseFields, errorBlock, labelsOf, SubmitErrors, t, type Labels } from './shared.js';
import tpl from './templates/pick-practice.card.json' with { type: 'json' };

/** Keeps the card far below Teams' 80 KB even for an RHO consultant who sits in every practice team of a region. */
export const MAX_PRACTICES = 200;
/** Up to this many the choices are radio buttons; more get a filterable list. */
const EXPANDED_MAX = 8;

export const PickPracticeCardData = z.object({
  ...baseFields,
  practices: z
    .array(z.object({ id: z.string().regex(PRACTICE_ID), name: z.string().min(1).max(120), region: Region, agb: z.string() }))
    .min(1)
    .max(MAX_PRACTICES),
  current: z.string().optional(),
  /** The command to run once a practice is picked, with what the user typed after it. */
  then: z.string().max(40).optional(),
  args: z.string().max(500).optional(),
  errors: SubmitErrors,
});
export type PickPracticeCardInput = z.input<typeof PickPracticeCardData>;

const LABELS = {
  pickPracticeTitle: 'pickPractice.title',
  pickPracticeIntro: 'pickPractice.intro',
  fieldPractice: 'pickPractice.field',
  submitPickPractice: 'action.pickPractice',
} as const;

interface PickPracticeView {
  t: Labels<typeof LABELS>;
  cardId: string;
  style: 'expanded' | 'filtered';
  value: string;
  choices: { title: string; value: string }[];
  errors: { title: string; lines: string }[];
  data: Record<string, string>;
}

export const pickPracticeTemplate = prepareTemplate<PickPracticeView>(tpl);

export function pickPracticeView(input: PickPracticeCardInput): PickPracticeView {
  const d = PickPracticeCardData.parse(input);
  const { locale } = d;
  const choices = d.practices.map((p) => {
    // Choice titles are plain text, not markdown: escaping would show backslashes in "De Linde (Ede)".
    const choice = t(locale, 'pickPractice.choice', { name: p.name, region: regionName(p.region, locale), agb: p.agb });
    return { value: p.id, title: p.id === d.current ? t(locale, 'pickPractice.current', { choice }) : choice };
  });
  const first = d.practices[0]?.id ?? '';
  return {
    t: labelsOf(locale, LABELS),
    cardId: d.cardId,
    style: d.practices.length > EXPANDED_MAX ? 'filtered' : 'expanded',
    value: d.practices.some((p) => p.id === d.current) ? (d.current ?? first) : first,
    choices,
    errors: errorBlock(d.errors, locale),
    data: {
      verb: 'selectPractice',
      cardId: d.cardId,
      ...(d.then !== undefined ? { then: d.then } : {}),
      ...(d.args !== undefined && d.args !== '' ? { args: d.args } : {}),
    },
  };
}

export function renderPickPracticeCard(input: PickPracticeCardInput): AdaptiveCardJson {
  return pickPracticeTemplate.render(pickPracticeView(input));
}
