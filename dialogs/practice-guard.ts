// Practice commands need a linked practice and a user who may act for it (bot/permissions.ts decides).
import type { Practice, Versioned } from '../storage/ports.js';
import { notice } from './reply.js';
import type { DialogTurn } from './turn.js';

export async function requirePractice(turn: DialogTurn): Promise<Versioned<Practice> | undefined> {
  const practice = turn.practice;
  if (practice === undefined) {
    await notice(turn, turn.kind === 'channel' ? 'notLinked' : 'notLinkedPersonal');
    return undefined;
  }
  if (!(await turn.canAct(practice.value))) {
    await notice(turn, 'notAllowed');
    return undefined;
  }
  return practice;
}
