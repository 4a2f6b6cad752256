// Lookup of dialogs/' own texts in the user's language.
import { fill } from '../cards/i18n/index.js';
import type { Locale } from '../rules/model.js';
import { en } from './messages.en.js';
import { nl, type MessageKey } from './messages.nl.js';

export type { MessageKey };

export function msg(locale: Locale, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(locale === 'en' ? en[key] : nl[key], values);
}
