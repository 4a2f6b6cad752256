// Zod issues as `path: message` lines that name the bad field, with messages in the user's language.
import type { z } from 'zod';
import type { Locale } from '../model.js';

export interface FieldIssue {
  path: string;
  message: string;
}

/** Same notation as rules/sets `issuePath` (`years[1].interventions[0].id`), without loading the rule sets. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const typeNl: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'true of false',
  object: 'object',
  array: 'lijst',
  null: 'null',
  undefined: 'niets',
};
const nlType = (t: string): string => typeNl[t] ?? t;

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** Dutch texts for zod's built-in checks; schema-level messages (e.g. IsoDate's) take precedence over this map. */
function dutch(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'ontbreekt (verplicht veld)';
      return `verwacht ${nlType(issue.expected)}, niet ${nlType(kindOf(issue.input))}`;
    case 'invalid_value':
      return `onbekende waarde ${JSON.stringify(issue.input)}; kies uit ${issue.values.map(String).join(', ')}`;
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'array') return `minimaal ${n} item(s)`;
      if (issue.origin === 'string') return n === '1' ? 'mag niet leeg zijn' : `minimaal ${n} tekens`;
      return issue.inclusive === false ? `moet groter zijn dan ${n}` : `moet minimaal ${n} zijn`;
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'array') return `maximaal ${n} item(s)`;
      if (issue.origin === 'string') return `maximaal ${n} tekens`;
      return issue.inclusive === false ? `moet kleiner zijn dan ${n}` : `mag hoogstens ${n} zijn`;
    }
    case 'invalid_format':
      return `ongeldig formaat (${issue.format})`;
    case 'not_multiple_of':
      return `moet een veelvoud zijn van ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'onbekend veld';
    case 'invalid_union':
      if (!issue.discriminator) return 'past bij geen van de toegestane vormen';
      return `onbekende of ontbrekende ${issue.discriminator}; kies uit ${('options' in issue && Array.isArray(issue.options) ? issue.options : []).map(String).join(', ')}`;
    default:
      return undefined;
  }
}

// The shared model states a few messages in Dutch at the schema level; English users get them translated.
const toEnglish: Record<string, string> = {
  'verwacht een datum als JJJJ-MM-DD': 'expected a date as YYYY-MM-DD',
  'geen bestaande datum': 'not an existing date',
};

export type Validation<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

export function validate<S extends z.ZodType>(schema: S, data: unknown, locale: Locale): Validation<z.output<S>> {
  const result = schema.safeParse(data, locale === 'nl' ? { error: dutch } : undefined);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.flatMap((issue): FieldIssue[] => {
    const message = locale === 'en' ? (toEnglish[issue.message] ?? issue.message) : issue.message;
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
