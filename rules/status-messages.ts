// Status texts (nl/en). Dates as users write them (15-03-2025); numbers with a Dutch decimal comma.
import { formatDate } from './dates.js';
import type { IsoDate, Locale, Metric, StatusState } from './model.js';

export const METRIC_NAMES: Readonly<Record<Metric, { nl: string; en: string }>> = {
  'wor-referrals': { nl: 'Verwijzingen Welzijn op Recept', en: 'Social prescribing referrals' },
  'network-patients': { nl: 'Patiënten ingebracht in het netwerk', en: 'Patients brought into the network' },
  'video-consults': { nl: 'Beeldbelgesprekken', en: 'Video consultations' },
  'selfmeasurement-patients': { nl: 'Patiënten met zelfmetingen', en: 'Patients with home measurements' },
  'frequent-attender-plans': { nl: 'Plannen van aanpak veelgebruikers', en: 'Frequent-attender plans' },
  'soh-hours-per-week': { nl: 'SOH-spreekuur (uur per week)', en: 'SOH clinic (hours per week)' },
  meekijkconsults: { nl: 'Meekijkconsulten', en: 'Specialist advice consultations' },
  'welfare-meetings': { nl: 'Overleggen met de welzijnsorganisatie', en: 'Meetings with the welfare organisation' },
};

export function num(n: number, locale: Locale): string {
  const rounded = Math.round(n * 100) / 100;
  return locale === 'en' ? String(rounded) : String(rounded).replace('.', ',');
}

const STATE: Record<StatusState, { nl: string; en: string }> = {
  met: { nl: 'Gehaald.', en: 'Met.' },
  'on-track': { nl: 'Op koers.', en: 'On track.' },
  'at-risk': { nl: 'Let op: achter op schema.', en: 'Behind schedule.' },
  missed: { nl: 'Niet gehaald.', en: 'Missed.' },
  'not-applicable': { nl: 'Niet van toepassing.', en: 'Not applicable.' },
};

export function stateText(s: StatusState, locale: Locale): string {
  return STATE[s][locale];
}

export const statusMessages = {
  notStarted: (locale: Locale, start: IsoDate) =>
    locale === 'en' ? `MTVP starts on ${formatDate(start)}.` : `MTVP begint op ${formatDate(start)}.`,
  intervisieNoMinimum: (locale: Locale, rho: string, note?: string) =>
    locale === 'en'
      ? `Intervisie is required; ${rho} sets no minimum number of sessions.`
      : `Intervisie is verplicht; ${rho} noemt geen minimum aantal sessies.${note ? ` ${note}` : ''}`,
  intervisieCount: (locale: Locale, p: { year: number; value: number; target: number; skipped: number; due: IsoDate; state: StatusState; minMinutes?: number }) =>
    locale === 'en'
      ? `Intervisie year ${p.year}: ${p.value} of ${p.target} sessions by ${formatDate(p.due)}.${p.skipped ? ` ${p.skipped} did not count (shorter than ${p.minMinutes ?? 0} minutes or not all GPs present).` : ''} ${stateText(p.state, locale)}`
      : `Intervisie jaar ${p.year}: ${p.value} van ${p.target} sessies, uiterlijk ${formatDate(p.due)}.${p.skipped ? ` ${p.skipped} telde(n) niet mee (korter dan ${p.minMinutes ?? 0} minuten of niet alle huisartsen aanwezig).` : ''} ${stateText(p.state, locale)}`,
  firstMissingStart: (locale: Locale, months: number) =>
    locale === 'en'
      ? `Enter the date your first intervention started: the first intervisie is due within ${months} months of it.`
      : `Vul de startdatum van de eerste interventie in: de eerste intervisie moet binnen ${months} maanden daarna.`,
  first: (locale: Locale, p: { due: IsoDate; state: StatusState; held?: IsoDate }) =>
    locale === 'en'
      ? `First intervisie due by ${formatDate(p.due)}${p.held ? `; held on ${formatDate(p.held)}` : ''}. ${stateText(p.state, locale)}`
      : `Eerste intervisie uiterlijk ${formatDate(p.due)}${p.held ? `; gehouden op ${formatDate(p.held)}` : ''}. ${stateText(p.state, locale)}`,
  noPlanDeadline: (locale: Locale, rho: string) =>
    locale === 'en' ? `${rho} sets no deadline for the praktijkplan.` : `${rho} noemt geen termijn voor het praktijkplan.`,
  planDeadline: (locale: Locale, p: { due: IsoDate; state: StatusState; submitted?: IsoDate; note?: string }) =>
    locale === 'en'
      ? `Praktijkplan due by ${formatDate(p.due)}${p.submitted ? `; submitted on ${formatDate(p.submitted)}` : ''}. ${stateText(p.state, locale)}`
      : `Praktijkplan indienen uiterlijk ${formatDate(p.due)}${p.submitted ? `; ingediend op ${formatDate(p.submitted)}` : ''}. ${stateText(p.state, locale)}${p.note && !p.submitted ? ` ${p.note}` : ''}`,
  threshold: (locale: Locale, p: { metric: Metric; year: number; value?: number; target: number; perNp?: { base: number; np: number }; due: IsoDate; state: StatusState; note?: string }) => {
    const name = METRIC_NAMES[p.metric][locale];
    const scale = p.perNp ? (locale === 'en' ? ` (${num(p.perNp.base, locale)} per normpraktijk × ${num(p.perNp.np, locale)})` : ` (${num(p.perNp.base, locale)} per normpraktijk × ${num(p.perNp.np, locale)})`) : '';
    const value = p.value === undefined ? (locale === 'en' ? 'nothing logged' : 'nog niets gelogd') : num(p.value, locale);
    return locale === 'en'
      ? `${name}, year ${p.year}: ${value} of ${num(p.target, locale)}${scale}, period ends ${formatDate(p.due)}. ${stateText(p.state, locale)}`
      : `${name}, jaar ${p.year}: ${value} van ${num(p.target, locale)}${scale}, periode t/m ${formatDate(p.due)}. ${stateText(p.state, locale)}${p.note ? ` ${p.note}` : ''}`;
  },
};
