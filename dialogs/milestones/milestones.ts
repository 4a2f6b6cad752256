// Mark a milestone done (issue 9 §4): the form, the checks that need the practice and its rule set, and the save on the
// practice row with its ETag. A milestone is recorded once per (id, programme year); recording it again replaces it.
import type { SubmitError } from '../../cards/actions.js';
import { renderMilestoneCard } from '../../cards/milestone.card.js';
import { formatDate } from '../../rules/dates.js';
import { ruleSetForYear } from '../../rules/engine.js';
import { t } from '../../rules/i18n/index.js';
import type { MilestoneDone } from '../../rules/model.js';
import { formatSource, type Milestone } from '../../rules/schema.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { Practice, Stores } from '../../storage/ports.js';
import { AUDIT, audit } from '../shared/ids.js';
import { currentYear } from '../shared/practice-facts.js';
import { enteredValues, notice, noticeCard, sendCard, todayOf, writeContext } from '../shared/reply.js';
import type { PracticeTurn } from '../router/turn.js';

interface Target {
  milestone?: string | undefined;
  year?: number | undefined;
}

/** The milestone and year of a re-shown form, from what the card sent. */
export function fromEntered(entered: Readonly<Record<string, string>>): Target {
  const year = Number(entered['year']);
  return { milestone: entered['milestone'], ...(Number.isInteger(year) && year >= 1 && year <= 10 ? { year } : {}) };
}

/** The milestone in the version that decides the current programme year, as the status lists it. */
function milestoneOf(p: Practice, now: Date, id: string | undefined): Milestone | undefined {
  return ruleSetForYear(p, currentYear(p, now)).milestones?.find((m) => m.id === id);
}

const unknown = async (turn: PracticeTurn): Promise<void> => {
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    text: t(turn.locale, 'milestone.unknown'),
    style: 'warning',
    buttons: [{ title: t(turn.locale, 'action.openStatus'), verb: 'openStatus' }],
  });
};

export async function showMilestoneCard(
  turn: PracticeTurn,
  target: Target,
  errors: SubmitError[] = [],
  entered: Readonly<Record<string, string>> = {},
): Promise<void> {
  const p = turn.practice.value;
  const m = milestoneOf(p, turn.now, target.milestone);
  if (!m) return unknown(turn);
  const done = p.milestones?.find((d) => d.id === m.id && d.year === target.year);
  await sendCard(
    turn,
    renderMilestoneCard({
      locale: turn.locale,
      cardId: turn.newId(),
      milestone: m.id,
      ...(target.year !== undefined ? { year: target.year } : {}),
      name: m.name,
      evidence: m.due.kind === 'evidence',
      source: formatSource(m.source),
      maxDate: todayOf(turn.now),
      values: { ...(done ? { date: done.done, by: done.by, note: done.note } : {}), ...entered },
      errors,
    }),
  );
}

const same = (a: MilestoneDone, b: MilestoneDone) => a.done === b.done && a.by === b.by && a.note === b.note;

export async function markMilestoneDone(
  turn: PracticeTurn,
  stores: Stores,
  a: { milestone: string; year?: number | undefined; date: string; by?: string | undefined; note?: string | undefined; cardId: string },
): Promise<void> {
  const { practice } = turn;
  const p = practice.value;
  const m = milestoneOf(p, turn.now, a.milestone);
  if (!m) return unknown(turn);
  if (a.date > todayOf(turn.now))
    return showMilestoneCard(turn, a, [{ field: 'date', message: t(turn.locale, 'milestone.dateFuture') }], enteredValues(turn));
  const entry: MilestoneDone = {
    id: m.id,
    done: a.date,
    ...(a.year !== undefined ? { year: a.year } : {}),
    ...(a.by !== undefined ? { by: a.by } : turn.actor.name !== undefined ? { by: turn.actor.name } : {}),
    ...(a.note !== undefined ? { note: a.note } : {}),
  };
  const others = (p.milestones ?? []).filter((d) => !(d.id === entry.id && d.year === entry.year));
  const existing = (p.milestones ?? []).find((d) => d.id === entry.id && d.year === entry.year);
  // A double click or a Teams retry finds its own entry stored: confirm without writing or auditing again.
  if (!existing || !same(existing, entry)) {
    try {
      await stores.practices.save({ ...p, milestones: [...others, entry] }, writeContext(turn, a.cardId), practice.etag);
    } catch (err) {
      if (err instanceof ConcurrencyError) return notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
      throw err;
    }
    await audit(turn, stores, p.id, AUDIT.milestoneDone, { milestone: m.id, year: a.year ?? 0, date: a.date });
  }
  await noticeCard(turn, {
    title: t(turn.locale, 'milestone.savedTitle'),
    text: t(turn.locale, 'milestone.saved', { name: m.name, year: a.year ?? 0, date: formatDate(a.date), by: entry.by ?? 'none' }),
    style: 'good',
    buttons: [{ title: t(turn.locale, 'action.openStatus'), verb: 'openStatus' }],
  });
}
