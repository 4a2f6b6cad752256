// Teams activity → the right handler: references on every turn, welcome/uninstall, commands, card submissions,
// and an active dialog always first.
import {
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { parseSubmit, type SubmitResult } from '../cards/actions.js';
import type { Practice, Stores, Versioned } from '../storage/ports.js';
import { localeOf } from './locale.js';
import type { Logger } from './logger.js';
import { canAct, memberPractices } from './permissions.js';
import { matchCommand } from './routing/commands.js';
import { isBotMentioned, kindOf, practiceOf, saveReference, teamIdOf } from './routing/conversation.js';
import type { Turn, TurnHandlers } from './routing/handlers.js';
import { recordUninstall, welcomeOnce } from './routing/install.js';
import { KeyedLock } from './routing/keyed-lock.js';

export interface TeamsBotDeps {
  stores: Stores;
  handlers: TurnHandlers;
  conversationState: ConversationState;
  /** Per user: the practice picked in personal chat (the only user state). */
  userState: UserState;
  logger: Logger;
  now(): Date;
  newId(): string;
}

const SUBMIT_KEY = Symbol('mtvp.submit');

/** The parsed card submission of this turn, for a dialog step that waits for one. */
export function submitOf(context: TurnContext): SubmitResult | undefined {
  const result: SubmitResult | undefined = context.turnState.get(SUBMIT_KEY);
  return result;
}

function hasVerb(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'verb' in value;
}

export class TeamsBot extends TeamsActivityHandler {
  private readonly dialogSet: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly selectedPractice: StatePropertyAccessor<string | undefined>;
  private readonly installLock = new KeyedLock();
  /** The linked practice, looked up once per turn. */
  private readonly practices = new WeakMap<TurnContext, Versioned<Practice>>();

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
    this.dialogSet = new DialogSet(this.dialogState);
    this.selectedPractice = deps.userState.createProperty<string | undefined>('selectedPracticeId');
    for (const dialog of deps.handlers.dialogs) this.dialogSet.add(dialog);

    this.onTurn(async (context, next) => {
      const practice = await this.lookUpPractice(context);
      if (practice !== undefined) this.practices.set(context, practice);
      if (!this.isRemoval(context)) await saveReference(deps.stores, context.activity, practice, deps.now());
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onInstallationUpdate(async (context, next) => {
      const action = context.activity.action ?? '';
      if (action === 'add' || action === 'add-upgrade') await welcomeOnce(context, this.practiceOf(context), this.installDeps());
      if (action === 'remove') await recordUninstall(context, this.practiceOf(context), this.installDeps());
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await welcomeOnce(context, this.practiceOf(context), this.installDeps());
      }
      if (context.activity.membersRemoved?.some((m) => m.id === botId)) {
        await recordUninstall(context, this.practiceOf(context), this.installDeps());
      }
      await next();
    });
  }

  /** Dialog state and the picked practice are written once per turn, after every handler ran. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  /** A team's channels belong to the team's practice; in personal chat it is the practice the user picked. */
  private async lookUpPractice(context: TurnContext): Promise<Versioned<Practice> | undefined> {
    if (kindOf(context.activity) !== 'personal') return practiceOf(this.deps.stores, context.activity);
    const id = await this.selectedPractice.get(context);
    return id === undefined ? undefined : this.deps.stores.practices.get(id);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    await this.handleSubmit(context, { ...data, verb: verb !== '' ? verb : data['verb'] });
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: {} };
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const value: unknown = context.activity.value;
    if (hasVerb(value)) {
      await this.handleSubmit(context, value);
      return;
    }
    // Teams only sends channel messages that @mention the bot; other clients may send every message.
    if (kindOf(context.activity) === 'channel' && !isBotMentioned(context.activity)) return;
    TurnContext.removeRecipientMention(context.activity);
    const text = context.activity.text ?? '';
    const turn = await this.turnFor(context);
    if (await this.continueActiveDialog(turn)) return;
    const match = matchCommand(text);
    if (match !== undefined) await this.deps.handlers.onCommand(turn, match.command, match.args);
    else await this.deps.handlers.onUnknown(turn, text.trim());
  }

  private async handleSubmit(context: TurnContext, value: unknown): Promise<void> {
    const result = parseSubmit(value, localeOf(context.activity));
    context.turnState.set(SUBMIT_KEY, result);
    const turn = await this.turnFor(context);
    if (await this.continueActiveDialog(turn)) return;
    if (result.ok) await this.deps.handlers.onSubmit(turn, result.action);
    else await this.deps.handlers.onInvalidSubmit(turn, result);
  }

  /** True when an active dialog took the turn. */
  private async continueActiveDialog(turn: Turn): Promise<boolean> {
    if (turn.dialogs.activeDialog === undefined) return false;
    const result = await turn.dialogs.continueDialog();
    return result.status !== DialogTurnStatus.empty;
  }

  private async turnFor(context: TurnContext): Promise<Turn> {
    const practice = this.practiceOf(context);
    const teamId = teamIdOf(context.activity);
    // Outside the team, membership is a call to Teams: asked once per practice per turn, however often handlers check.
    const decisions = new Map<string, Promise<boolean>>();
    const decide = (p: Practice): Promise<boolean> => {
      const known = decisions.get(p.id) ?? canAct(context, p);
      decisions.set(p.id, known);
      return known;
    };
    return {
      context,
      dialogs: await this.dialogSet.createContext(context),
      locale: localeOf(context.activity),
      kind: kindOf(context.activity),
      ...(teamId !== undefined ? { teamId } : {}),
      ...(practice !== undefined ? { practice } : {}),
      canAct: decide,
      memberPractices: () => memberPractices(context, this.deps.stores, decide),
      selectPractice: async (id: string | undefined) => {
        if (id === undefined) await this.selectedPractice.delete(context);
        else await this.selectedPractice.set(context, id);
      },
      now: this.deps.now(),
      newId: this.deps.newId,
    };
  }

  private practiceOf(context: TurnContext): Versioned<Practice> | undefined {
    return this.practices.get(context);
  }

  private isRemoval(context: TurnContext): boolean {
    const { activity } = context;
    if (activity.type === 'installationUpdate') return (activity.action ?? '').startsWith('remove');
    return activity.membersRemoved?.some((m) => m.id === activity.recipient.id) ?? false;
  }

  private installDeps(): Parameters<typeof welcomeOnce>[2] {
    return { stores: this.deps.stores, lock: this.installLock, now: this.deps.now, newId: this.deps.newId };
  }
}
