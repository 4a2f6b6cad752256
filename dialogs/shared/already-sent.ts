// A card sent again with other values than the first time (issue 12 §3): the write was idempotent on the card, so what
// is stored is the first submission; the answer says so and shows it, and offers a new form.
import type { NOTICE_VERBS } from '../../cards/notice.card.js';
import { t } from '../../rules/i18n/index.js';
import { noticeCard } from './reply.js';
import type { DialogTurn } from '../router/turn.js';

export async function alreadySent(
  turn: Pick<DialogTurn, 'reply' | 'locale' | 'newId'>,
  text: string,
  again: (typeof NOTICE_VERBS)[number],
): Promise<void> {
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    text,
    style: 'warning',
    buttons: [
      { title: t(turn.locale, again === 'startLogIntervisie' ? 'action.startLogIntervisie' : 'action.startLogCounts'), verb: again },
    ],
  });
}
