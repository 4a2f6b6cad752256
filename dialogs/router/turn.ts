// The turn as every feature sees it, built once per activity by bot/ (the only declaration of the bot ↔ dialogs
// seam). No Bot Framework type crosses it: replies, the running wizard and who acts are plain interfaces, so a move
// to the Microsoft 365 Agents SDK changes bot/ only.
import type { SubmitError } from '../../cards/actions.js';
import type { AdaptiveCardJson } from '../../cards/render.js';
import type { Verb } from '../../cards/verbs.js';
import type { Locale } from '../../rules/model.js';
import type { Practice, Versioned, WriteContext } from '../../storage/ports.js';

export type ConversationKind = 'channel' | 'personal' | 'groupChat';

/**
 * A card payload parsed once by the router (the handler receives the typed action itself): which verb and card, or
 * field errors in the user's language, and what was entered (to show a form again).
 */
export type SubmitResult = { readonly entered: Readonly<Record<string, string>> } & (
  | { readonly ok: true; readonly verb: Verb; readonly cardId: string }
  | { readonly ok: false; readonly verb?: Verb; readonly cardId?: string; readonly errors: SubmitError[] }
);

/** How a turn answers. In an Action.Execute turn the first card replaces the clicked card (the invoke response). */
export interface Replies {
  /** Returns the id of the message that shows the card, when the channel gives one (for a later update). */
  card(card: AdaptiveCardJson): Promise<string | undefined>;
  text(text: string): Promise<void>;
  /** True while an Action.Execute turn has no card yet for the clicked card's place. */
  awaitsInPlace(): boolean;
  /** Replaces an earlier card of the bot (a message that must remain, made read-only); a failure is logged by bot/. */
  update(activityId: string, card: AdaptiveCardJson): Promise<void>;
}

/** The one multi-turn flow a conversation may have running (the choose wizard), kept in the conversation state. */
export interface WizardSlot {
  /** The stored state, unparsed: the feature that owns it parses it. */
  get(): Promise<unknown>;
  set(state: object): Promise<void>;
  clear(): Promise<void>;
  /**
   * In a channel, every new post is a thread and a conversation of its own (issue 13 §7): the wizards this user last
   * moved on in the channel's other threads, read from storage (any instance sees them). Empty outside a channel.
   */
  elsewhere(): Promise<WizardElsewhere[]>;
}

/** A wizard running in another thread of the channel. */
export interface WizardElsewhere {
  /** Its stored state, unparsed. */
  readonly state: unknown;
  /** Ends it; false when it moved on or ended meanwhile (it is then left alone). */
  end(): Promise<boolean>;
  /** Replaces a card of the bot in that thread (made read-only); a failure is logged by bot/. */
  update(activityId: string, card: AdaptiveCardJson): Promise<void>;
}

export interface DialogTurn {
  readonly locale: Locale;
  readonly kind: ConversationKind;
  /** Set in a team (channel) conversation. */
  readonly teamId?: string;
  /** The Teams channel and tenant of this conversation, as stored with a linked practice. */
  readonly channel: { readonly channelId?: string; readonly tenantId?: string };
  /** Who acts (AAD object id where Teams gives one), for the audit log and `savedBy`. */
  readonly actor: WriteContext['actor'];
  /** The practice linked to this team; in personal chat the one the user picked. */
  readonly practice?: Versioned<Practice>;
  /** The card payload of this turn, parsed once (undefined for a typed message). */
  readonly submit?: SubmitResult;
  readonly reply: Replies;
  readonly wizard: WizardSlot;
  /** The single permission decision (bot/permissions.ts). */
  canAct(practice: Practice): Promise<boolean>;
  /** The linked practices whose team the user is a member of, by name. */
  memberPractices(): Promise<Practice[]>;
  /**
   * Whether the user is a member of the team: given in the team's own channels, else asked of Teams (once per team per
   * turn, never remembered beyond it). Throws when Teams cannot answer.
   */
  isTeamMember(teamId: string): Promise<boolean>;
  /** The members of a team by name (asked of Teams), with the id the bot sees as their actor id. */
  teamMembers(teamId: string): Promise<{ id: string; name: string }[]>;
  /** Personal chat: remember which practice the user works for (`undefined` forgets it). */
  selectPractice(practiceId: string | undefined): Promise<void>;
  /** The clock and id source of the app, injectable in tests. */
  readonly now: Date;
  newId(): string;
}

/** A turn that passed the practice middleware: a linked practice the user may act for. */
export type PracticeTurn = DialogTurn & { readonly practice: Versioned<Practice> };
