// The managers card and its two changes, saved on the practice row with its ETag and audited. A manager added must
// be a member of the practice's team (asked of Teams); the last manager cannot be removed.
import { renderManagersCard } from '../../cards/managers.card.js';
import { t } from '../../rules/i18n/index.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { PracticeManager, Stores } from '../../storage/ports.js';
import { AUDIT, audit } from '../shared/ids.js';
import { notice, sendCard, writeContext } from '../shared/reply.js';
import { isManager, managersOf } from '../shared/roles.js';
import type { PracticeTurn } from '../router/turn.js';
import type { AddManagerAction, RemoveManagerAction } from './actions.js';

const named = (m: PracticeManager) => ({ id: m.id, name: m.name ?? m.id });

/** The stored managers, or (legacy "everyone") none listed yet: the first change then starts the list. */
async function listed(turn: PracticeTurn, stores: Stores): Promise<PracticeManager[]> {
  const managers = await managersOf(stores, turn.practice.value);
  return managers === 'everyone' ? [] : managers;
}

export async function showManagers(turn: PracticeTurn, stores: Stores, say: { done?: string; warning?: string } = {}): Promise<void> {
  const p = turn.practice.value;
  const managers = await listed(turn, stores);
  const canChange = await isManager(turn, stores, p);
  const members = canChange && p.teamId !== undefined ? await turn.teamMembers(p.teamId) : [];
  await sendCard(
    turn,
    renderManagersCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practiceName: p.name,
      managers: managers.map(named),
      candidates: members.filter((m) => !managers.some((x) => x.id === m.id)),
      canChange,
      ...say,
    }),
  );
}

async function save(turn: PracticeTurn, stores: Stores, managers: PracticeManager[], cardId: string, detail: Record<string, string>) {
  const { practice } = turn;
  try {
    const saved = await stores.practices.save({ ...practice.value, managers }, writeContext(turn, cardId), practice.etag);
    await audit(turn, stores, practice.value.id, AUDIT.managersChanged, detail);
    return { ...turn, practice: saved };
  } catch (err) {
    if (err instanceof ConcurrencyError) return undefined;
    throw err;
  }
}

export async function addManager(turn: PracticeTurn, stores: Stores, a: AddManagerAction): Promise<void> {
  const p = turn.practice.value;
  const managers = await listed(turn, stores);
  const member = p.teamId === undefined ? undefined : (await turn.teamMembers(p.teamId)).find((m) => m.id === a.memberId);
  if (member === undefined) return showManagers(turn, stores, { warning: t(turn.locale, 'managers.notMember') });
  const done = t(turn.locale, 'managers.added', { name: member.name });
  // Already a manager (a double click, a Teams retry): nothing to write.
  if (managers.some((m) => m.id === member.id)) return showManagers(turn, stores, { done });
  // A legacy practice starts its list with the one who adds (a manager by the fallback) and the new manager.
  const base = managers.length > 0 ? managers : [turn.actor];
  const next = await save(turn, stores, [...base.filter((m) => m.id !== member.id), member], a.cardId, { added: member.id });
  if (next === undefined) return notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
  await showManagers(next, stores, { done });
}

export async function removeManager(turn: PracticeTurn, stores: Stores, a: RemoveManagerAction): Promise<void> {
  const managers = await listed(turn, stores);
  const gone = managers.find((m) => m.id === a.memberId);
  if (gone === undefined) return showManagers(turn, stores);
  if (managers.length <= 1) return showManagers(turn, stores, { warning: t(turn.locale, 'managers.last') });
  const next = await save(
    turn,
    stores,
    managers.filter((m) => m.id !== gone.id),
    a.cardId,
    { removed: gone.id },
  );
  if (next === undefined) return notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
  await showManagers(next, stores, { done: t(turn.locale, 'managers.removed', { name: gone.name ?? gone.id }) });
}
