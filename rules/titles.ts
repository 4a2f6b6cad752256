// Rule sets and sources as GP staff read them (issue 13 §8): "Regioplan Rijn en Duin 2026", not "rijn-en-duin@2026.2";
// "Regioplan Rijn en Duin 2026, B.1 Kernelement 1", not "004 §B.1 Kernelement 1". The CLI keeps the ids and the
// `doc §section` form (RULES.md §6); only what the bot shows goes through here.
import { t } from './i18n/index.js';
import { REGIONS, type Locale, type Region } from './model.js';
import { SEED_DOCS } from './schema.js';
import { findRuleSet } from './sets/index.js';

type Doc = (typeof SEED_DOCS)[number];
const isDoc = (doc: string): doc is Doc => (SEED_DOCS as readonly string[]).includes(doc);
const isRegion = (region: string): region is Region => (REGIONS as readonly string[]).includes(region);

/** The title of a seed document ("Regioplan Rijn en Duin 2026"); an unknown number is shown as it is. */
export function docTitle(doc: string, locale: Locale): string {
  return isDoc(doc) ? t(locale, `doc.${doc}`) : doc;
}

/** "rijn-en-duin@2026.2" → the title of its document; a correction has the title of the document it corrects. */
export function ruleSetTitle(id: string, locale: Locale): string {
  const [region = '', version = ''] = id.split('@');
  const set = isRegion(region) ? findRuleSet(region, version) : undefined;
  return set === undefined ? id : docTitle(set.source.doc, locale);
}

/** "004 §B.1 a; 000 §5.2" → "Regioplan Rijn en Duin 2026, B.1 a; Interventiehandboek HOOG 2024, 5.2". */
export function sourceText(source: string, locale: Locale): string {
  return source
    .split('; ')
    .map((part) => {
      const m = /^(\d{3}) §(.+)$/.exec(part.trim());
      return m?.[1] !== undefined && m[2] !== undefined && isDoc(m[1])
        ? t(locale, 'doc.section', { doc: docTitle(m[1], locale), section: m[2] })
        : part;
    })
    .join('; ');
}
