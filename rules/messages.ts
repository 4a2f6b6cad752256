// Every finding and status message the engine produces, in Dutch (default) and English. Short, and saying what to do.
import { ELEMENT_NAMES, interventionName } from './catalog.js';
import type { Element, FundingScheme, Locale, Region } from './model.js';

export const REGION_NAMES: Readonly<Record<Region, string>> = {
  hoog: 'HOOG',
  eemland: 'Huisartsen Eemland',
  cohaesie: 'Cohaesie',
  'rijn-en-duin': 'Rijn en Duin',
};

const NUMBERS_NL = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];
const NUMBERS_EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const SCHEMES: Record<FundingScheme, { nl: string; en: string }> = {
  tbhz: { nl: 'TBHZ', en: 'TBHZ' },
  regioprestatie: { nl: 'de regioprestaties', en: 'the regional performance scheme' },
  resultaatbeloning: { nl: 'resultaatbeloning', en: 'result-based pay' },
  subsidie: { nl: 'een subsidie', en: 'a subsidy' },
  achterstandsfonds: { nl: 'het Achterstandsfonds', en: 'the deprivation fund' },
  zorgprogramma: { nl: 'een ander zorgprogramma', en: 'another care programme' },
  'ict-programma': { nl: 'het ICT-programma', en: 'the ICT programme' },
};

export function count(n: number, locale: Locale): string {
  return (locale === 'en' ? NUMBERS_EN : NUMBERS_NL)[n] ?? String(n);
}

export function element(e: Element, locale: Locale): string {
  return ELEMENT_NAMES[e][locale];
}

function interventions(n: number, locale: Locale): string {
  if (locale === 'en') return n === 1 ? 'intervention' : 'interventions';
  return n === 1 ? 'interventie' : 'interventies';
}

