// The seam between bot/ (routing, state, references) and dialogs/ (what a command or card button does).
import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { CardAction, SubmitResult } from '../../cards/actions.js';
import type { Locale } from '../../rules/model.js';
import type { Practice, Versioned } from '../../storage/ports.js';
import type { CommandId } from './commands.js';

export type ConversationKind = 'channel' | 'personal' | 'groupChat';
export type InvalidSubmit = Extract<SubmitResult, { ok: false }>;

/** Everything a handler needs about the current turn, resolved once by the bot. */
export interface Turn {
  readonly context: TurnContext;
  /** DialogContext on the conversation state (stores.state); begin a dialog here to get the next turns. */
  readonly dialogs: DialogContext;
  readonly locale: Locale;
  readonly kind: ConversationKind;
  /** Set in a team (channel) conversation. */
  readonly teamId?: string;
  /** The practice linked to this team, if any. In personal chat the user picks one (dialogs/). */
  readonly practice?: Versioned<Practice>;
  /** The single permission decision (bot/permissions.ts). */
  canAct(practice: Practice): Promise<boolean>;
  /** The linked practices whose team the user is a member of (bot/permissions.ts), by name. */
  memberPractices(): Promise<Practice[]>;
  /** Personal chat: remember which practice the user works for (saved with the turn; `undefined` forgets it). */
  selectPractice(practiceId: string | undefined): Promise<void>;
  /** The clock and id source of the app, injectable in tests. */
  readonly now: Date;
  newId(): string;
}

/**
 * Implemented by dialogs/ and passed in by bot/main.ts. An active dialog is continued before any of these
 * is called; they are only reached when no dialog took the turn.
 */
export interface TurnHandlers {
  /** Registered in the bot's DialogSet so an active dialog is continued on the next turn. */
  readonly dialogs: readonly Dialog[];
  /** A typed command (Dutch or English, mention already removed), `args` is the rest of the text. */
  onCommand(turn: Turn, command: CommandId, args: string): Promise<void>;
  /** A card button whose payload parsed (Action.Submit message or Action.Execute invoke). */
  onSubmit(turn: Turn, action: CardAction): Promise<void>;
  /** A card button whose payload did not parse: `errors` name the fields in the user's language. */
  onInvalidSubmit(turn: Turn, result: InvalidSubmit): Promise<void>;
  /** Text that is no command: answer with a short help card, never silence. */
  onUnknown(turn: Turn, text: string): Promise<void>;
}
