// An RHO team links itself as the consultant channel of one region (issue 4 §1).
import { z } from 'zod';
import { Region, REGIONS } from '../rules/model.js';
import { REGION_NAMES } from './options.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { baseFields, errorBlock, labels, SubmitErrors, type Labels } from './shared.js';
import tpl from './templates/link-consultant.card.json' with { type: 'json' };

export const LinkConsultantCardData = z.object({
  ...baseFields,
  region: Region.optional(),
  errors: SubmitErrors,
});
export type LinkConsultantCardInput = z.input<typeof LinkConsultantCardData>;

interface LinkConsultantView {
  t: Labels;
  cardId: string;
  region: string;
  errors: { title: string; lines: string }[];
  regions: { title: string; value: string }[];
}

export const linkConsultantTemplate = prepareTemplate<LinkConsultantView>(tpl);

export function linkConsultantView(input: LinkConsultantCardInput): LinkConsultantView {
  const d = LinkConsultantCardData.parse(input);
  const t = labels(d.locale);
  return {
    t,
    cardId: d.cardId,
    region: d.region ?? '',
    errors: errorBlock(d.errors, t),
    regions: REGIONS.map((r) => ({ value: r, title: REGION_NAMES[r] })),
  };
}

export function renderLinkConsultantCard(input: LinkConsultantCardInput): AdaptiveCardJson {
  return linkConsultantTemplate.render(linkConsultantView(input));
}
