// Fixed choice values that cards offer and actions.ts accepts; labels live in i18n.
import type { LabelKey } from './i18n/index.js';
import { FUNDING_PROJECTS, FUNDING_SCHEMES, INTERVENTION_IDS, type OtherFunding } from '../rules/model.js';

/** Guided advice question 1: where the pressure is felt (issue 4 §3). */
export const PRESSURE_POINTS = [
  'telefoon-balie',
  'administratie',
  'veelgebruikers',
  'sociaal',
  'verwijzingen-diagnostiek',
  'digitale-zorg',
] as const;
export type PressurePoint = (typeof PRESSURE_POINTS)[number];

export const TEAM_SIZES = ['klein', 'middel', 'groot'] as const;
export type TeamSize = (typeof TEAM_SIZES)[number];

/** Label keys of the answers: the card shows them, and the advice dialog turns them into the question text. */
export const PRESSURE_LABELS: Readonly<Record<PressurePoint, LabelKey>> = {
  'telefoon-balie': 'p_telefoon_balie',
  administratie: 'p_administratie',
  veelgebruikers: 'p_veelgebruikers',
  sociaal: 'p_sociaal',
  'verwijzingen-diagnostiek': 'p_verwijzingen',
  'digitale-zorg': 'p_digitaal',
};
export const TEAM_LABELS: Readonly<Record<TeamSize, LabelKey>> = { klein: 'team_klein', middel: 'team_middel', groot: 'team_groot' };

export const ELEMENT_CHOICES = ['awp', 'gg', 'sn', 'upc', 'any'] as const;

/** Subregion ChoiceSet value meaning "no subregion". */
export const NO_SUBREGION = 'geen';

/**
 * Funding elsewhere (RULES.md §6 otherFunding) travels through a multi-select as `scheme`,
 * `scheme:project` or `scheme:interventionId`.
 */
export function fundingValue(f: OtherFunding): string {
  const detail = f.project ?? f.intervention;
  return detail === undefined ? f.scheme : `${f.scheme}:${detail}`;
}

export function parseFundingValue(value: string): OtherFunding | undefined {
  const [scheme, detail, ...rest] = value.split(':');
  const knownScheme = FUNDING_SCHEMES.find((s) => s === scheme);
  if (knownScheme === undefined || rest.length > 0) return undefined;
  if (detail === undefined) return { scheme: knownScheme };
  if ((FUNDING_PROJECTS as readonly string[]).includes(detail)) return { scheme: knownScheme, project: detail };
  if ((INTERVENTION_IDS as readonly string[]).includes(detail)) return { scheme: knownScheme, intervention: detail };
  return undefined;
}

/** Region and subregion names are proper names: the same in Dutch and English. */
export const REGION_NAMES = {
  hoog: 'HOOG',
  eemland: 'Huisartsen Eemland',
  cohaesie: 'Cohaesie',
  'rijn-en-duin': 'Rijn en Duin',
} as const;

export const SUBREGION_NAMES: Readonly<Record<string, string>> = {
  apeldoorn: 'Apeldoorn',
  zutphen: 'Zutphen',
  'oost-achterhoek': 'Oost-Achterhoek',
};
