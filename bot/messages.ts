// The few user-facing texts that belong to bot/ itself (errors, acknowledgements); dialogs keep their own.
import type { Locale } from '../rules/model.js';

const texts = {
  nl: {
    storageError: 'Opslaan of ophalen lukte niet, er is niets half vastgelegd. Probeer het zo opnieuw. (code {code})',
    turnError: 'Er ging iets mis aan mijn kant. Probeer het opnieuw; blijft het misgaan, geef dan code {code} door aan de beheerder.',
    doneTitle: 'Afgehandeld',
    cardDone: 'Deze kaart is afgehandeld; mijn antwoord staat hieronder.',
  },
  en: {
    storageError: 'Saving or loading failed; nothing was half-saved. Please try again shortly. (code {code})',
    turnError: 'Something went wrong on my side. Please try again; if it keeps happening, give code {code} to your administrator.',
    doneTitle: 'Done',
    cardDone: 'This card has been handled; my answer is below.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof texts)['nl'];

export function message(locale: Locale, key: MessageKey, values: Readonly<Record<string, string>> = {}): string {
  return texts[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
