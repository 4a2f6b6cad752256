// Personal chat (issue 4 §1): the user works for one practice at a time, picked from the practices whose team
// they are a member of. One practice is picked without asking; the command the user typed runs right after.
import { ofTurnTenant } from '../shared/tenant.js';
import type { SubmitError } from '../../cards/actions.js';
import type { SelectPracticeAction } from './actions.js';
import { escapeMarkdown } from '../../cards/escape.js';
import { MAX_PRACTICES, renderPickPracticeCard } from '../../cards/pick-practice.card.js';
import type { Practice, Stores, Versioned } from '../../storage/ports.js';
import { msg } from '../messages.js';
import { notice, sendCard, sendText } from '../shared/reply.js';
import type { DialogTurn } from '../router/turn.js';

/** The command that waits for the practice (a registered command that needs one), and its words. */
export interface Resume {
  command: string;
  args: string;
}

/** The picker card, or, when the user is in no linked practice team, what to do about that. */
async function showPicker(turn: DialogTurn, practices: readonly Practice[], resume?: Resume, errors: SubmitError[] = []): Promise<void> {
  if (practices.length === 0) return notice(turn, 'notLinkedPersonal', {}, { title: 'notLinkedTitle', style: 'warning' });
  await sendCard(
    turn,
    renderPickPracticeCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practices: practices.slice(0, MAX_PRACTICES).map((p) => ({ id: p.id, name: p.name, region: p.region, agb: p.agb })),
      ...(turn.practice ? { current: turn.practice.value.id } : {}),
      ...(resume ? { then: resume.command, args: resume.args.slice(0, 500) } : {}),
      errors,
    }),
  );
}

async function remember(turn: DialogTurn, practice: Versioned<Practice>): Promise<Versioned<Practice>> {
  await turn.selectPractice(practice.value.id);
  await sendText(turn, msg(turn.locale, 'practiceChosen', { name: escapeMarkdown(practice.value.name) }));
  return practice;
}

/**
 * The practice this personal-chat turn acts for, or undefined when the user has to pick first (the picker card
 * is then on screen and carries `resume`) or belongs to no linked practice (told so).
 */
export async function personalPractice(turn: DialogTurn, stores: Stores, resume?: Resume): Promise<Versioned<Practice> | undefined> {
  const current = turn.practice;
  if (current !== undefined) {
    if (await turn.canAct(current.value)) return current;
    // Left the team since picking it: forget the choice, say so, and offer what is left.
    await turn.selectPractice(undefined);
    await notice(turn, 'practiceLeft', { name: escapeMarkdown(current.value.name) }, { title: 'refusedTitle', style: 'warning' });
  }
  const practices = await turn.memberPractices();
  const only = practices.length === 1 ? practices[0] : undefined;
  if (only !== undefined) {
    const practice = ofTurnTenant(turn, await stores.practices.get(only.id));
    if (practice !== undefined) return remember(turn, practice);
  }
  await showPicker(turn, practices, resume);
  return undefined;
}

/**
 * "kies praktijk": always the picker, with the current choice marked, even when there is only one. Also the answer
 * to a card button in personal chat before any practice was picked.
 */
export async function showPracticeChoice(turn: DialogTurn, errors: SubmitError[] = []): Promise<void> {
  if (turn.kind === 'channel') return notice(turn, 'practiceInChannel');
  await showPicker(turn, await turn.memberPractices(), undefined, errors);
}

/**
 * A practice picked on the card: only one the user is a member of now (membership is asked again, the card may
 * be old). Then the command that was waiting for it runs, with the picked practice.
 */
export async function submitPracticeChoice(
  turn: DialogTurn,
  stores: Stores,
  a: SelectPracticeAction,
  run: (turn: DialogTurn, resume: Resume) => Promise<void>,
): Promise<void> {
  if (turn.kind === 'channel') return notice(turn, 'practiceInChannel');
  const resume = a.then !== undefined ? { command: a.then, args: a.args ?? '' } : undefined;
  const candidate = ofTurnTenant(turn, await stores.practices.get(a.practiceId));
  if (candidate === undefined || !(await turn.canAct(candidate.value))) {
    const error = { field: 'practiceId', message: msg(turn.locale, 'practiceNotMember') };
    return showPicker(turn, await turn.memberPractices(), resume, [error]);
  }
  const practice = await remember(turn, candidate);
  if (resume !== undefined) await run({ ...turn, practice }, resume);
}
