// The status messages of rules/status.ts, built from the catalog (rules/i18n, "status.*"). Dates as users write them
// (15-03-2025); numbers through ICU `{n, number}`, so Dutch gets a decimal comma (14,4).
import { formatDate } from './dates.js';
import { interventionName, metricName, stateSentence, t } from './i18n/index.js';
import type { IsoDate, Locale, Metric, StatusPeriod, StatusState } from './model.js';

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
      period: StatusPeriod;
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
      period: periodText(locale, p.period),
      logged: p.value !== undefined,
      value: p.value ?? 0,
      target: p.target,
      perNp: p.perNp !== undefined,
      base: p.perNp?.base ?? 0,
      np: p.perNp?.np ?? 1,

      state: stateSentence(p.state, locale),
      note: tail(p.note),
    }),
  intervisieImplied: (locale: Locale, p: { year: number; value: number; due: IsoDate; state: StatusState; rho: string; note?: string }) =>
    t(locale, 'status.intervisieImplied', {
      year: p.year,
      value: p.value,
      due: formatDate(p.due),
      state: stateSentence(p.state, locale),
      rho: p.rho,
      note: tail(p.note),
    }),
  intervisieBehind: (locale: Locale, p: { target: number; gps: string[] }) =>
    t(locale, 'status.intervisieBehind', { target: p.target, gps: p.gps.join(', ') }),
  chooseRoute: (locale: Locale, p: { metric: Metric; intervention: string; route: string; routes: string[] }) =>
    t(locale, 'status.chooseRoute', {
      metric: metricName(p.metric, locale),
      intervention: interventionName(p.intervention, locale),
      route: p.route,
      routes: p.routes.join(' / '),
    }),
};

/** "jaar 2", "12 maanden t/m 31-03-2025", "hele programma vanaf 01-01-2024", "01-01-2025 t/m 31-12-2025". */
export function periodText(locale: Locale, p: StatusPeriod): string {
  const from = formatDate(p.from);
  const to = formatDate(p.to);
  switch (p.kind) {
    case 'programme-year':
      return t(locale, 'status.period.programmeYear', { year: p.year ?? 0, from, to });
    case 'rolling-12-months':
      return t(locale, 'status.period.rolling', { from, to });
    case 'programme':
      return t(locale, 'status.period.programme', { from, to });
    case 'calendar-year':
      return t(locale, 'status.period.calendarYear', { from, to });
  }
}

/** The messages of rules/status-milestones.ts ("milestone.*"); `{note}` is the rule set's Dutch remark. */
export const milestoneMessages = {
  dated: (locale: Locale, p: { name: string; year?: number; due: IsoDate; done?: IsoDate; state: StatusState; note?: string }) =>
    t(locale, p.done ? 'milestone.done' : 'milestone.open', {
      name: p.name,
      year: p.year ?? 0,
      due: formatDate(p.due),
      done: p.done ? formatDate(p.done) : '',
      state: stateSentence(p.state, locale),
      note: tail(p.note),
    }),
  evidence: (
    locale: Locale,
    p: {
      name: string;
      due: IsoDate;
      done?: IsoDate | undefined;
      validUntil?: IsoDate | undefined;
      expired: boolean;
      state: StatusState;
      note?: string | undefined;
    },
  ) =>
    !p.done
      ? t(locale, 'milestone.evidenceOpen', {
          name: p.name,
          due: formatDate(p.due),
          state: stateSentence(p.state, locale),
          note: tail(p.note),
        })
      : t(locale, p.expired ? 'milestone.evidenceExpired' : 'milestone.evidenceDone', {
          name: p.name,
          done: formatDate(p.done),
          valid: p.validUntil ? formatDate(p.validUntil) : 'none',
          state: stateSentence(p.state, locale),
        }),
  after: (locale: Locale, p: { name: string; year: number; from: IsoDate; done?: IsoDate; state: StatusState; note?: string }) =>
    t(locale, p.done ? 'milestone.afterDone' : 'milestone.after', {
      name: p.name,
      year: p.year,
      from: formatDate(p.from),
      done: p.done ? formatDate(p.done) : '',
      state: stateSentence(p.state, locale),
      note: tail(p.note),
    }),
};
