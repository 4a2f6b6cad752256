// Log counts (issue 4 §5): only the metrics the chosen interventions require, a correction supersedes, history shown.
import type { SubmitError } from '../../cards/actions.js';
import type { LogCountAction } from './actions.js';
import { MAX_HISTORY, renderLogCountCard } from '../../cards/log-count.card.js';
import { renderCountLoggedCard } from '../../cards/logged.card.js';
import { formatDate, programmeYearRange } from '../../rules/dates.js';
import type { Locale, Metric } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import { metricName, t } from '../../rules/i18n/index.js';
import { alreadySent } from '../shared/already-sent.js';
import type { LoggedCount, Practice, Stores } from '../../storage/ports.js';
import { AUDIT, audited } from '../shared/ids.js';
import { removalText } from '../shared/entry-text.js';
import { msg } from '../messages.js';
import { currentYear, practiceFacts } from '../shared/practice-facts.js';
import { enteredValues, notice, sendCard, todayOf, writeContext } from '../shared/reply.js';
import type { DialogTurn, PracticeTurn } from '../router/turn.js';

/** The threshold items status() gives for the practice's chosen interventions (rules/ decide which apply). */
export async function thresholds(stores: Stores, p: Practice, now: Date, locale: Locale) {
  const result = status(await practiceFacts(stores, p), todayOf(now), { locale });
  return result.items.filter((i) => i.kind === 'threshold' && i.metric !== undefined);
}

function history(entries: readonly LoggedCount[], locale: Locale) {
  const superseded = new Set(entries.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
  return [...entries]
    .reverse()
    .slice(0, MAX_HISTORY)
    .map((e) => ({
      metric: e.metric,
      loggedAt: formatDate(todayOf(new Date(e.loggedAt))),
      from: formatDate(e.from),
      to: formatDate(e.to),
      value: e.value,
      superseded: superseded.has(e.id),
      ...(e.removed ? { removed: removalText(e.removed, locale) } : {}),
    }));
}

/** `edit`: the stored count being corrected (dialogs/entries): its metric is offered even when no longer required. */
export async function showCountCard(
  turn: PracticeTurn,
  stores: Stores,
  errors: SubmitError[] = [],
  entered?: Readonly<Record<string, string>>,
  edit?: { key: string; etag: string; metric: Metric },
): Promise<void> {
  const p = turn.practice.value;
  const required = (await thresholds(stores, p, turn.now, turn.locale)).flatMap((i) => (i.metric ? [i.metric] : []));
  const metrics = [...new Set([...required, ...(edit ? [edit.metric] : [])])];
  if (metrics.length === 0) return notice(turn, 'noMetrics');
  const today = todayOf(turn.now);
  const { from } = programmeYearRange(p.startDate, currentYear(p, turn.now));
  await sendCard(
    turn,
    renderLogCountCard({
      locale: turn.locale,
      cardId: turn.newId(),
      errors,
      metrics: metrics.map((m) => ({ value: m, title: metricName(m, turn.locale) })),
      values: entered ?? { from, to: today },
      history: edit ? [] : history(await stores.counts.history(p.id), turn.locale),
      ...(edit ? { edit: { key: edit.key, etag: edit.etag } } : {}),
    }),
  );
}

export function countErrors(
  turn: DialogTurn,
  p: Practice,
  a: Pick<LogCountAction, 'metric' | 'from' | 'to'>,
  allowed: readonly Metric[],
): SubmitError[] {
  const errors: SubmitError[] = [];
  if (!allowed.includes(a.metric)) errors.push({ field: 'metric', message: msg(turn.locale, 'metricNotRequired') });
  if (a.from < p.startDate)
    errors.push({ field: 'from', message: msg(turn.locale, 'fromBeforeStart', { start: formatDate(p.startDate) }) });
  if (a.from > todayOf(turn.now)) errors.push({ field: 'from', message: msg(turn.locale, 'fromFuture') });
  else if (a.to > todayOf(turn.now)) errors.push({ field: 'to', message: msg(turn.locale, 'toFuture') });
  return errors;
}

export async function submitCount(turn: PracticeTurn, stores: Stores, a: LogCountAction): Promise<void> {
  const p = turn.practice.value;
  const allowed = (await thresholds(stores, p, turn.now, turn.locale)).flatMap((i) => (i.metric ? [i.metric] : []));
  const errors = countErrors(turn, p, a, allowed);
  if (errors.length > 0) return showCountCard(turn, stores, errors, enteredValues(turn));
  const { entry, created } = await stores.counts.add(
    p.id,
    { metric: a.metric, from: a.from, to: a.to, value: a.value },
    audited(writeContext(turn, a.cardId), AUDIT.countLogged, { metric: a.metric, value: a.value }),
  );
  if (!created && (entry.metric !== a.metric || entry.from !== a.from || entry.to !== a.to || entry.value !== a.value)) {
    // The same card sent again with other values (issue 12 §3): never confirm what was not stored.
    const stored = {
      metric: metricName(entry.metric, turn.locale),
      from: formatDate(entry.from),
      to: formatDate(entry.to),
      value: entry.value,
    };
    return alreadySent(turn, t(turn.locale, 'counts.alreadySent', stored), 'startLogCounts');
  }
  const item = (await thresholds(stores, p, turn.now, turn.locale)).find((i) => i.metric === a.metric);
  const progress = item?.target !== undefined && item.target > 0 ? { value: item.value ?? 0, target: item.target } : undefined;
  await sendCard(
    turn,
    renderCountLoggedCard({
      locale: turn.locale,
      cardId: turn.newId(),
      metricName: metricName(a.metric, turn.locale),
      from: formatDate(entry.from),
      to: formatDate(entry.to),
      value: entry.value,
      corrected: entry.supersedes !== undefined,
      ...(progress ? { progress } : {}),
    }),
  );
}
