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
import { renderNoticeCard } from '../cards/notice.card.js';
import type { AdaptiveCardJson } from '../cards/render.js';
import type { Router } from '../dialogs/router/router.js';
import type { DialogTurn } from '../dialogs/router/turn.js';
import type { Practice, Stores, Versioned } from '../storage/ports.js';
import { clearChannelInactive } from './jobs/inactive.js';
import { localeOf } from './locale.js';
import type { Logger } from './logger.js';
import { message } from './messages.js';
import { canAct, isTeamMember, memberPractices, teamMembers } from './permissions.js';
import { actorOf, channelOf, isBotMentioned, kindOf, ofThisTenant, practiceOf, saveReference, teamIdOf } from './routing/conversation.js';
import { recordUninstall, welcomeOnce } from './routing/install.js';
import { KeyedLock } from './routing/keyed-lock.js';
import { TurnReplies } from './routing/replies.js';
import { isOverrun } from './routing/turn-budget.js';
import { wizardProperties, wizardSlot, type WizardProperties } from './routing/wizards.js';

export interface TeamsBotDeps {
  stores: Stores;
  router: Router;
  conversationState: ConversationState;
  /** Per user: the practice picked in personal chat (the only user state). */
  userState: UserState;
  logger: Logger;
  now(): Date;
  newId(): string;
}

function payloadOf(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('verb' in value)) return undefined;
  return { ...value };
}

export class TeamsBot extends TeamsActivityHandler {
  /** The running wizard of a conversation (dialogs/ parse it); cleared with the conversation state on a failed turn. */
  private readonly wizard: WizardProperties;
  private readonly selectedPractice: StatePropertyAccessor<string | undefined>;
  private readonly installLock = new KeyedLock();
  /** The linked practice, looked up once per turn. */
  private readonly practices = new WeakMap<TurnContext, Versioned<Practice>>();

  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.wizard = wizardProperties(deps.conversationState);
    this.selectedPractice = deps.userState.createProperty<string | undefined>('selectedPracticeId');

    this.onTurn(async (context, next) => {
      let practice = await this.lookUpPractice(context);
      // The bot hears from the practice's team again: its channel accepts proactive messages again (issue 11 §5).
      if (
        practice?.value.channelInactive !== undefined &&
        practice.value.teamId === teamIdOf(context.activity) &&
        !this.isRemoval(context)
      ) {
        practice = await clearChannelInactive(deps.stores, practice, deps.now());
      }
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
    // A turn over its budget was answered with a notice (routing/turn-budget.ts): the conversation stays at the step
    // the user last saw, so their next message is read as they expect.
    if (isOverrun(context)) return;
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  /** A team's channels belong to the team's practice; in personal chat it is the practice the user picked. */
  private async lookUpPractice(context: TurnContext): Promise<Versioned<Practice> | undefined> {
    // A channel belongs to a team; personal and group chats act for the practice the user picked (issue 13 §7).
    if (kindOf(context.activity) === 'channel') return ofThisTenant(await practiceOf(this.deps.stores, context.activity), context.activity);
    const id = await this.selectedPractice.get(context);
    return id === undefined ? undefined : ofThisTenant(await this.deps.stores.practices.get(id), context.activity);
  }

  /**
   * Action.Execute (Universal Actions): the answer replaces the clicked card. The first card the handler shows is
   * returned in the invoke response; any further card is a new message.
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    const replies = new TurnReplies(context, true, this.deps.logger);
    await this.deps.router.onSubmit(this.turnFor(context, replies), { ...data, verb: verb !== '' ? verb : data['verb'] });
    const card = replies.inPlaceCard ?? this.doneCard(context);
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }

  /** A handler that answered without a card of its own: the clicked card becomes a read-only "done" notice. */
  private doneCard(context: TurnContext): AdaptiveCardJson {
    const locale = localeOf(context.activity);
    return renderNoticeCard({ locale, cardId: this.deps.newId(), title: message(locale, 'doneTitle'), text: message(locale, 'cardDone') });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const payload = payloadOf(context.activity.value);
    if (payload !== undefined) {
      await this.handleSubmit(context, payload);
      return;
    }
    // Teams only sends channel messages that @mention the bot; other clients may send every message.
    if (kindOf(context.activity) === 'channel' && !isBotMentioned(context.activity)) return;
    TurnContext.removeRecipientMention(context.activity);
    await this.deps.router.onMessage(this.turnFor(context), context.activity.text ?? '');
  }

  private async handleSubmit(context: TurnContext, payload: Record<string, unknown>): Promise<void> {
    await this.deps.router.onSubmit(this.turnFor(context), payload);
  }

  private turnFor(context: TurnContext, reply = new TurnReplies(context, false, this.deps.logger)): DialogTurn {
    const practice = this.practiceOf(context);
    const teamId = teamIdOf(context.activity);
    // Outside the team, membership is a call to Teams: asked once per practice per turn, however often handlers check.
    const decisions = new Map<string, Promise<boolean>>();
    const memberships = new Map<string, Promise<boolean>>();
    const decide = (p: Practice): Promise<boolean> => {
      const known = decisions.get(p.id) ?? canAct(context, p);
      decisions.set(p.id, known);
      return known;
    };
    return {
      locale: localeOf(context.activity),
      kind: kindOf(context.activity),
      channel: channelOf(context.activity),
      actor: actorOf(context.activity),
      reply,
      wizard: wizardSlot(context, { ...this.wizard, state: this.deps.stores.state, logger: this.deps.logger }),
      ...(teamId !== undefined ? { teamId } : {}),
      ...(practice !== undefined ? { practice } : {}),
      canAct: decide,
      memberPractices: () => memberPractices(context, this.deps.stores, decide),
      isTeamMember: (id: string) => {
        const known = memberships.get(id) ?? isTeamMember(context, id);
        memberships.set(id, known);
        return known;
      },
      teamMembers: (id: string) => teamMembers(context, id),
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
