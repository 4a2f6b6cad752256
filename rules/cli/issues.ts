// Zod issues as `path: message` lines that name the bad field, with messages in the user's language (rules/i18n).
import type { z } from 'zod';
import { issueMessage, t, type PlainKey } from '../i18n/index.js';
import type { Locale } from '../model.js';

export interface FieldIssue {
  path: string;
  message: string;
}

/** Same notation as rules/sets `issuePath` (`years[1].interventions[0].id`), without loading the rule sets. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TYPE_KEYS: Readonly<Record<string, PlainKey>> = {
  string: 'cli.type.string',
  number: 'cli.type.number',
  int: 'cli.type.int',
  boolean: 'cli.type.boolean',
  object: 'cli.type.object',
  array: 'cli.type.array',
  null: 'cli.type.null',
  undefined: 'cli.type.undefined',
};

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** The catalog's texts for zod's built-in checks; schema-level messages (IsoDate's catalog keys) take precedence. */
function localized(issue: RawIssue, locale: Locale): string | undefined {
  const typeName = (type: string): string => {
    const key = TYPE_KEYS[type];
    return key === undefined ? type : t(locale, key);
  };
  const n = (value: number | bigint): number => Number(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t(locale, 'cli.issue.missing');
      return t(locale, 'cli.issue.type', { expected: typeName(issue.expected), received: typeName(kindOf(issue.input)) });
    case 'invalid_value':
      return t(locale, 'cli.issue.value', { value: JSON.stringify(issue.input), options: issue.values.map(String).join(', ') });
    case 'too_small':
      if (issue.origin === 'array') return t(locale, 'cli.issue.minItems', { n: n(issue.minimum) });
      if (issue.origin === 'string')
        return n(issue.minimum) === 1 ? t(locale, 'cli.issue.notEmpty') : t(locale, 'cli.issue.minChars', { n: String(issue.minimum) });
      return t(locale, issue.inclusive === false ? 'cli.issue.greaterThan' : 'cli.issue.atLeast', { n: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array') return t(locale, 'cli.issue.maxItems', { n: n(issue.maximum) });
      if (issue.origin === 'string') return t(locale, 'cli.issue.maxChars', { n: String(issue.maximum) });
      return t(locale, issue.inclusive === false ? 'cli.issue.lessThan' : 'cli.issue.atMost', { n: String(issue.maximum) });
    case 'invalid_format':
      return t(locale, 'cli.issue.format', { format: issue.format });
    case 'not_multiple_of':
      return t(locale, 'cli.issue.multipleOf', { n: String(issue.divisor) });
    case 'unrecognized_keys':
      return t(locale, 'cli.issue.unknownKey');
    case 'invalid_union':
      if (!issue.discriminator) return t(locale, 'cli.issue.noUnionMatch');
      return t(locale, 'cli.issue.discriminator', {
        discriminator: issue.discriminator,
        options: ('options' in issue && Array.isArray(issue.options) ? issue.options : []).map(String).join(', '),
      });
    default:
      return undefined;
  }
}

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

export function validate<S extends z.ZodType>(schema: S, data: unknown, locale: Locale): Validation<z.output<S>> {
  const result = schema.safeParse(data, { error: (issue) => localized(issue, locale) });
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.flatMap((issue): FieldIssue[] => {
    // The model and the rule-set schema name their own messages by catalog key (IsoDate, RuleSet).
    const message = issueMessage(locale, issue.message, issue.code === 'custom' ? issue.params : undefined);
    // An unknown key is reported on its parent; name the key itself so the path points at the bad field.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: fieldPath([...issue.path, key]), message }));
    }
    return [{ path: fieldPath(issue.path), message }];
  });
  // One message per field: a malformed date would otherwise also be reported as a day that does not exist.
  const seen = new Set<string>();
  return { ok: false, issues: issues.filter((i) => !seen.has(i.path) && seen.add(i.path)) };
}
