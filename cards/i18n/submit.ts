// Field names and validation errors of parseSubmit (cards/actions.ts) by id; the texts are in the catalog
// (rules/i18n "submit.field.<field>", "submit.error.<key>"), so Dutch and English cannot drift apart.
import { t } from '../../rules/i18n/index.js';
import type { Locale } from '../../rules/model.js';

/** Every input and data field a card submits. */
export const FIELD_NAMES = [
  'verb',
  'cardId',
  'name',
  'agb',
  'region',
  'subregion',
  'startQuarter',
  'normpraktijken',
  'gps',
  'firstInterventionStart',
  'funding',
  'year',
  'element',
  'nav',
  'selected',
  'justification',
  'id',
  'pressure',
  'teamSize',
  'question',
  'date',
  'minutes',
  'gpsPresent',
  'participants',
  'gpsAttending',
  'topic',
  'note',
  'metric',
  'from',
  'to',
  'value',
  'reason',
  'practiceId',
  'milestone',
  'by',
  'route',
  'intervention',
  'memberId',
  'frequency',
  'weekday',
  'hour',
] as const;
type FieldName = (typeof FIELD_NAMES)[number];

/** The errors a field can have; zod checks in cards/fields.ts and cards/actions.ts raise them by these names. */
export const ERROR_KEYS = [
  'required',
  'invalid',
  'tooLong',
  'agb',
  'normpraktijken',
  'gps',
  'date',
  'quarter',
  'choice',
  'intervention',
  'minutes',
  'gpsPresent',
  'participants',
  'gpsAttending',
  'count',
  'year',
  'period',
  'firstStart',
  'patientData',
  'unknownVerb',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

export function isErrorKey(key: string): key is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(key);
}
function isFieldName(key: string): key is FieldName {
  return (FIELD_NAMES as readonly string[]).includes(key);
}

export function fieldName(field: string, locale: Locale): string {
  return isFieldName(field) ? t(locale, `submit.field.${field}`) : field;
}
export function errorText(key: ErrorKey, locale: Locale): string {
  return t(locale, `submit.error.${key}`);
}
