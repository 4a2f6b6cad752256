// One place that decides the user's language (PRODUCT.md: Dutch by default, English when the client is English).
import type { Activity } from 'botbuilder';
import type { Locale } from '../rules/model.js';
import type { LanguagePolicy } from './config.js';

export function localeOf(activity: Pick<Partial<Activity>, 'locale'>): Locale {
  return typeof activity.locale === 'string' && activity.locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

const FIXED_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-US' };

/**
 * Applies the configured language policy to the incoming activity once, before any handler reads it, so
 * every part of the bot (and dialogs/) keeps reading `activity.locale` through localeOf.
 */
export function applyLanguagePolicy(activity: Pick<Partial<Activity>, 'locale'>, policy: LanguagePolicy): void {
  if (policy !== 'auto') activity.locale = FIXED_LOCALE[policy];
}
