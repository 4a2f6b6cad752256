// The catalog (rules/i18n): both languages have the same keys, every message parses as ICU and formats with its
// arguments, the argument types `t()` checks match what the ICU parser reads, and Dutch formats numbers as Dutch.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileDirect, TO_LIBRARY } from '../../rules/i18n/direct-format.js';
import { en } from '../../rules/i18n/en.js';
import { createFormatters } from '../../rules/i18n/formatters.js';
import { CATALOGS, format, LOCALE_TAGS, metricName, orList, t, type MessageKey } from '../../rules/i18n/index.js';
import { nl } from '../../rules/i18n/nl.js';
import { METRICS, type Locale } from '../../rules/model.js';

const KEYS = Object.keys(nl) as MessageKey[];
const LOCALES: readonly Locale[] = ['nl', 'en'];

/** The parser's element kinds (@formatjs/icu-messageformat-parser TYPE). */
const KIND = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;
interface Element {
  type: number;
  value?: unknown;
  options?: Record<string, { value: Element[] }>;
}
type ArgKind = 'simple' | 'number' | 'select';

/** What intl-messageformat itself formats, without the catalog's compiled messages. */
function reference(source: string, locale: Locale, values: Readonly<Record<string, unknown>>): string {
  const out: unknown = new IntlMessageFormat(source, LOCALE_TAGS[locale], undefined, { ignoreTag: true }).format(
    values as Record<string, string>,
  );
  return String(out);
}

const ast = (source: string, locale: Locale): Element[] =>
  new IntlMessageFormat(source, LOCALE_TAGS[locale], undefined, { ignoreTag: true }).getAst() as Element[];

/** rules/i18n/direct-format.ts for a message, failing the test when the message is not compiled. */
function direct(source: string, locale: Locale): (values: Readonly<Record<string, string | number | boolean>>) => string {
  const parsed = new IntlMessageFormat(source, LOCALE_TAGS[locale], undefined, { ignoreTag: true }).getAst();
  const format = compileDirect(parsed, LOCALE_TAGS[locale], createFormatters());
  if (format === undefined) throw new Error(`not compiled: ${source}`);
  return format;
}

