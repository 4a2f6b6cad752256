// The domain's names, each defined once in the catalog: every card, dialog, finding and status message asks here.
// The keys are built from the ids (`metric.${id}`), so a missing name is a compile error, not a blank on a card.
import {
  INTERVENTION_IDS,
  type Element,
  type FundingScheme,
  type InterventionId,
  type Locale,
  type Metric,
  type OtherFunding,
  type Region,
  type StatusState,
} from '../model.js';
import { t, type PlainKey } from './format.js';

export function elementName(element: Element, locale: Locale): string {
  return t(locale, `element.${element}`);
}

export function metricName(metric: Metric, locale: Locale): string {
  return t(locale, `metric.${metric}`);
}

/** Regions are proper names, the same in both languages. */
export function regionName(region: Region, locale: Locale = 'nl'): string {
  return t(locale, `region.${region}`);
}

const SUBREGION_KEYS: Readonly<Record<string, PlainKey>> = {
  apeldoorn: 'subregion.apeldoorn',
  zutphen: 'subregion.zutphen',
  'oost-achterhoek': 'subregion.oost-achterhoek',
};

/** A subregion's name; an id the catalog does not know is shown as it is. */
export function subregionName(subregion: string, locale: Locale = 'nl'): string {
  const key = SUBREGION_KEYS[subregion];
  return key === undefined ? subregion : t(locale, key);
}

const isInterventionId = (id: string): id is InterventionId => (INTERVENTION_IDS as readonly string[]).includes(id);

/** An intervention's name; an id outside the catalogue (RULES.md §3) is shown as it is. */
export function interventionName(id: string, locale: Locale = 'nl'): string {
  return isInterventionId(id) ? t(locale, `intervention.${id}`) : id;
}

export function fundingSchemeName(scheme: FundingScheme, locale: Locale): string {
  return t(locale, `funding.${scheme}`);
}

const FUNDING_PROJECT_KEYS: Readonly<Record<string, PlainKey>> = {
  zelfmetingen: 'funding.project.zelfmetingen',
  'online-spreekuur': 'funding.project.online-spreekuur',
  beeldbellen: 'funding.project.beeldbellen',
};

/** "TBHZ: Zelfmetingen", "TBHZ: Regie op veelgebruikers", "Subsidie": the scheme, with the project or intervention. */
export function fundingName(funding: OtherFunding, locale: Locale): string {
  const scheme = fundingSchemeName(funding.scheme, locale);
  const projectKey = funding.project === undefined ? undefined : FUNDING_PROJECT_KEYS[funding.project];
  const detail =
    projectKey !== undefined
      ? t(locale, projectKey)
      : funding.intervention !== undefined
        ? interventionName(funding.intervention, locale)
        : funding.project;
  return detail === undefined ? scheme : t(locale, 'funding.withDetail', { scheme, detail });
}

/** The sentence a status message ends with ("Op koers."). */
export function stateSentence(state: StatusState, locale: Locale): string {
  return t(locale, `status.state.${state}`);
}
