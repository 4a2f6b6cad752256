// Correcting and deleting entries (issue 13 §5): the card of recent entries, the form to correct one (the logging
// form, prefilled, with its checks), the confirmation of a deletion on the card, and the answer on the same card.
// An entry changed by someone else since the card was shown is refused (its ETag), never overwritten.
import type { SubmitError } from '../../cards/actions.js';
import { renderEntriesCard, type EntriesCardInput } from '../../cards/entries.card.js';
import { t } from '../../rules/i18n/index.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { StoredEntry, Stores } from '../../storage/ports.js';
import { countErrors, showCountCard, thresholds } from '../log-counts/log-counts.js';
import { intervisieErrors, sessionOf, showIntervisieCard } from '../log-intervisie/log-intervisie.js';
import type { PracticeTurn } from '../router/turn.js';
import { entryMeta, entryText } from '../shared/entry-text.js';
import { AUDIT, audited } from '../shared/ids.js';
import { sendCard, writeContext } from '../shared/reply.js';
import type { CorrectCountAction, CorrectIntervisieAction, EntryTarget } from './actions.js';

/** Entries on the card: enough for the last weeks of a practice; older ones are rarely corrected. */
export const ENTRIES_SHOWN = 10;

type Note = Pick<EntriesCardInput, 'done' | 'warning' | 'confirm'>;

export async function showEntries(turn: PracticeTurn, stores: Stores, note: Note = {}): Promise<void> {
  const p = turn.practice.value;
  const entries = await stores.entries.recent(p.id, ENTRIES_SHOWN);
  await sendCard(
    turn,
    renderEntriesCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practiceName: p.name,
      limit: ENTRIES_SHOWN,
      entries: entries.map((e) => ({
        key: e.key,
        etag: e.etag,
        text: entryText(e, turn.locale),
        meta: entryMeta(e, turn.locale),
        removed: e.value.removed !== undefined,
      })),
      ...note,
    }),
  );
}

const changedMeanwhile = (turn: PracticeTurn, stores: Stores) =>
  showEntries(turn, stores, { warning: t(turn.locale, 'entries.changedMeanwhile') });

/** The entry as the card listed it; undefined when it changed since (or is gone). */
async function asListed(turn: PracticeTurn, stores: Stores, a: Pick<EntryTarget, 'entry' | 'etag'>): Promise<StoredEntry | undefined> {
  const entry = await stores.entries.get(turn.practice.value.id, a.entry);
  return entry?.etag === a.etag && entry.value.removed === undefined ? entry : undefined;
}

export async function editEntry(turn: PracticeTurn, stores: Stores, a: EntryTarget): Promise<void> {
  const entry = await asListed(turn, stores, a);
  if (entry === undefined) return changedMeanwhile(turn, stores);
  const edit = { key: entry.key, etag: entry.etag };
  if (entry.kind === 'count') {
    const c = entry.value;
    return showCountCard(
      turn,
      stores,
      [],
      { metric: c.metric, from: c.from, to: c.to, value: String(c.value) },
      { ...edit, metric: c.metric },
    );
  }
  const s = entry.value;
  const values = {
    date: s.date,
    minutes: String(s.minutes ?? ''),
    gpsPresent: String(s.gpsPresent ?? ''),
    participants: String(s.participants ?? ''),
    gpsAttending: (s.gpsAttending ?? []).join(', '),
    topic: s.topic,
    note: s.note ?? '',
  };
  return showIntervisieCard(turn, [], values, edit);
}

export async function askRemove(turn: PracticeTurn, stores: Stores, a: EntryTarget): Promise<void> {
  const entry = await asListed(turn, stores, a);
  if (entry === undefined) return changedMeanwhile(turn, stores);
  const text = t(turn.locale, 'entries.confirmRemove', { entry: entryText(entry, turn.locale) });
  await showEntries(turn, stores, { confirm: { key: entry.key, etag: entry.etag, text } });
}