function list(ids: readonly string[], locale: Locale): string {
  const names = ids.map((id) => interventionName(id, locale));
  if (names.length <= 1) return names.join('');
  const and = locale === 'en' ? ' or ' : ' of ';
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

type Params = {
  locale: Locale;
  region: Region;
  year?: number;
  id?: string;
  element?: Element;
};

export const messages = {
  unknown: ({ locale, id, region }: Params) =>
    locale === 'en'
      ? `‘${id}’ is not a known MTVP intervention. Choose one from the ${REGION_NAMES[region]} list.`
      : `‘${id}’ is geen bekende MTVP-interventie. Kies een interventie uit de lijst van ${REGION_NAMES[region]}.`,
  notOffered: ({ locale, id, region, element: e }: Params) =>
    locale === 'en'
      ? `${interventionName(id ?? '', locale)} is not offered by ${REGION_NAMES[region]}. Choose another ${element(e ?? 'awp', locale)} intervention.`
      : `${interventionName(id ?? '', locale)} zit niet in het aanbod van ${REGION_NAMES[region]}. Kies een andere interventie uit ${element(e ?? 'awp', locale)}.`,
  notInYear: (p: Params & { fromYear: number; toYear?: number }) => {
    const name = interventionName(p.id ?? '', p.locale);
    if (p.locale === 'en')
      return p.year !== undefined && p.year < p.fromYear
        ? `${name} can be chosen in ${REGION_NAMES[p.region]} from year ${p.fromYear} (this is year ${p.year}).`
        : `${name} can be chosen in ${REGION_NAMES[p.region]} up to year ${p.toYear} (this is year ${p.year}).`;
    return p.year !== undefined && p.year < p.fromYear
      ? `${name} kunt u bij ${REGION_NAMES[p.region]} kiezen vanaf jaar ${p.fromYear} (dit is jaar ${p.year}).`
      : `${name} kunt u bij ${REGION_NAMES[p.region]} kiezen tot en met jaar ${p.toYear} (dit is jaar ${p.year}).`;
  },
  excluded: (p: Params & { because: 'double-funding' | 'integrated' | 'outside-mtvp'; into?: string }) => {
    const name = interventionName(p.id ?? '', p.locale);
    if (p.because === 'integrated')
      return p.locale === 'en'
        ? `${name} is part of ${interventionName(p.into ?? '', p.locale)} in ${REGION_NAMES[p.region]}: choose that intervention instead.`
        : `${name} is bij ${REGION_NAMES[p.region]} onderdeel van ${interventionName(p.into ?? '', p.locale)}: kies die interventie.`;
    if (p.because === 'outside-mtvp')
      return p.locale === 'en'
        ? `${name} is financed outside MTVP and does not count. Choose another intervention.`
        : `${name} wordt buiten MTVP gefinancierd en telt niet mee. Kies een andere interventie.`;
    return p.locale === 'en'
      ? `${name} cannot be chosen for MTVP in ${REGION_NAMES[p.region]} (double funding). Choose another intervention.`
      : `${name} kan bij ${REGION_NAMES[p.region]} niet gekozen worden voor MTVP (dubbele financiering). Kies een andere interventie.`;
  },
  fundedElsewhere: (p: Params & { scheme: FundingScheme }) =>
    p.locale === 'en'
      ? `${interventionName(p.id ?? '', p.locale)} is already funded through ${SCHEMES[p.scheme].en}; it cannot also count for MTVP (double funding). Choose another intervention.`
      : `${interventionName(p.id ?? '', p.locale)} wordt al gefinancierd via ${SCHEMES[p.scheme].nl}; dat telt niet ook voor MTVP (dubbele financiering). Kies een andere interventie.`,
  needsApproval: (p: Params & { scheme: FundingScheme }) =>
    p.locale === 'en'
      ? `${interventionName(p.id ?? '', p.locale)} is also one of your ${SCHEMES[p.scheme].en} interventions. With more than one, it may in limited cases move to MTVP: ask ${REGION_NAMES[p.region]} to agree first.`
      : `${interventionName(p.id ?? '', p.locale)} is ook een van uw ${SCHEMES[p.scheme].nl}-interventies. Met meer dan één kan deze in beperkte gevallen naar MTVP: vraag eerst akkoord aan ${REGION_NAMES[p.region]}.`,
  noSupport: (p: Params & { notCounted: boolean }) => {
    const name = interventionName(p.id ?? '', p.locale);
    if (p.locale === 'en')
      return `You may run ${name} on your own initiative, but ${REGION_NAMES[p.region]} does not support it${p.notCounted ? ' and it does not count towards the minimum from its offer' : ''}.`;
    return `${name} mag u op eigen initiatief uitvoeren, maar ${REGION_NAMES[p.region]} ondersteunt deze interventie niet${p.notCounted ? ' en ze telt niet mee voor het minimum uit het aanbod' : ''}.`;
  },
  earlyAllowed: (p: Params & { fromYear: number }) =>
    p.locale === 'en'
      ? `${REGION_NAMES[p.region]} offers ${interventionName(p.id ?? '', p.locale)} from year ${p.fromYear}; in year ${p.year} you may add it without guaranteed support, and it does not count towards the minimum.`
      : `${REGION_NAMES[p.region]} biedt ${interventionName(p.id ?? '', p.locale)} aan vanaf jaar ${p.fromYear}; in jaar ${p.year} mag het aanvullend, zonder gegarandeerde ondersteuning, en telt het niet mee voor het minimum.`,
  minCount: (p: Params & { min: number; actual: number; fromOffer: boolean }) => {
    const el = element(p.element ?? 'awp', p.locale);
    if (p.locale === 'en')
      return `Choose at least ${count(p.min, 'en')} ${interventions(p.min, 'en')} from ${el} in year ${p.year}${p.fromOffer ? ` from the ${REGION_NAMES[p.region]} offer` : ''} (now ${p.actual}).`;
    return `Kies in jaar ${p.year} minimaal ${count(p.min, 'nl')} ${interventions(p.min, 'nl')} uit ${el}${p.fromOffer ? ` uit het aanbod van ${REGION_NAMES[p.region]}` : ''} (nu ${p.actual}).`;
  },
  newOrDeepening: (p: Params & { elements: readonly Element[] }) => {
    const els = p.elements.map((e) => element(e, p.locale)).join(p.locale === 'en' ? ' or ' : ' of ');
    return p.locale === 'en'
      ? `In year ${p.year} choose at least one new intervention, or a deepening of a current one, in ${els}.`
      : `Kies in jaar ${p.year} minstens één nieuwe interventie, of een verdieping van een huidige, in ${els}.`;
  },
  mustAdd: (p: Params) =>
    p.locale === 'en'
      ? `Add at least one new ${element(p.element ?? 'awp', 'en')} intervention in year ${p.year}; everything chosen now already ran in year ${(p.year ?? 2) - 1}.`
      : `Voeg in jaar ${p.year} minstens één nieuwe interventie toe uit ${element(p.element ?? 'awp', 'nl')}; alles wat nu gekozen is liep al in jaar ${(p.year ?? 2) - 1}.`,
  mustContinueAny: (p: Params & { previous: readonly string[] }) =>
    p.locale === 'en'
      ? `Develop your year ${(p.year ?? 2) - 1} ${element(p.element ?? 'gg', 'en')} choice further: keep ${list(p.previous, 'en')} in year ${p.year}.`
      : `Ontwikkel uw keuze uit ${element(p.element ?? 'gg', 'nl')} van jaar ${(p.year ?? 2) - 1} door: zet ${list(p.previous, 'nl')} ook in jaar ${p.year}.`,
  mustContinueOne: (p: Params) =>
    p.locale === 'en'
      ? `${interventionName(p.id ?? '', 'en')} from year ${(p.year ?? 2) - 1} continues: keep it in year ${p.year}.`
      : `${interventionName(p.id ?? '', 'nl')} uit jaar ${(p.year ?? 2) - 1} loopt door: zet het ook in jaar ${p.year}.`,
  justification: (p: Params) =>
    p.locale === 'en'
      ? `Give a justification for deepening ${interventionName(p.id ?? '', 'en')} in year ${p.year}.`
      : `Geef een onderbouwing voor de verdieping van ${interventionName(p.id ?? '', 'nl')} in jaar ${p.year}.`,
  prerequisite: (p: Params & { requirement: string; inPlan: boolean }) => {
    const name = interventionName(p.id ?? '', p.locale);
    if (p.locale === 'en')
      return p.inPlan
        ? `${name} builds on ${p.requirement}: put it in an earlier year of the plan, or make sure it was already followed.`
        : `${name} is a follow-up course: make sure ${p.requirement} was followed first.`;
    return p.inPlan
      ? `${name} bouwt voort op ${p.requirement}: zet die in een eerder jaar in het plan, of zorg dat die al gevolgd is.`
      : `${name} is een vervolgaanbod: zorg dat eerst ${p.requirement} gevolgd is.`;
  },
};
