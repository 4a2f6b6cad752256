// The region's export for Dutch Excel (issue 11 §4): UTF-8 with a byte order mark (so Excel reads it as UTF-8),
// `;` between fields, dates dd-mm-jjjj, decimal comma. One sheet in long form, one line per practice, per requirement
// (status item or milestone) and per log (intervisie session, count), so Excel's filter on the first column splits
// them. No patient data exists in it because none is stored; text that Excel would run as a formula is defused.
import { kindLabel } from '../../cards/status.card.js';
import { metricName } from '../../cards/shared.js';
import { formatDate } from '../../rules/dates.js';
import { t } from '../../rules/i18n/index.js';
import type { Locale, StatusState } from '../../rules/model.js';
import { periodText } from '../../rules/status-messages.js';
import type { PracticeSummary } from './rows.js';

const BOM = '\uFEFF';
const NUMBER = new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 2 });
const BADGE = {
  met: 'status.badge.met',
  'on-track': 'status.badge.on-track',
  'at-risk': 'status.badge.at-risk',
  missed: 'status.badge.missed',
  'not-applicable': 'status.badge.not-applicable',
} as const satisfies Record<StatusState, string>;

type Cell = string | number | undefined;

/** A field as Excel reads it: quoted when it holds `;`, `"` or a line break; a leading = + - @ made plain text. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return NUMBER.format(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const date = (iso: string | undefined): string | undefined => (iso === undefined ? undefined : formatDate(iso));

function practiceLines(s: PracticeSummary, locale: Locale): Cell[][] {
  const { practice, records } = s.source;
  const r = s.row;
  const who: Cell[] = [practice.agb, practice.name, practice.subregion];
  const state = r.missed > 0 ? 'missed' : r.atRisk > 0 ? 'at-risk' : 'on-track';
  const plan = t(locale, r.planOk === null ? 'summary.noPlan' : r.planOk ? 'summary.planOk' : 'summary.planNotOk');
  const inactive = r.inactiveSince ? [t(locale, 'summary.inactiveRow', { date: r.inactiveSince })] : [];
  const lines: Cell[][] = [
    [
      t(locale, 'csv.practice'),
      ...who,
      r.programmeYear,
      plan,
      t(locale, BADGE[state]),
      r.intervisie?.value,
      r.intervisie?.target,
      undefined,
      r.nextDue,
      inactive.join(''),
    ],
  ];
  for (const i of s.result.items) {
    const label = kindLabel(i, locale);
    const topic = i.period ? `${label} (${periodText(locale, i.period)})` : label;
    lines.push([
      t(locale, 'csv.requirement'),
      ...who,
      r.programmeYear,
      topic,
      t(locale, BADGE[i.status]),
      i.value,
      i.target,
      undefined,
      date(i.due),
      i.message,
    ]);
  }
  for (const m of s.result.milestones) {
    lines.push([
      t(locale, 'csv.requirement'),
      ...who,
      m.year,
      m.name,
      t(locale, BADGE[m.status]),
      undefined,
      undefined,
      date(m.done),
      date(m.due),
      m.message,
    ]);
  }
  for (const x of records.intervisie) {
    const detail = t(locale, 'csv.session', { minutes: x.minutes ?? 0, gps: x.gpsPresent ?? 0, participants: x.participants ?? 0 });
    lines.push([
      t(locale, 'csv.intervisie'),
      ...who,
      undefined,
      t(locale, 'status.kind.intervisie-count'),
      undefined,
      x.minutes,
      undefined,
      date(x.date),
      undefined,
      detail,
    ]);
  }
  for (const c of records.counts) {
    lines.push([
      t(locale, 'csv.count'),
      ...who,
      undefined,
      metricName(c.metric, locale),
      undefined,
      c.value,
      undefined,
      date(c.from),
      date(c.to),
      undefined,
    ]);
  }
  return lines;
}

/** The CSV text (with BOM) of these practices, in the order given. */
export function regionCsv(summaries: readonly PracticeSummary[], locale: Locale): string {
  const header = t(locale, 'csv.header').split(';');
  const lines = [header, ...summaries.flatMap((s) => practiceLines(s, locale))];
  return BOM + lines.map((cells) => cells.map(csvField).join(';')).join('\r\n') + '\r\n';
}
