// Who may change a practice (issue 11 §1): its managers. Members of the practice's team may read, log and ask; the
// router puts this check in front of every route with `needs: 'manager'` (dialogs/router/feature.ts).
import type { Practice, PracticeManager, Stores } from '../../storage/ports.js';
import { AUDIT, audit } from './ids.js';
import { notice } from './reply.js';
import type { DialogTurn } from '../router/turn.js';

/** Audit entries searched for who linked a practice from before roles; enough for years of a practice's changes. */
const AUDIT_LOOKBACK = 2000;

/**
 * The practice's managers. A practice linked before roles existed has none stored: its linker (the oldest
 * "practice.linked" entry) is its manager; when the audit log cannot tell, every member counts as a manager until
 * a manager list is saved, so no practice is locked out.
 */
export async function managersOf(stores: Pick<Stores, 'audit'>, practice: Practice): Promise<PracticeManager[] | 'everyone'> {
  if (practice.managers !== undefined && practice.managers.length > 0) return practice.managers;
  const linked = (await stores.audit.list(practice.id, AUDIT_LOOKBACK)).filter((e) => e.action === AUDIT.practiceLinked).at(-1);
  if (linked === undefined) return 'everyone';
  const name = linked.detail?.['by'];
  return [{ id: linked.actor, ...(typeof name === 'string' ? { name } : {}) }];
}

export async function isManager(turn: Pick<DialogTurn, 'actor'>, stores: Pick<Stores, 'audit'>, practice: Practice): Promise<boolean> {
  const managers = await managersOf(stores, practice);
  return managers === 'everyone' || managers.some((m) => m.id === turn.actor.id);
}

/** The managers' names for a refusal or the managers card ("Anne de Vries, Jan Bakker"). */
export function managerNames(managers: readonly PracticeManager[]): string {
  return managers.map((m) => m.name ?? m.id).join(', ');
}

/** The refusal of a manager-only action to a member: who the managers are; audited, nothing else written. */
export async function refuseNotManager(turn: DialogTurn, stores: Pick<Stores, 'audit'>, practice: Practice, what: string): Promise<void> {
  const managers = await managersOf(stores, practice);
  await audit(turn, stores, practice.id, AUDIT.permissionRefused, { what, role: 'member' });
  await notice(
    turn,
    'notManager',
    { managers: managers === 'everyone' || managers.length === 0 ? 'none' : managerNames(managers) },
    { title: 'refusedTitle', style: 'warning' },
  );
}
