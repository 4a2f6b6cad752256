// What a card button sends back: the pieces every verb's payload schema is built from (the schemas themselves live
// with their feature under dialogs/), and parsing a payload into a typed action or field errors in the user's language.
import * as z from 'zod';
import type { Locale } from '../rules/model.js';
import { err, wholeNumber } from './fields.js';
import { errorText, fieldName, isErrorKey } from './i18n/submit.js';
import type { Verb } from './verbs.js';

const cardId = z.uuid(err('invalid'));

/** A verb's payload: the verb, the id of the card instance (idempotency key) and the verb's own fields. */
export const act = <V extends Verb, S extends z.ZodRawShape>(verb: V, shape: S) => z.object({ verb: z.literal(verb), cardId, ...shape });

/** A programme year as a card sends it. */
export const programmeYearField = wholeNumber(1, 10, 'year');

export interface SubmitError {
  field: string;
  message: string;
}

export type Parsed<A> = { ok: true; action: A } | { ok: false; errors: SubmitError[] };

const JUSTIFICATION_PREFIX = 'justification:';
/** Input id of the justification field for a deepening of `id` on the choose-element card. */
export const justificationInputId = (id: string) => `${JUSTIFICATION_PREFIX}${id}`;

/** Moves `justification:<id>` inputs into one `justifications` record. */
function normalise(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const justifications: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(JUSTIFICATION_PREFIX)) justifications[key.slice(JUSTIFICATION_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return Object.keys(justifications).length > 0 ? { ...rest, justifications } : rest;
}

function message(field: string, key: string, locale: Locale): string {
  const name = field.startsWith(JUSTIFICATION_PREFIX)
    ? `${fieldName('justification', locale)} (${field.slice(JUSTIFICATION_PREFIX.length)})`
    : fieldName(field, locale);
  return `${name}: ${errorText(isErrorKey(key) ? key : 'invalid', locale)}`;
}

/** The error for a payload without a known verb (an old card, or not one of ours). */
export function unknownVerbError(locale: Locale): SubmitError {
  return { field: 'verb', message: message('verb', 'unknownVerb', locale) };
}

/** Parses a payload with its verb's schema: the typed action, or one error per field in the user's language. */
export function parsePayload<S extends z.ZodType>(schema: S, raw: Readonly<Record<string, unknown>>, locale: Locale): Parsed<z.output<S>> {
  const parsed = schema.safeParse(normalise(raw));
  if (parsed.success) return { ok: true, action: parsed.data };
  const errors: SubmitError[] = [];
  for (const issue of parsed.error.issues) {
    const [first, second] = issue.path;
    const field = first === 'justifications' && typeof second === 'string' ? justificationInputId(second) : String(first ?? 'verb');
    if (errors.some((e) => e.field === field)) continue;
    errors.push({ field, message: message(field, issue.message, locale) });
  }
  return { ok: false, errors };
}
