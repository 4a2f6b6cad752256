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

type Value = string | number | boolean | undefined | readonly string[];

/**
 * A message is a pure function of its values and the frozen catalogs, and the same few messages recur on every
 * check of a plan that is not yet right (issue 9 §6): each is formatted once per distinct values (names included
 * in the key, lists joined), and remembered in a bounded memo. Values that are objects are not keyed this way.
 */
function remembered<P extends { [K in keyof P]: Value }>(build: (p: P) => string): (p: P) => string {
  const memo = new Map<string, string>();
  return (p) => {
    let key = '';
    for (const name in p) {
      const v: Value = p[name];
      key += `${name}\u0001${v === undefined ? '\u0002' : typeof v === 'object' ? v.join('\u0003') : String(v)}\u0000`;
    }
    let text = memo.get(key);
    if (text === undefined) {
      if (memo.size >= 2_000) memo.clear();
      text = build(p);
      memo.set(key, text);
    }
    return text;
  };
}

// The values objects below are written out in full rather than spread (`{ ...about(p), element }`): on Node 20 a
// spread followed by more keys costs microseconds, and these run for every finding of every check (issue 9 §6).
/** The name every finding about one intervention shows. */
const nameOf = (p: Params): string => interventionName(p.id ?? '', p.locale);
const regionOf = (p: Params): string => regionName(p.region, p.locale);
const previousYear = (p: Params) => (p.year ?? 2) - 1;

export const messages = {
  unknown: remembered((p: Params) => t(p.locale, 'finding.unknown', { id: p.id ?? '', region: regionName(p.region, p.locale) })),
  notOffered: remembered((p: Params) =>
    t(p.locale, 'finding.notOffered', { name: nameOf(p), region: regionOf(p), element: elementName(p.element ?? 'awp', p.locale) }),
  ),
  notInYear: remembered((p: Params & { fromYear: number; toYear?: number }) =>
    p.year !== undefined && p.year < p.fromYear
      ? t(p.locale, 'finding.notYet', { name: nameOf(p), region: regionOf(p), fromYear: p.fromYear, year: p.year })
      : t(p.locale, 'finding.noLonger', {
          name: nameOf(p),
          region: regionOf(p),
          toYear: p.toYear ?? p.fromYear,
          year: p.year ?? p.fromYear,
        }),
  ),
  excluded: remembered((p: Params & { because: keyof typeof EXCLUDED; into?: string }) =>
    t(p.locale, EXCLUDED[p.because], { name: nameOf(p), region: regionOf(p), into: interventionName(p.into ?? '', p.locale) }),
  ),
  fundedElsewhere: remembered((p: Params & { scheme: FundingScheme }) =>
    t(p.locale, 'finding.fundedElsewhere', { name: nameOf(p), scheme: fundingSchemeName(p.scheme, p.locale) }),
  ),
  needsApproval: remembered((p: Params & { scheme: FundingScheme }) =>
    t(p.locale, 'finding.needsApproval', { name: nameOf(p), region: regionOf(p), scheme: fundingSchemeName(p.scheme, p.locale) }),
  ),
  noSupport: remembered((p: Params & { notCounted: boolean }) =>
    t(p.locale, 'finding.noSupport', { name: nameOf(p), region: regionOf(p), notCounted: p.notCounted }),
  ),
  earlyAllowed: remembered((p: Params & { fromYear: number }) =>
    t(p.locale, 'finding.earlyAllowed', { name: nameOf(p), region: regionOf(p), fromYear: p.fromYear, year: p.year ?? p.fromYear }),
  ),
  minCount: remembered((p: Params & { min: number; actual: number; fromOffer: boolean }) =>
    t(p.locale, 'finding.minCount', {
      year: p.year ?? 1,
      min: p.min,
      actual: p.actual,
      fromOffer: p.fromOffer,
      element: elementName(p.element ?? 'awp', p.locale),
      region: regionName(p.region, p.locale),
    }),
  ),
  newOrDeepening: remembered((p: Params & { elements: readonly Element[] }) =>
    t(p.locale, 'finding.newOrDeepening', {
      year: p.year ?? 1,
      elements: orList(
        p.locale,
        p.elements.map((e) => elementName(e, p.locale)),
      ),
    }),
  ),
  mustAdd: remembered((p: Params) =>
    t(p.locale, 'finding.mustAdd', {
      year: p.year ?? 2,
      previousYear: previousYear(p),
      element: elementName(p.element ?? 'awp', p.locale),
    }),
  ),
  mustContinueAny: remembered((p: Params & { previous: readonly string[] }) =>
    t(p.locale, 'finding.mustContinueAny', {
      year: p.year ?? 2,
      previousYear: previousYear(p),
      element: elementName(p.element ?? 'gg', p.locale),
      previous: orList(
        p.locale,
        p.previous.map((id) => interventionName(id, p.locale)),
      ),
    }),
  ),
  mustContinueOne: remembered((p: Params) =>
    t(p.locale, 'finding.mustContinueOne', { name: nameOf(p), year: p.year ?? 2, previousYear: previousYear(p) }),
  ),
  justification: remembered((p: Params) => t(p.locale, 'finding.justification', { name: nameOf(p), year: p.year ?? 1 })),
  approvalUsed: remembered((p: Params & { scheme: FundingScheme; moved: readonly string[] }) =>
    t(p.locale, 'check.approvalUsed', {
      name: nameOf(p),
      region: regionOf(p),
      scheme: fundingSchemeName(p.scheme, p.locale),
      moved: orList(
        p.locale,
        p.moved.map((id) => interventionName(id, p.locale)),
      ),
    }),
  ),
  notYetAvailable: remembered((p: Params & { availableFrom: string; yearStart: string }) =>
    t(p.locale, 'check.notYetAvailable', {
      name: nameOf(p),
      region: regionOf(p),
      year: p.year ?? 1,
      availableFrom: p.availableFrom,
      yearStart: p.yearStart,
    }),
  ),
  // Its `reading` is an object, which the memo does not key: formatted on each call (a rare warning).
  disputedYear: (p: Params & { fromYear: number; reading?: Reading }) =>
    t(p.locale, 'check.disputedYear', {
      name: nameOf(p),
      region: regionOf(p),
      year: p.year ?? 1,
      fromYear: p.fromYear,
      chosen: p.reading?.chosen ?? '',
      alternative: p.reading?.alternative ?? '',
    }),
  prerequisite: remembered((p: Params & { requirement: string; inPlan: boolean }) =>
    t(p.locale, p.inPlan ? 'finding.prerequisiteInPlan' : 'finding.prerequisite', {
      name: nameOf(p),
      requirement: p.requirement,
    }),
  ),
};
