// What dialogs/ needs of a turn and what it hands back to bot/: the same shape as bot/routing/handlers.ts,
// declared here because dialogs/ does not import bot/ (STYLE.md §1); bot/main.ts checks they fit.
import type { TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { CardAction, SubmitResult } from '../cards/actions.js';
import type { Locale } from '../rules/model.js';
import type { Practice, Versioned } from '../storage/ports.js';

export type InvalidSubmit = Extract<SubmitResult, { ok: false }>;

export interface DialogTurn {
  readonly context: TurnContext;
  readonly dialogs: DialogContext;
  readonly locale: Locale;
  readonly kind: 'channel' | 'personal' | 'groupChat';
  readonly teamId?: string;
  readonly practice?: Versioned<Practice>;
  canAct(practice: Practice): Promise<boolean>;
  memberPractices(): Promise<Practice[]>;
  selectPractice(practiceId: string | undefined): Promise<void>;
  readonly now: Date;
  newId(): string;
}

export interface DialogHandlers {
  readonly dialogs: readonly Dialog[];
  onCommand(turn: DialogTurn, command: string, args: string): Promise<void>;
  onSubmit(turn: DialogTurn, action: CardAction): Promise<void>;
  onInvalidSubmit(turn: DialogTurn, result: InvalidSubmit): Promise<void>;
  onUnknown(turn: DialogTurn, text: string): Promise<void>;
}
