// The status messages of rules/status.ts, built from the catalog (rules/i18n, "status.*"). Dates as users write them
// (15-03-2025); numbers through ICU `{n, number}`, so Dutch gets a decimal comma (14,4).
import { formatDate } from './dates.js';
import { metricName, stateSentence, t } from './i18n/index.js';
import type { IsoDate, Locale, Metric, StatusState } from './model.js';

/** A rule set's own remark (Dutch data) as the tail of a Dutch message; English messages leave `{note}` out. */
const tail = (note: string | undefined): string => (note ? ` ${note}` : '');

export const statusMessages = {
  notStarted: (locale: Locale, start: IsoDate) => t(locale, 'status.notStarted', { date: formatDate(start) }),
  intervisieNoMinimum: (locale: Locale, rho: string, note?: string) => t(locale, 'status.intervisieNoMinimum', { rho, note: tail(note) }),
  intervisieCount: (
    locale: Locale,
    p: { year: number; value: number; target: number; skipped: number; due: IsoDate; state: StatusState; minMinutes?: number },
  ) =>
    t(locale, 'status.intervisieCount', {
      year: p.year,
      value: p.value,
      target: p.target,
      skipped: p.skipped,
      minMinutes: p.minMinutes ?? 0,
      due: formatDate(p.due),
      state: stateSentence(p.state, locale),
    }),
  firstMissingStart: (locale: Locale, months: number) => t(locale, 'status.firstMissingStart', { months }),
  first: (locale: Locale, p: { due: IsoDate; state: StatusState; held?: IsoDate }) =>
    p.held
      ? t(locale, 'status.firstHeld', { due: formatDate(p.due), held: formatDate(p.held), state: stateSentence(p.state, locale) })
      : t(locale, 'status.first', { due: formatDate(p.due), state: stateSentence(p.state, locale) }),
  noPlanDeadline: (locale: Locale, rho: string) => t(locale, 'status.noPlanDeadline', { rho }),
  planDeadline: (locale: Locale, p: { due: IsoDate; state: StatusState; submitted?: IsoDate; note?: string }) =>
    p.submitted
      ? t(locale, 'status.planSubmitted', {
          due: formatDate(p.due),
          submitted: formatDate(p.submitted),
          state: stateSentence(p.state, locale),
        })
      : t(locale, 'status.planDeadline', { due: formatDate(p.due), state: stateSentence(p.state, locale), note: tail(p.note) }),
  threshold: (
    locale: Locale,
    p: {
      metric: Metric;
      year: number;
      value?: number;
      target: number;
      perNp?: { base: number; np: number };
      due: IsoDate;
      state: StatusState;
      note?: string;
    },
  ) =>
    t(locale, 'status.threshold', {
      metric: metricName(p.metric, locale),
      year: p.year,
      logged: p.value !== undefined,
      value: p.value ?? 0,
      target: p.target,
      perNp: p.perNp !== undefined,
      base: p.perNp?.base ?? 0,
      np: p.perNp?.np ?? 1,
      due: formatDate(p.due),
      state: stateSentence(p.state, locale),
      note: tail(p.note),
    }),
};
