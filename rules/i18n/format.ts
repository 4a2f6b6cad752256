// `t(locale, key, values)` over the one message catalog per language (nl.ts, en.ts), which formats an ICU message
// as intl-messageformat does: plurals, selects and Dutch numbers (`{n, number}` → 14,4) through Intl. The message is
// parsed by intl-messageformat and formatted from that by direct-format.ts, or by intl-messageformat itself for what
// that does not take. Dates arrive formatted as users write them (rules/dates.ts formatDate: 15-03-2025), so messages
// take them as text.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../model.js';
import type { ArgsOf } from './args.js';
import { en } from './en.js';
import { compileDirect, TO_LIBRARY, type Values } from './direct-format.js';
import { createFormatters } from './formatters.js';
import { nl } from './nl.js';

export type MessageKey = keyof typeof nl;
/** The values `key` needs, read from its Dutch text (the source of truth for arguments). */
export type MessageValues<K extends MessageKey> = ArgsOf<(typeof nl)[K]>;
/** Keys whose message takes no values: labels, titles, fixed sentences. */
export type PlainKey = { [K in MessageKey]: [keyof MessageValues<K>] extends [never] ? K : never }[MessageKey];

// An English message may not use a value the Dutch one does not name: callers only pass what the Dutch text needs.
type ExtraInEnglish = {
  [K in MessageKey]: Exclude<keyof ArgsOf<(typeof en)[K]>, keyof MessageValues<K>> extends never ? never : K;
}[MessageKey];
const englishUsesOnlyDutchArguments: [ExtraInEnglish] extends [never] ? true : ExtraInEnglish = true;
void englishUsesOnlyDutchArguments;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { nl: Object.freeze(nl), en: Object.freeze(en) };

/** Number, plural and list rules per language: Dutch as in the Netherlands, British English (the catalog's spelling). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

type Format = (values: Values | undefined) => string;

/**
 * Compiled messages per language, built on first use. A memo of a pure function of the frozen catalogs, like the
 * engine's rule-set caches: it never changes what `t` returns (STYLE.md §8 is about state that does).
 */
const compiled: Readonly<Record<Locale, Map<MessageKey, Format>>> = { nl: new Map(), en: new Map() };
const formatters = createFormatters();

function compile(locale: Locale, key: MessageKey): Format {
  const source = CATALOGS[locale][key];
  // Text without ICU syntax is its own result; an apostrophe only quotes next to braces or another apostrophe.
  if (!/[{}]|''/.test(source)) return () => source;
  const message = new IntlMessageFormat(source, LOCALE_TAGS[locale], undefined, { ignoreTag: true, formatters });
  const full: Format = (values) => {
    const out = message.format(values);
    return typeof out === 'string' ? out : String(out);
  };
  const direct = compileDirect(message.getAst(), LOCALE_TAGS[locale], formatters);
  if (direct === undefined) return full;
  return (values) => {
    try {
      return direct(values);
    } catch (error) {
      if (error === TO_LIBRARY) return full(values);
      throw error;
    }
  };
}

function lookup(locale: Locale, key: MessageKey): Format {
  const cache = compiled[locale];
  let format = cache.get(key);
  if (format === undefined) {
    format = compile(locale, key);
    cache.set(key, format);
  }
  return format;
}

/** The text of `key` in `locale`, its ICU arguments filled from `values` (required exactly when the message has some). */
export function t<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...values: [keyof MessageValues<K>] extends [never] ? [values?: MessageValues<K>] : [values: MessageValues<K>]
): string {
  return lookup(locale, key)(values[0] as Values | undefined);
}

/**
 * `t` for adapters whose keys are chosen at run time (dialogs/messages.ts): the values are not checked against the
 * message at compile time, so a missing value throws here as it would in `t`.
 */
export function format(locale: Locale, key: MessageKey, values?: Values): string {
  return lookup(locale, key)(values);
}

/** A schema's own issue message: a catalog key, with the issue's `params` as its values; any other text as it is. */
export function issueMessage(locale: Locale, message: string, params?: Readonly<Record<string, unknown>>): string {
  if (!isMessageKey(message)) return message;
  const values: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(params ?? {}))
    values[name] = typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  return format(locale, message, values);
}

const lists = new Map<string, Intl.ListFormat>();
function listOf(locale: Locale, type: 'conjunction' | 'disjunction', items: readonly string[]): string {
  const key = `${locale} ${type}`;
  let list = lists.get(key);
  if (!list) {
    list = new Intl.ListFormat(LOCALE_TAGS[locale], { type });
    lists.set(key, list);
  }
  return list.format(items);
}

/** "A, B of C" / "A, B or C": a choice between names, in the language's own list style. */
export function orList(locale: Locale, items: readonly string[]): string {
  return listOf(locale, 'disjunction', items);
}

/** "A, B en C" / "A, B and C": all of the names. */
export function andList(locale: Locale, items: readonly string[]): string {
  return listOf(locale, 'conjunction', items);
}
