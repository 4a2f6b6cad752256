// How an intervisie session or count reads on the corrections card, its confirmations and the count history (issue
// 13 §5): "Intervisie 12-03-2026 · Triage · 60 min, 2 huisartsen", "verwijderd door Anne de Vries op 15-03-2026".
import { escapeMarkdown } from '../../cards/escape.js';
import { formatDate } from '../../rules/dates.js';
import { metricName, t } from '../../rules/i18n/index.js';
import type { Locale } from '../../rules/model.js';
import type { LoggedCount, LoggedIntervisie, Removal } from '../../storage/ports.js';
import { todayOf } from './reply.js';

export type EntryValue = { kind: 'intervisie'; value: LoggedIntervisie } | { kind: 'count'; value: LoggedCount };

/** The entry in one line; user text escaped. */
export function entryText(entry: EntryValue, locale: Locale): string {
  if (entry.kind === 'intervisie') {
    const s = entry.value;
    return t(locale, 'entries.intervisie', {
      date: formatDate(s.date),
      topic: escapeMarkdown(s.topic),
      minutes: s.minutes ?? 0,
      gps: s.gpsPresent ?? 0,
    });
  }
  const c = entry.value;
  return t(locale, 'entries.count', {
    metric: metricName(c.metric, locale),
    from: formatDate(c.from),
    to: formatDate(c.to),
    value: c.value,
  });
}

/** "verwijderd door Anne op 15-03-2026" or "gewijzigd door …": who and when (a calendar day in Amsterdam). */
export function removalText(r: Removal, locale: Locale): string {
  const by = escapeMarkdown(r.byName ?? r.by);
  return t(locale, r.correctedBy === undefined ? 'entries.removed' : 'entries.corrected', {
    by,
    date: formatDate(todayOf(new Date(r.at))),
  });
}

/** Under the entry: its tombstone, or when it was logged. */
export function entryMeta(entry: EntryValue, locale: Locale): string {
  const { removed, loggedAt } = entry.value;
  return removed ? removalText(removed, locale) : t(locale, 'entries.logged', { date: formatDate(todayOf(new Date(loggedAt))) });
}
