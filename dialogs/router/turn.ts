// The turn as every feature sees it, built once per activity by bot/ (the only declaration of the bot ↔ dialogs seam),
// and the two things a turn carries in the TurnContext so a running dialog finds them: the turn itself and the
// in-place answer slot of an Action.Execute invoke.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { SubmitError } from '../../cards/actions.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import type { Verb } from '../../cards/verbs.js';
import type { Locale } from '../../rules/model.js';
import type { Practice, Versioned } from '../../storage/ports.js';

export type ConversationKind = 'channel' | 'personal' | 'groupChat';

/**
 * A card payload parsed once by the router (the handler receives the typed action itself): which verb and card, or
 * field errors in the user's language, and what was entered (to show a form again).
 */
export type SubmitResult = { readonly entered: Readonly<Record<string, string>> } & (
  | { readonly ok: true; readonly verb: Verb; readonly cardId: string }
  | { readonly ok: false; readonly verb?: Verb; readonly cardId?: string; readonly errors: SubmitError[] }
);

export interface DialogTurn {
  readonly context: TurnContext;
  /** DialogContext on the conversation state; begin a dialog here to get the next turns. */
  readonly dialogs: DialogContext;
  readonly locale: Locale;
  readonly kind: ConversationKind;
  /** Set in a team (channel) conversation. */
  readonly teamId?: string;
  /** The practice linked to this team; in personal chat the one the user picked. */
  readonly practice?: Versioned<Practice>;
  /** The card payload of this turn, parsed once (undefined for a typed message). */
  readonly submit?: SubmitResult;
  /** The single permission decision (bot/permissions.ts). */
  canAct(practice: Practice): Promise<boolean>;
  /** The linked practices whose team the user is a member of, by name. */
  memberPractices(): Promise<Practice[]>;
  /** Personal chat: remember which practice the user works for (`undefined` forgets it). */
  selectPractice(practiceId: string | undefined): Promise<void>;
  /** Replaces an earlier card of the bot (a message that must remain, made read-only). Failures are logged by bot/. */
  updateCard(activityId: string, card: AdaptiveCardJson): Promise<void>;
  /** The clock and id source of the app, injectable in tests. */
  readonly now: Date;
  newId(): string;
}

/** A turn that passed the practice middleware: a linked practice the user may act for. */
export type PracticeTurn = DialogTurn & { readonly practice: Versioned<Practice> };

const TURN = Symbol('mtvp.turn');
const IN_PLACE = Symbol('mtvp.inPlace');

interface InPlaceSlot {
  card?: AdaptiveCardJson;
}

/** Keeps the turn in the TurnContext, where a running dialog (which only gets a DialogContext) finds it. */
export function keepTurn(turn: DialogTurn): void {
  turn.context.turnState.set(TURN, turn);
}

export function turnOf(context: TurnContext): DialogTurn | undefined {
  const turn: DialogTurn | undefined = context.turnState.get(TURN);
  return turn;
}

/** An Action.Execute invoke: the first card this turn answers with replaces the clicked card (bot/ returns it). */
export function answerInPlace(context: TurnContext): void {
  context.turnState.set(IN_PLACE, {} satisfies InPlaceSlot);
}

/** True while an Action.Execute turn has no card for the clicked card's place yet. */
export function awaitsInPlace(context: TurnContext): boolean {
  const slot: InPlaceSlot | undefined = context.turnState.get(IN_PLACE);
  return slot !== undefined && slot.card === undefined;
}

/** Takes the card for the clicked card's place, when this turn answers in place and has none yet. */
export function claimInPlace(context: TurnContext, card: AdaptiveCardJson): boolean {
  const slot: InPlaceSlot | undefined = context.turnState.get(IN_PLACE);
  if (slot === undefined || slot.card !== undefined) return false;
  slot.card = card;
  return true;
}

export function inPlaceCard(context: TurnContext): AdaptiveCardJson | undefined {
  const slot: InPlaceSlot | undefined = context.turnState.get(IN_PLACE);
  return slot?.card;
}
