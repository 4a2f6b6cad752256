// A message formatted directly from intl-messageformat's parsed message: text, plain arguments, numbers, selects,
// plurals and `#`, as intl-messageformat's formatToParts does them, without the list of parts it builds and merges on
// every call. Those parts were the largest allocation of a `status` turn after the reply itself (7.6 % at 20
// conversations, the bench's bot under a sampling heap profiler) and ~3 % of its CPU. intl-messageformat stays the
// definition: a message with anything else (a date, a time, a tag, a named number style) is not compiled here, and a
// value this path does not take the way the library does (missing, not a string or number where it expects one, no
// option for it) goes to intl-messageformat, which formats or throws as before. test/rules/i18n.test.ts compares the two
// over every message of both catalogs, in every branch.
import type { Formatters, IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
export type Values = Readonly<Record<string, string | number | boolean>>;
type Part = (values: Values, pound: number | undefined) => string;

/** Thrown inside a formatting that this path leaves to intl-messageformat. */
export const TO_LIBRARY: unique symbol = Symbol('to intl-messageformat');

// The element types of @formatjs/icu-messageformat-parser (its enum TYPE).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;
// Its SKELETON_TYPE of a number skeleton (`::.##`).
const NUMBER_SKELETON = 0;

function valueOf(values: Values, name: string): string | number | boolean {
  if (!(name in values)) throw TO_LIBRARY;
  return values[name] as string | number | boolean;
}

function numberOf(values: Values, name: string): number {
  const value = valueOf(values, name);
  if (typeof value !== 'number') throw TO_LIBRARY;
  return value;
}

type Options = Readonly<Record<string, { value: Element[] }>>;

/** Each option's elements compiled; undefined when one of them cannot be. */
function compileOptions(options: Options, locales: string, formatters: Formatters): Record<string, Part> | undefined {
  const out: Record<string, Part> = {};
  for (const [key, option] of Object.entries(options)) {
    const part = compileElements(option.value, locales, formatters);
    if (part === undefined) return undefined;
    out[key] = part;
  }
  return out;
}

/** The option as intl-messageformat picks it: an own key equal to the value, else `other`; none goes to the library. */
function pick(options: Readonly<Record<string, Part>>, key: string | number | boolean): Part {
  const part = (Object.hasOwn(options, String(key)) ? options[String(key)] : undefined) ?? options['other'];
  if (part === undefined) throw TO_LIBRARY;
  return part;
}

function compileElement(el: Element, locales: string, formatters: Formatters): Part | undefined {
  switch (el.type) {
    case LITERAL:
      return () => el.value;
    case POUND:
      // As intl-messageformat: `#` is the plural's number, and nothing outside a plural (a select passes none on).
      return (_, pound) => (typeof pound === 'number' ? formatters.getNumberFormat(locales).format(pound) : '');
    case ARGUMENT:
      return (values) => {
        const value = valueOf(values, el.value);
        if (typeof value === 'string') return value;
        if (typeof value === 'number') return String(value);
        throw TO_LIBRARY;
      };
    case NUMBER: {
      if (typeof el.style === 'string') return undefined;
      const style = el.style?.type === NUMBER_SKELETON ? el.style.parsedOptions : undefined;
      const scale = style?.scale;
      return (values) => {
        const value = numberOf(values, el.value);
        return formatters.getNumberFormat(locales, style).format(scale ? value * scale : value);
      };
    }
    case SELECT: {
      const options = compileOptions(el.options, locales, formatters);
      if (options === undefined) return undefined;
      return (values) => pick(options, valueOf(values, el.value))(values, undefined);
    }
    case PLURAL: {
      const options = compileOptions(el.options, locales, formatters);
      if (options === undefined) return undefined;
      const offset = el.offset || 0;
      return (values) => {
        const value = numberOf(values, el.value);
        const exact = Object.hasOwn(options, `=${value}`) ? options[`=${value}`] : undefined;
        const part = exact ?? pick(options, formatters.getPluralRules(locales, { type: el.pluralType }).select(value - offset));
        return part(values, value - offset);
      };
    }
    default:
      return undefined;
  }
}

function compileElements(elements: readonly Element[], locales: string, formatters: Formatters): Part | undefined {
  const parts: Part[] = [];
  for (const el of elements) {
    const part = compileElement(el, locales, formatters);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  if (parts.length === 1) return parts[0];
  return (values, pound) => {
    let out = '';
    for (const part of parts) out += part(values, pound);
    return out;
  };
}

/**
 * The message's text for `values`, formatted directly; undefined for a message this path does not know. The function
 * throws `TO_LIBRARY` for values it leaves to intl-messageformat (and for no values at all).
 */
export function compileDirect(
  ast: readonly Element[],
  locales: string,
  formatters: Formatters,
): ((values: Values | undefined) => string) | undefined {
  const format = compileElements(ast, locales, formatters);
  if (format === undefined) return undefined;
  return (values) => {
    if (values === undefined) throw TO_LIBRARY;
    return format(values, undefined);
  };
}