/** What `format` throws, or undefined. */
function thrown(format: () => unknown): unknown {
  try {
    format();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Every argument of a message with its kind, as the ICU parser reads it. */
function parsedArgs(elements: readonly Element[], out = new Map<string, ArgKind>()): Map<string, ArgKind> {
  for (const el of elements) {
    const name = typeof el.value === 'string' ? el.value : undefined;
    if (name !== undefined && el.type === KIND.argument && !out.has(name)) out.set(name, 'simple');
    if (name !== undefined && (el.type === KIND.number || el.type === KIND.plural)) out.set(name, 'number');
    if (name !== undefined && el.type === KIND.select) out.set(name, 'select');
    for (const option of Object.values(el.options ?? {})) parsedArgs(option.value, out);
  }
  return out;
}

/** The same walk rules/i18n/args.ts makes on the type level, so `t()`'s checks can be compared with the parser. */
function conventionArgs(source: string): Map<string, ArgKind> {
  const out = new Map<string, ArgKind>();
  const isName = (s: string) => s !== '' && !/[ #{},'\n=]/.test(s);
  let rest = source;
  for (let open = rest.indexOf('{'); open >= 0; open = rest.indexOf('{')) {
    rest = rest.slice(open + 1);
    const close = rest.indexOf('}');
    const comma = rest.indexOf(',');
    if (close >= 0 && isName(rest.slice(0, close))) {
      const name = rest.slice(0, close);
      if (!out.has(name)) out.set(name, 'simple');
      rest = rest.slice(close + 1);
    } else if (comma >= 0 && isName(rest.slice(0, comma))) {
      const kind = rest.slice(comma + 1).trimStart();
      out.set(rest.slice(0, comma), /^(number|plural|selectordinal)/.test(kind) ? 'number' : /^select/.test(kind) ? 'select' : 'simple');
      rest = rest.slice(comma + 1);
    }
  }
  return out;
}

/** Select options and plural categories reachable from the message, to format every branch once. */
function selectOptions(elements: readonly Element[], out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const el of elements) {
    if (el.type === KIND.select && typeof el.value === 'string') {
      const options = out.get(el.value) ?? new Set<string>();
      for (const key of Object.keys(el.options ?? {})) options.add(key);
      out.set(el.value, options);
    }
    for (const option of Object.values(el.options ?? {})) selectOptions(option.value, out);
  }
  return out;
}

const marker = (name: string) => `«${name}»`;

/** Values for every argument: a recognisable marker for text, numbers that reach one, two and "other" forms. */
function sampleValues(args: Map<string, ArgKind>, selects: Map<string, Set<string>>, count: number, choice: number) {
  const values: Record<string, string | number | boolean> = {};
  for (const [name, kind] of args) {
    if (kind === 'simple') values[name] = marker(name);
    else if (kind === 'number') values[name] = count;
    else {
      const options = [...(selects.get(name) ?? new Set(['other']))];
      const option = options[choice % options.length] ?? 'other';
      values[name] = option === 'true' ? true : option === 'false' ? false : option;
    }
  }
  return values;
}

describe('one catalog per language (issue 8)', () => {
  it('nl and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
  });

  it('keys are in one style: dotted lower-camel segments, ids as they are spelt', () => {
    for (const key of KEYS) expect(key, key).toMatch(/^[a-z][a-zA-Z]*(\.[a-z0-9][a-zA-Z0-9-]*)+$/);
  });

  it('no message is empty or has stray whitespace', () => {
    for (const locale of LOCALES)
      for (const key of KEYS) expect(CATALOGS[locale][key].trim(), `${locale} ${key}`).toBe(CATALOGS[locale][key]);
  });
});

describe.each(LOCALES)('every %s message', (locale) => {
  it.each(KEYS)('%s parses, and formats with its arguments in every branch', (key) => {
    const source = CATALOGS[locale][key];
    const elements = ast(source, locale);
    const dutchArgs = parsedArgs(ast(nl[key], 'nl'));
    const args = parsedArgs(elements);
    // An English message may leave a Dutch argument out (a rule set's Dutch note), never add one.
    for (const [name, kind] of args) expect(dutchArgs.get(name), `${key}: ${name}`).toBe(kind);
    // `t()` types its values from the Dutch text with the convention of rules/i18n/args.ts: it must match the parser.
    if (locale === 'nl') expect(conventionArgs(source)).toEqual(args);

    const selects = selectOptions(elements);
    const rounds = Math.max(1, ...[...selects.values()].map((s) => s.size));
    const outputs: string[] = [];
    // Every message with ICU syntax is formatted by rules/i18n/direct-format.ts, with intl-messageformat's text.
    const directly = /[{}]|''/.test(source) ? direct(source, locale) : () => source;
    for (const count of [0, 1, 2, 7]) {
      for (let choice = 0; choice < rounds; choice += 1) {
        const values = sampleValues(dutchArgs, selects, count, choice);
        const out = t(locale, key, values as never);
        expect(out, key).not.toMatch(/[{}]/);
        expect(out, key).toBe(reference(source, locale, values));
        expect(directly(values as Record<string, string | number | boolean>), key).toBe(out);
        outputs.push(out);
      }
    }
    // Every text argument shows somewhere (an apostrophe next to a brace would quote it away).
    for (const [name, kind] of args) if (kind === 'simple') expect(outputs.join('\n'), `${key}: ${name}`).toContain(marker(name));
  });
});

describe('formatting', () => {
  it('writes Dutch numbers with a decimal comma and English ones with a point', () => {
    expect(t('nl', 'status.value', { value: 14.4, target: 1200, reached: false })).toBe('14,4 van 1.200');
    expect(t('en', 'status.value', { value: 14.4, target: 1200, reached: false })).toBe('14.4 of 1,200');
    expect(t('nl', 'counts.progress', { value: 5, target: 14.444, reached: false })).toBe('5 van 14,44 dit jaar');
  });

  it('issue 13 §8: counts read naturally, also past the target, and "op schema" says what is expected by now', () => {
    expect(t('nl', 'status.value', { value: 3, target: 2, reached: true })).toBe('3, minimaal 2 ✅');
    expect(t('nl', 'status.expected', { expected: 4, target: 12 })).toBe('op schema: 4 van de 12 verwacht tot nu');
    expect(t('en', 'status.expected', { expected: 4, target: 12 })).toBe('on schedule: 4 of the 12 expected by now');
    expect(t('nl', 'counts.progress', { value: 15, target: 12, reached: true })).toBe('15 dit jaar, minimaal 12 ✅');
    expect(
      t('nl', 'status.intervisieCount', { year: 1, value: 3, target: 2, skipped: 0, minMinutes: 0, due: '31-12-2024', state: 'Gehaald.' }),
    ).toBe('Intervisie jaar 1: 3 sessies, minimaal 2, uiterlijk 31-12-2024. Gehaald.');
  });

  it('chooses plural forms', () => {
    expect(t('nl', 'intervisie.count', { done: 1, required: 1, reached: true })).toBe('1 sessie dit programmajaar, minimaal 1 ✅');
    expect(t('nl', 'intervisie.count', { done: 3, required: 2, reached: true })).toBe('3 sessies dit programmajaar, minimaal 2 ✅');
    expect(t('nl', 'intervisie.count', { done: 1, required: 2, reached: false })).toBe('1 sessie dit programmajaar, minimaal 2');
    expect(t('en', 'intervisie.hint', { gps: 1 })).toBe('Your practice has 1 GP.');
    expect(t('nl', 'cli.invalidFiles', { count: 2 })).toBe('2 regelsetbestanden ongeldig');
  });

  it('lists alternatives in each language’s own style', () => {
    expect(orList('nl', ['A', 'B', 'C'])).toBe('A, B of C');
    expect(orList('en', ['A', 'B'])).toBe('A or B');
  });

  it('caches compiled messages: formatting twice gives the same text', () => {
    const values = {
      metric: 'x',
      period: 'jaar 1 (01-07-2024 t/m 30-06-2025)',
      logged: true,
      value: 5,
      target: 14.4,
      perNp: true,
      base: 12,
      np: 1.2,
      state: 'Op koers.',
      note: '',
    };
    expect(t('nl', 'status.threshold', values)).toBe(t('nl', 'status.threshold', values));
    expect(t('nl', 'status.threshold', values)).toBe(
      'x, jaar 1 (01-07-2024 t/m 30-06-2025): 5 van 14,4 (12 per normpraktijk × 1,2). Op koers.',
    );
  });

  it('a value the direct path does not take goes to intl-messageformat, with its text or its error', () => {
    // "De gegevens van {name} zijn bijgewerkt.": a boolean is intl-messageformat's to format; a missing value its to refuse.
    const key = 'link.updated' as MessageKey;
    expect(CATALOGS.nl[key]).toMatch(/\{name\}/);
    expect(thrown(() => direct(CATALOGS.nl[key], 'nl')({ name: false }))).toBe(TO_LIBRARY);
    expect(format('nl', key, { name: false })).toBe(reference(CATALOGS.nl[key], 'nl', { name: false }));
    expect(format('nl', key, { name: 12 })).toBe(reference(CATALOGS.nl[key], 'nl', { name: 12 }));
    expect(() => format('nl', key, {})).toThrow(/name/);
  });

  it.each([
    ['a plural of a string', '{n, plural, one {# dag} other {# dagen}}', { n: '3' }],
    ['a number of a string', '{n, number}', { n: '3' }],
    ['a missing value', '{n, plural, one {# dag} other {# dagen}}', {}],
  ])('leaves %s to intl-messageformat', (_, source, values) => {
    expect(thrown(() => direct(source, 'nl')(values))).toBe(TO_LIBRARY);
  });

  it.each([
    ['exact plural matches before categories', '{n, plural, =0 {geen} one {# sessie} other {# sessies}}', [0, 1, 2, 1000]],
    ['an offset', '{n, plural, offset:1 =0 {niemand} =1 {jij} one {jij en # ander} other {jij en # anderen}}', [0, 1, 2, 5]],
    ['# outside the plural and inside a select in it', '# {n, plural, other {{k, select, a {# a} other {#}}}}', [3]],
    ['a number skeleton and Dutch grouping', '{n, number, ::.##} van {n, number}', [1234.567, 0.5]],
  ])('formats %s as intl-messageformat does', (_, source, numbers) => {
    for (const n of numbers)
      for (const locale of LOCALES) {
        const values = { n, k: 'a' };
        expect(direct(source, locale)(values)).toBe(reference(source, locale, values));
      }
  });

  it('gives every metric a name in both languages', () => {
    for (const m of METRICS) for (const locale of LOCALES) expect(metricName(m, locale).length).toBeGreaterThan(3);
  });
});
