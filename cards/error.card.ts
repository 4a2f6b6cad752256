// Short Dutch error answers: onTurnError with its reference code, and a storage fault that recorded nothing.
import { z } from 'zod';
import { Locale } from '../rules/model.js';
import { prepareTemplate, type AdaptiveCardJson } from './render.js';
import { t } from './shared.js';
import tpl from './templates/error.card.json' with { type: 'json' };

export const ErrorCardData = z.object({
  locale: Locale.default('nl'),
  /** The code also written to the log, so support can find the error. */
  reference: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
  variant: z.enum(['error', 'storage']).default('error'),
});
export type ErrorCardInput = z.input<typeof ErrorCardData>;

interface ErrorView {
  title: string;
  text: string;
  reference: string;
}

export const errorTemplate = prepareTemplate<ErrorView>(tpl);

export function errorView(input: ErrorCardInput): ErrorView {
  const d = ErrorCardData.parse(input);
  const storage = d.variant === 'storage';
  return {
    title: t(d.locale, storage ? 'error.storageTitle' : 'error.title'),
    text: t(d.locale, storage ? 'error.storageText' : 'error.text'),
    reference: t(d.locale, 'error.reference', { ref: d.reference }),
  };
}

export function renderErrorCard(input: ErrorCardInput): AdaptiveCardJson {
  return errorTemplate.render(errorView(input));
}

export function renderStorageErrorCard(input: Omit<ErrorCardInput, 'variant'>): AdaptiveCardJson {
  return errorTemplate.render(errorView({ ...input, variant: 'storage' }));
}
