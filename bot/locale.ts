// One place that decides the user's language (PRODUCT.md: Dutch by default, English when the client is English).
import type { Activity } from 'botbuilder';
import type { Locale } from '../rules/model.js';

export function localeOf(activity: Pick<Partial<Activity>, 'locale'>): Locale {
  return typeof activity.locale === 'string' && activity.locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
