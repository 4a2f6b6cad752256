// An RHO team links itself as the consultant channel of one region (issue 4 §1).
import * as z from 'zod';
import { regionName } from '../rules/i18n/index.js';
import { Region, REGIONS } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, labelsOf, SubmitErrors, type Labels } from './shared.js';
import tpl from './templates/link-consultant.card.json' with { type: 'json' };

export const LinkConsultantCardData = z.object({
  ...baseFields,
  region: Region.optional(),
  errors: SubmitErrors,
});
export type LinkConsultantCardInput = z.input<typeof LinkConsultantCardData>;

const LABELS = {
  consultantTitle: 'consultant.title',
  consultantIntro: 'consultant.intro',
  fieldRegion: 'link.field.region',
  submitLink: 'action.link',
  cancel: 'common.cancel',
} as const;

interface LinkConsultantView {
  t: Labels<typeof LABELS>;
  cardId: string;
  region: string;
  errors: { title: string; lines: string }[];
  regions: { title: string; value: string }[];
}

export const linkConsultantTemplate = prepareTemplate<LinkConsultantView>(tpl);

export function linkConsultantView(input: LinkConsultantCardInput): LinkConsultantView {
  const d = LinkConsultantCardData.parse(input);
  return {
    t: labelsOf(d.locale, LABELS),
    cardId: d.cardId,
    region: d.region ?? '',
    errors: errorBlock(d.errors, d.locale),
    regions: REGIONS.map((r) => ({ value: r, title: regionName(r, d.locale) })),
  };
}

export function renderLinkConsultantCard(input: LinkConsultantCardInput): AdaptiveCardJson {
  return linkConsultantTemplate.render(linkConsultantView(input));
}
