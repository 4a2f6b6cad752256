// bot/'s own answers (errors, acknowledgements) by their short names; the texts are in the catalog (rules/i18n "bot.*").
import { format, type MessageKey as CatalogKey } from '../rules/i18n/index.js';
import type { Locale } from '../rules/model.js';

const KEYS = {
  storageError: 'bot.storageError',
  turnError: 'bot.turnError',
  doneTitle: 'bot.doneTitle',
  cardDone: 'bot.cardDone',
  turnSlow: 'bot.turnSlow',
} as const satisfies Record<string, CatalogKey>;

export type MessageKey = keyof typeof KEYS;

export function message(locale: Locale, key: MessageKey, values: Readonly<Record<string, string>> = {}): string {
  return format(locale, KEYS[key], values);
}