/** Runs a change; another manager's change since the card was shown is answered on the card, nothing written. */
async function changing(turn: PracticeTurn, stores: Stores, write: () => Promise<string>): Promise<void> {
  let done: string;
  try {
    done = await write();
  } catch (err) {
    if (err instanceof ConcurrencyError) return changedMeanwhile(turn, stores);
    throw err;
  }
  await showEntries(turn, stores, { done });
}

export async function confirmRemove(turn: PracticeTurn, stores: Stores, a: EntryTarget): Promise<void> {
  const p = turn.practice.value;
  const old = await stores.entries.get(p.id, a.entry);
  if (old === undefined) return changedMeanwhile(turn, stores);
  await changing(turn, stores, async () => {
    const ctx = audited(writeContext(turn, a.cardId), AUDIT.entryRemoved, { entry: a.entry, old: entryText(old, turn.locale) });
    const { entry } = await stores.entries.remove(p.id, { key: a.entry, etag: a.etag }, ctx);
    return t(turn.locale, 'entries.removedDone', { entry: entryText(entry, turn.locale) });
  });
}

export async function correctIntervisie(turn: PracticeTurn, stores: Stores, a: CorrectIntervisieAction): Promise<void> {
  const p = turn.practice.value;
  const errors = intervisieErrors(turn, p, a);
  if (errors.length > 0) return invalidIntervisie(turn, errors, { ...turn.submit?.entered });
  const stored = await stores.entries.get(p.id, a.entry);
  if (stored?.kind !== 'intervisie') return changedMeanwhile(turn, stores);
  const old = entryText(stored, turn.locale);
  await changing(turn, stores, async () => {
    const session = sessionOf(a);
    const ctx = audited(writeContext(turn, a.cardId), AUDIT.entryCorrected, { entry: a.entry, old, date: a.date });
    const { entry } = await stores.entries.correctSession(p.id, { key: a.entry, etag: a.etag }, session, ctx);
    return t(turn.locale, 'entries.correctedDone', { old, new: entryText(entry, turn.locale) });
  });
}

export async function correctCount(turn: PracticeTurn, stores: Stores, a: CorrectCountAction): Promise<void> {
  const p = turn.practice.value;
  const old = await stores.entries.get(p.id, a.entry);
  if (old?.kind !== 'count') return changedMeanwhile(turn, stores);
  const allowed = [...(await thresholds(stores, p, turn.now, turn.locale)).flatMap((i) => (i.metric ? [i.metric] : [])), old.value.metric];
  const errors = countErrors(turn, p, a, allowed);
  if (errors.length > 0) return invalidCount(turn, stores, errors, { ...turn.submit?.entered });
  await changing(turn, stores, async () => {
    const before = entryText(old, turn.locale);
    const ctx = audited(writeContext(turn, a.cardId), AUDIT.entryCorrected, { entry: a.entry, old: before, value: a.value });
    const change = { metric: a.metric, from: a.from, to: a.to, value: a.value };
    const { entry } = await stores.entries.correctCount(p.id, { key: a.entry, etag: a.etag }, change, ctx);
    return t(turn.locale, 'entries.correctedDone', { old: before, new: entryText(entry, turn.locale) });
  });
}

/** The entry a correction form edits, from what it sent (to show the form again with its errors). */
function editOf(entered: Readonly<Record<string, string>>): { key: string; etag: string } | undefined {
  const { entry, etag } = entered;
  return entry && etag ? { key: entry, etag } : undefined;
}

export function invalidIntervisie(turn: PracticeTurn, errors: SubmitError[], entered: Readonly<Record<string, string>>): Promise<void> {
  return showIntervisieCard(turn, errors, entered, editOf(entered));
}

export async function invalidCount(
  turn: PracticeTurn,
  stores: Stores,
  errors: SubmitError[],
  entered: Readonly<Record<string, string>>,
): Promise<void> {
  const edit = editOf(entered);
  if (edit === undefined) return showCountCard(turn, stores, errors, entered);
  const old = await stores.entries.get(turn.practice.value.id, edit.key);
  const metric = old?.kind === 'count' ? old.value.metric : undefined;
  return showCountCard(turn, stores, errors, entered, metric === undefined ? undefined : { ...edit, metric });
}
