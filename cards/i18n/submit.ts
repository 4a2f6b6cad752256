// Field names and validation messages for parseSubmit, Dutch and English side by side so neither can go missing.
import type { Locale } from '../../rules/model.js';

type Both = { readonly nl: string; readonly en: string };

export const FIELD_NAMES = {
  verb: { nl: 'Actie', en: 'Action' },
  cardId: { nl: 'Kaart', en: 'Card' },
  name: { nl: 'Naam praktijk', en: 'Practice name' },
  agb: { nl: 'AGB-code', en: 'AGB code' },
  region: { nl: 'Regio', en: 'Region' },
  subregion: { nl: 'Subregio', en: 'Subregion' },
  startQuarter: { nl: 'Startkwartaal MTVP', en: 'MTVP start quarter' },
  normpraktijken: { nl: 'Normpraktijken', en: 'Normpraktijken (standard practices)' },
  gps: { nl: 'Aantal huisartsen', en: 'Number of GPs' },
  firstInterventionStart: { nl: 'Start eerste interventie', en: 'Start of first intervention' },
  funding: { nl: 'Financiering elders', en: 'Funding received elsewhere' },
  year: { nl: 'Programmajaar', en: 'Programme year' },
  element: { nl: 'Kernelement', en: 'Core element' },
  nav: { nl: 'Stap', en: 'Step' },
  selected: { nl: 'Interventies', en: 'Interventions' },
  justification: { nl: 'Onderbouwing verdieping', en: 'Justification of the deepening' },
  id: { nl: 'Interventie', en: 'Intervention' },
  pressure: { nl: 'Waar zit de druk', en: 'Where is the pressure' },
  teamSize: { nl: 'Teamgrootte', en: 'Team size' },
  question: { nl: 'Vraag', en: 'Question' },
  date: { nl: 'Datum', en: 'Date' },
  minutes: { nl: 'Duur (minuten)', en: 'Duration (minutes)' },
  gpsPresent: { nl: 'Aanwezige huisartsen', en: 'GPs present' },
  participants: { nl: 'Deelnemers', en: 'Participants' },
  topic: { nl: 'Onderwerp', en: 'Topic' },
  note: { nl: 'Notitie', en: 'Note' },
  metric: { nl: 'Wat tel je', en: 'What you count' },
  from: { nl: 'Periode vanaf', en: 'Period from' },
  to: { nl: 'Periode tot en met', en: 'Period to' },
  value: { nl: 'Aantal', en: 'Count' },
  reason: { nl: 'Reden', en: 'Reason' },
  practiceId: { nl: 'Praktijk', en: 'Practice' },
} satisfies Record<string, Both>;
export type FieldName = keyof typeof FIELD_NAMES;

export const ERROR_TEXTS = {
  required: { nl: 'vul dit in.', en: 'please fill this in.' },
  invalid: { nl: 'deze waarde klopt niet.', en: 'this value is not valid.' },
  tooLong: { nl: 'de tekst is te lang.', en: 'the text is too long.' },
  agb: { nl: 'vul 8 cijfers in.', en: 'enter 8 digits.' },
  normpraktijken: { nl: 'vul een getal tussen 0,1 en 10 in (bijv. 1,2).', en: 'enter a number between 0.1 and 10 (e.g. 1.2).' },
  gps: { nl: 'vul een heel getal tussen 1 en 50 in.', en: 'enter a whole number between 1 and 50.' },
  date: { nl: 'vul een bestaande datum in als dd-mm-jjjj.', en: 'enter an existing date as dd-mm-yyyy.' },
  quarter: { nl: 'kies een kwartaal uit de lijst.', en: 'choose a quarter from the list.' },
  choice: { nl: 'kies een waarde uit de lijst.', en: 'choose a value from the list.' },
  intervention: { nl: 'onbekende interventie.', en: 'unknown intervention.' },
  minutes: { nl: 'vul een heel aantal minuten tussen 30 en 480 in.', en: 'enter whole minutes between 30 and 480.' },
  gpsPresent: { nl: 'vul een heel getal van 0 of meer in.', en: 'enter a whole number of 0 or more.' },
  participants: { nl: 'vul een heel getal van 1 tot 100 in, minstens het aantal aanwezige huisartsen.', en: 'enter a whole number from 1 to 100, at least the number of GPs present.' },
  count: { nl: 'vul een heel getal van 0 tot 100.000 in.', en: 'enter a whole number from 0 to 100,000.' },
  year: { nl: 'vul een programmajaar van 1 tot 10 in.', en: 'enter a programme year from 1 to 10.' },
  period: { nl: 'de einddatum ligt vóór de begindatum.', en: 'the end date is before the start date.' },
  patientData: {
    nl: 'dit lijkt op patiëntgegevens (een BSN of geboortedatum). Laat die weg: de assistent bewaart geen patiëntgegevens.',
    en: 'this looks like patient data (a BSN or date of birth). Leave it out: the assistant stores no patient data.',
  },
  unknownVerb: { nl: 'deze knop ken ik niet (meer).', en: 'I do not know this button (any more).' },
} satisfies Record<string, Both>;
export type ErrorKey = keyof typeof ERROR_TEXTS;

export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(ERROR_TEXTS, key);
}
export function isFieldName(key: string): key is FieldName {
  return Object.hasOwn(FIELD_NAMES, key);
}

export function fieldName(field: string, locale: Locale): string {
  return isFieldName(field) ? FIELD_NAMES[field][locale] : field;
}
export function errorText(key: ErrorKey, locale: Locale): string {
  return ERROR_TEXTS[key][locale];
}
