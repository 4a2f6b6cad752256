// Help and stopping: the help card, "stop" typed while a wizard runs, and the Stoppen button of any form.
import { renderNoticeCard } from '../../cards/notice.card.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import { andList, t } from '../../rules/i18n/index.js';
import { msg } from '../messages.js';
import type { Feature } from '../router/feature.js';
import type { DialogTurn } from '../router/turn.js';
import { parseRunningCard, runningCard, runningName } from '../shared/running-card.js';
import { notice, sendCard, sendHelp } from '../shared/reply.js';
import type { SCHEMAS } from './actions.js';

/** A read-only notice: the answer to "stop", and what replaces a stopped wizard's card. */
function stoppedCard(turn: DialogTurn, text: string): AdaptiveCardJson {
  return renderNoticeCard({ locale: turn.locale, cardId: turn.newId(), title: msg(turn.locale, 'noticeTitle'), text });
}

async function say(turn: DialogTurn, text: string): Promise<void> {
  await sendCard(turn, stoppedCard(turn, text));
}

/**
 * Typed "stop": ends the wizard of this conversation, and its card becomes a read-only notice so it cannot be clicked
 * on. Nothing running here (a new post in a channel is a thread of its own, issue 13 §7): it ends the wizards this
 * user runs in the channel's other threads, and says what it stopped, or that nothing ran.
 */
async function stop(turn: DialogTurn): Promise<void> {
  const state = await turn.wizard.get();
  if (state !== undefined) {
    const running = parseRunningCard(state);
    await turn.wizard.clear();
    if (running?.activityId !== undefined) await turn.reply.update(running.activityId, stoppedCard(turn, msg(turn.locale, 'stopped')));
    return say(turn, t(turn.locale, 'stop.stopped', { what: runningName(running, turn.locale) }));
  }
  const stopped: string[] = [];
  for (const other of await turn.wizard.elsewhere()) {
    if (!(await other.end())) continue;
    const running = parseRunningCard(other.state);
    stopped.push(runningName(running, turn.locale));
    if (running?.activityId !== undefined) await other.update(running.activityId, stoppedCard(turn, t(turn.locale, 'stop.elsewhere')));
  }
  if (stopped.length === 0) return say(turn, t(turn.locale, 'stop.nothing'));
  await say(turn, t(turn.locale, 'stop.stopped', { what: andList(turn.locale, stopped) }));
}

/** Stoppen on a card: the card turns into the notice; the wizard ends only when the button is on its own card. */
async function cancel(turn: DialogTurn, cardId: string): Promise<void> {
  if ((await runningCard(turn))?.cardId === cardId) await turn.wizard.clear();
  await notice(turn, 'stopped');
}

export function helpFeature(): Feature<typeof SCHEMAS> {
  return {
    commands: {
      help: {
        phrases: { nl: ['help', 'hulp', 'wat kun je', 'wat kan je', '?'], en: ['help', 'what can you do'] },
        needs: 'none',
        run: (turn) => sendHelp(turn),
      },
      stop: { phrases: { nl: ['stop', 'stoppen', 'annuleer'], en: ['stop', 'cancel'] }, needs: 'none', run: stop },
    },
    actions: {
      help: { needs: 'none', run: (turn) => sendHelp(turn) },
      cancel: { needs: 'none', run: (turn, a) => cancel(turn, a.cardId) },
    },
  };
}
