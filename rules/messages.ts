// The finding messages the engine produces (RULES.md §6), built from the catalog (rules/i18n): which values each
// finding fills in. The texts themselves, Dutch and English, are in rules/i18n/nl.ts and en.ts ("finding.*").
import { elementName, interventionName, orList, regionName, t, fundingSchemeName } from './i18n/index.js';
import type { Element, FundingScheme, Locale, Region } from './model.js';
import type { Reading } from './schema.js';

type Params = {
  locale: Locale;
  region: Region;
  year?: number;
  id?: string;
  element?: Element;
};

const EXCLUDED = {
  'double-funding': 'finding.doubleFunding',
  integrated: 'finding.integrated',
  'outside-mtvp': 'finding.outsideMtvp',
} as const;

/** The name and region every finding about one intervention shows. */
const about = (p: Params) => ({ name: interventionName(p.id ?? '', p.locale), region: regionName(p.region, p.locale) });
const previousYear = (p: Params) => (p.year ?? 2) - 1;

export const messages = {
  unknown: (p: Params) => t(p.locale, 'finding.unknown', { id: p.id ?? '', region: regionName(p.region, p.locale) }),
  notOffered: (p: Params) => t(p.locale, 'finding.notOffered', { ...about(p), element: elementName(p.element ?? 'awp', p.locale) }),
  notInYear: (p: Params & { fromYear: number; toYear?: number }) =>
    p.year !== undefined && p.year < p.fromYear
      ? t(p.locale, 'finding.notYet', { ...about(p), fromYear: p.fromYear, year: p.year })
      : t(p.locale, 'finding.noLonger', { ...about(p), toYear: p.toYear ?? p.fromYear, year: p.year ?? p.fromYear }),
  excluded: (p: Params & { because: keyof typeof EXCLUDED; into?: string }) =>
    t(p.locale, EXCLUDED[p.because], { ...about(p), into: interventionName(p.into ?? '', p.locale) }),
  fundedElsewhere: (p: Params & { scheme: FundingScheme }) =>
    t(p.locale, 'finding.fundedElsewhere', { ...about(p), scheme: fundingSchemeName(p.scheme, p.locale) }),
  needsApproval: (p: Params & { scheme: FundingScheme }) =>
    t(p.locale, 'finding.needsApproval', { ...about(p), scheme: fundingSchemeName(p.scheme, p.locale) }),
  noSupport: (p: Params & { notCounted: boolean }) => t(p.locale, 'finding.noSupport', { ...about(p), notCounted: p.notCounted }),
  earlyAllowed: (p: Params & { fromYear: number }) =>
    t(p.locale, 'finding.earlyAllowed', { ...about(p), fromYear: p.fromYear, year: p.year ?? p.fromYear }),
  minCount: (p: Params & { min: number; actual: number; fromOffer: boolean }) =>
    t(p.locale, 'finding.minCount', {
      year: p.year ?? 1,
      min: p.min,
      actual: p.actual,
      fromOffer: p.fromOffer,
      element: elementName(p.element ?? 'awp', p.locale),
      region: regionName(p.region, p.locale),
    }),
  newOrDeepening: (p: Params & { elements: readonly Element[] }) =>
    t(p.locale, 'finding.newOrDeepening', {
      year: p.year ?? 1,
      elements: orList(
        p.locale,
        p.elements.map((e) => elementName(e, p.locale)),
      ),
    }),
  mustAdd: (p: Params) =>
    t(p.locale, 'finding.mustAdd', {
      year: p.year ?? 2,
      previousYear: previousYear(p),
      element: elementName(p.element ?? 'awp', p.locale),
    }),
  mustContinueAny: (p: Params & { previous: readonly string[] }) =>
    t(p.locale, 'finding.mustContinueAny', {
      year: p.year ?? 2,
      previousYear: previousYear(p),
      element: elementName(p.element ?? 'gg', p.locale),
      previous: orList(
        p.locale,
        p.previous.map((id) => interventionName(id, p.locale)),
      ),
    }),
  mustContinueOne: (p: Params) => t(p.locale, 'finding.mustContinueOne', { ...about(p), year: p.year ?? 2, previousYear: previousYear(p) }),
  justification: (p: Params) => t(p.locale, 'finding.justification', { ...about(p), year: p.year ?? 1 }),
  approvalUsed: (p: Params & { scheme: FundingScheme; moved: readonly string[] }) =>
    t(p.locale, 'check.approvalUsed', {
      ...about(p),
      scheme: fundingSchemeName(p.scheme, p.locale),
      moved: orList(
        p.locale,
        p.moved.map((id) => interventionName(id, p.locale)),
      ),
    }),
  notYetAvailable: (p: Params & { availableFrom: string; yearStart: string }) =>
    t(p.locale, 'check.notYetAvailable', { ...about(p), year: p.year ?? 1, availableFrom: p.availableFrom, yearStart: p.yearStart }),
  disputedYear: (p: Params & { fromYear: number; reading?: Reading }) =>
    t(p.locale, 'check.disputedYear', {
      ...about(p),
      year: p.year ?? 1,
      fromYear: p.fromYear,
      chosen: p.reading?.chosen ?? '',
      alternative: p.reading?.alternative ?? '',
    }),
  prerequisite: (p: Params & { requirement: string; inPlan: boolean }) =>
    t(p.locale, p.inPlan ? 'finding.prerequisiteInPlan' : 'finding.prerequisite', { ...about(p), requirement: p.requirement }),
};
