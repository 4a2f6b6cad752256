// Label lookup per locale and `{name}` placeholder filling.
import type { Locale } from '../../rules/model.js';
import { en, type Labels } from './en.js';
import { nl } from './nl.js';

export type { Labels };
export type LabelKey = keyof Labels;

export function labels(locale: Locale): Labels {
  return locale === 'en' ? en : nl;
}

/** Fills `{name}` placeholders; values are inserted as given (escape user text before). */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
