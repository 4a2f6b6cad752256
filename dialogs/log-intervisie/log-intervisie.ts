// Log an intervisie session (issue 4 §4): the form, the checks that need the practice, and the count after.
import type { SubmitError } from '../../cards/actions.js';
import type { LogIntervisieAction } from './actions.js';
import { renderIntervisieLoggedCard } from '../../cards/logged.card.js';
import { renderLogIntervisieCard } from '../../cards/log-intervisie.card.js';
import { formatDate, programmeYearRange } from '../../rules/dates.js';
import { intervisieCountItems } from '../../rules/status.js';
import type { LoggedIntervisie, Practice, Stores } from '../../storage/ports.js';
import { escapeMarkdown } from '../../cards/escape.js';
import { t } from '../../rules/i18n/index.js';
import { alreadySent } from '../shared/already-sent.js';
import { AUDIT, audited } from '../shared/ids.js';
import { msg } from '../messages.js';
import { currentYear, factsOf } from '../shared/practice-facts.js';
import { enteredValues, sendCard, todayOf, writeContext } from '../shared/reply.js';
import type { DialogTurn, PracticeTurn } from '../router/turn.js';

/** `edit`: the stored session being corrected (dialogs/entries), sent back with the save. */
export async function showIntervisieCard(
  turn: PracticeTurn,
  errors: SubmitError[] = [],
  entered: Readonly<Record<string, string>> = {},
  edit?: { key: string; etag: string },
): Promise<void> {
  const { practice } = turn;
  await sendCard(
    turn,
    renderLogIntervisieCard({
      locale: turn.locale,
      cardId: turn.newId(),
      gps: practice.value.gps,
      values: entered,
      errors,
      ...(edit ? { edit } : {}),
    }),
  );
}

/** The checks that need the practice and today; the card's own fields were parsed by cards/actions. */
export function intervisieErrors(turn: DialogTurn, p: Practice, a: Pick<LogIntervisieAction, 'date' | 'gpsPresent'>): SubmitError[] {
  const errors: SubmitError[] = [];
  if (a.date > todayOf(turn.now)) errors.push({ field: 'date', message: msg(turn.locale, 'dateFuture') });
  else if (a.date < p.startDate)
    errors.push({ field: 'date', message: msg(turn.locale, 'dateBeforeStart', { start: formatDate(p.startDate) }) });
  if (a.gpsPresent > p.gps) errors.push({ field: 'gpsPresent', message: msg(turn.locale, 'gpsTooMany', { gps: p.gps }) });
  return errors;
}

/** Whether the stored session is what this card sent (a Teams retry or a double click), not other values. */
function sameSession(s: LoggedIntervisie, a: LogIntervisieAction): boolean {
  return (
    s.date === a.date &&
    s.minutes === a.minutes &&
    s.gpsPresent === a.gpsPresent &&
    s.participants === a.participants &&
    s.topic === a.topic &&
    s.note === a.note &&
    (s.gpsAttending ?? []).join('|') === (a.gpsAttending ?? []).join('|')
  );
}

/** The session a logging (or correcting, dialogs/entries) form describes, without the fields left empty. */
export function sessionOf(
  a: Omit<LogIntervisieAction, 'verb' | 'cardId'>,
): Omit<LoggedIntervisie, 'id' | 'practiceId' | 'loggedBy' | 'loggedAt'> {
  return {
    date: a.date,
    minutes: a.minutes,
    gpsPresent: a.gpsPresent,
    participants: a.participants,
    ...(a.gpsAttending !== undefined ? { gpsAttending: a.gpsAttending } : {}),
    topic: a.topic,
    ...(a.note !== undefined ? { note: a.note } : {}),
  };
}

export async function submitIntervisie(turn: PracticeTurn, stores: Stores, a: LogIntervisieAction): Promise<void> {
  const p = turn.practice.value;
  const errors = intervisieErrors(turn, p, a);
  if (errors.length > 0) return showIntervisieCard(turn, errors, enteredValues(turn));
  const { session, created, records } = await stores.intervisie.add(
    p.id,
    sessionOf(a),
    audited(writeContext(turn, a.cardId), AUDIT.intervisieLogged, { date: a.date }),
  );
  if (!created && !sameSession(session, a)) {
    // The same card sent again with other values (issue 12 §3): never confirm what was not stored.
    return alreadySent(
      turn,
      t(turn.locale, 'intervisie.alreadySent', { date: formatDate(session.date), topic: escapeMarkdown(session.topic) }),
      'startLogIntervisie',
    );
  }
  const today = todayOf(turn.now);
  // The write returns the practice's records with the new session: no second read of the sessions (issue 10).
  const facts = factsOf(p, records);
  // The current programme year's item: a missed earlier year is listed before it (rules/status.ts).
  const item = intervisieCountItems(facts, today, { locale: turn.locale }).at(-1);
  // Where the region sets no minimum the status has no count, so the sessions of this programme year are counted here.
  const { from, until } = programmeYearRange(p.startDate, currentYear(p, turn.now));
  const done = item?.value ?? facts.intervisie.filter((s) => s.date >= from && s.date < until).length;
  await sendCard(
    turn,
    renderIntervisieLoggedCard({
      locale: turn.locale,
      cardId: turn.newId(),
      date: formatDate(session.date),
      topic: session.topic,
      done,
      required: item?.target ?? null,
    }),
  );
}
