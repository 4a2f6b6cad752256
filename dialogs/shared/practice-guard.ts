// Practice commands need a linked practice and a user who may act for it (bot/permissions.ts decides). Typed
// commands in personal chat pick the practice first (handlers.ts → pick-practice.ts); this guard is for the rest.
import { t } from '../../rules/i18n/index.js';
import type { Practice, Stores, Versioned } from '../../storage/ports.js';
import { showPracticeChoice } from '../pick-practice/pick-practice.js';
import { notice } from './reply.js';
import { isManager } from './roles.js';
import { ofTurnTenant } from './tenant.js';
import type { DialogTurn } from '../router/turn.js';

export async function requirePractice(turn: DialogTurn): Promise<Versioned<Practice> | undefined> {
  const practice = turn.practice;
  if (practice === undefined) {
    const startLink = { title: t(turn.locale, 'action.startLink'), verb: 'startLink' } as const;
    if (turn.kind === 'channel') await notice(turn, 'notLinked', {}, { title: 'notLinkedTitle', style: 'warning', buttons: [startLink] });
    else await showPracticeChoice(turn);
    return undefined;
  }
  if (!(await turn.canAct(practice.value))) {
    await notice(turn, 'notAllowed', {}, { title: 'refusedTitle', style: 'attention' });
    return undefined;
  }
  return practice;
}

/**
 * Whether this turn's user may still write for `practice` at the last step of a dialog (issue 12 §5): a member of its
 * team now (asked again), in its tenant, and, for `manager` writes, one of its managers.
 */
export async function mayStillWrite(
  turn: DialogTurn,
  stores: Pick<Stores, 'audit'>,
  practice: Practice,
  need: 'member' | 'manager',
): Promise<boolean> {
  if (ofTurnTenant(turn, practice) === undefined || !(await turn.canAct(practice))) return false;
  return need === 'member' || isManager(turn, stores, practice);
}
