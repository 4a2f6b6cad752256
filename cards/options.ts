// Fixed choice values that cards offer and actions.ts accepts; their titles come from the catalog (rules/i18n).
import { FUNDING_PROJECTS, FUNDING_SCHEMES, INTERVENTION_IDS, type OtherFunding } from '../rules/model.js';

/** Guided advice questions 1 and 2 (issue 4 §3): ids the advisor maps to its own search words (rules/advise/guided.ts). */
export { PRESSURE_POINTS, TEAM_SIZES } from '../rules/advise/guided.js';

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
