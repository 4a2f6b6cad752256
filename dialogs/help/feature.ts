// Help and stopping: the help card, "stop" typed while a wizard runs, and the Stoppen button of any form.
import { renderNoticeCard } from '../../cards/notice.card.js';
import { msg } from '../messages.js';
import type { Feature } from '../router/feature.js';
import type { DialogTurn } from '../router/turn.js';
import { runningCard } from '../shared/running-card.js';
import { notice, sendHelp } from '../shared/reply.js';
import type { SCHEMAS } from './actions.js';

/** Typed "stop": ends what runs, and the running card becomes a read-only notice so it cannot be clicked on. */
async function stop(turn: DialogTurn): Promise<void> {
  const running = await runningCard(turn);
  await turn.wizard.clear();
  await notice(turn, 'stopped');
  if (running?.activityId !== undefined) {
    const card = renderNoticeCard({
      locale: turn.locale,
      cardId: turn.newId(),
      title: msg(turn.locale, 'noticeTitle'),
      text: msg(turn.locale, 'stopped'),
    });
    await turn.reply.update(running.activityId, card);
  }
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
