// One message catalog per language (issue 8): `t(locale, key, values)` with typed keys and ICU arguments, and the
// domain's names. rules/ imports nothing of ours, so the catalog lives here and cards/, dialogs/ and bot/ import it.
export { andList, CATALOGS, format, isMessageKey, issueMessage, LOCALE_TAGS, orList, t, type MessageKey, type PlainKey } from './format.js';
export {
  elementName,
  fundingName,
  fundingSchemeName,
  interventionName,
  metricName,
  regionName,
  stateSentence,
  subregionName,
} from './names.js';
