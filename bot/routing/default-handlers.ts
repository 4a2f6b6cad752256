// bot/'s own answers: the help card and the short help card for input it did not understand (issue 4 §7).
// Everything else belongs to dialogs/, which overrides these through `withDefaults`.
import { renderHelpCard } from '../../cards/help.card.js';
import { message } from '../messages.js';
import type { Turn, TurnHandlers } from './handlers.js';
import { cardMessage } from './replies.js';

async function sendHelp(turn: Turn, unknownInput?: string): Promise<void> {
  const card = renderHelpCard({
    locale: turn.locale,
    cardId: turn.newId(),
    unknownInput: unknownInput !== undefined,
    ...(unknownInput !== undefined && unknownInput.trim() !== '' ? { input: unknownInput.slice(0, 200) } : {}),
  });
  await turn.context.sendActivity(cardMessage(card));
}

export const defaultHandlers: TurnHandlers = {
  dialogs: [],
  // Until dialogs/ handles a command, the help card is the honest answer: it lists what the bot offers.
  onCommand: (turn) => sendHelp(turn),
  onSubmit: async (turn, action) => {
    if (action.verb === 'cancel') await turn.dialogs.cancelAllDialogs();
    await sendHelp(turn);
  },
  onInvalidSubmit: async (turn, result) => {
    const lines = result.errors.map((e) => `- ${e.message}`).join('\n');
    const intro = message(turn.locale, 'invalidSubmit');
    await turn.context.sendActivity(result.verb === undefined ? intro : lines);
  },
  onUnknown: (turn, text) => sendHelp(turn, text),
};

/** Lets dialogs/ override some handlers and keep bot/'s help and unknown-input answers for the rest. */
export function withDefaults(handlers: Partial<TurnHandlers>): TurnHandlers {
  return { ...defaultHandlers, ...handlers };
}
