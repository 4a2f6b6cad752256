// The running wizard of a conversation (dialogs/ parse it), and the wizards one user runs in the other threads of a
// Teams channel (issue 13 §7). Every new post in a channel is a conversation of its own (`<channel>;messageid=<root>`),
// so "stop" posted new cannot see them in its own state. An index in the state table, per channel and user, lists the
// threads where the user last moved a wizard on; it is a hint only: each thread's own state says whether its wizard
// still runs and who moved it last (`wizardBy`), and threads that no longer hold one are dropped from the index.
// Everything is in storage, so any instance of the bot finds them.
import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import * as z from 'zod';
import type { AdaptiveCardJson } from '../../cards/render.js';
import type { WizardElsewhere, WizardSlot } from '../../dialogs/router/turn.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { StateStore, StoreItem } from '../../storage/ports.js';
import type { Logger } from '../logger.js';
import { actorOf, kindOf } from './conversation.js';
import { cardMessage } from './replies.js';

/** The conversation-state properties of the wizard (botbuilder keeps each property as a field of the state item). */
const WIZARD = 'wizard';
const WIZARD_BY = 'wizardBy';
/** A user runs a wizard in a few threads at most; the index keeps the latest of them. */
const MAX_THREADS = 20;
/** Writes of one user's index race only with that user's own turns: a few attempts settle it. */
const ATTEMPTS = 3;

const Index = z.object({ threads: z.array(z.string()) });

export interface WizardProperties {
  wizard: StatePropertyAccessor<unknown>;
  /** Who last moved the wizard on: "stop" in another thread ends only that user's wizards. */
  wizardBy: StatePropertyAccessor<string | undefined>;
}

export function wizardProperties(conversationState: ConversationState): WizardProperties {
  return {
    wizard: conversationState.createProperty<unknown>(WIZARD),
    wizardBy: conversationState.createProperty<string | undefined>(WIZARD_BY),
  };
}

interface WizardDeps extends WizardProperties {
  state: StateStore;
  logger: Logger;
}

/** A channel thread's conversation id without its thread part: the channel. */
function channelOfThread(conversationId: string): string {
  return conversationId.split(';')[0] ?? conversationId;
}

/** The key ConversationState (no namespace) stores a conversation's state under. */
function stateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}

function indexKey(channelId: string, conversationId: string, user: string): string {
  return `${channelId}/wizards/${channelOfThread(conversationId)}/${user}`;
}

/** The wizard slot of this turn's conversation. */
export function wizardSlot(context: TurnContext, deps: WizardDeps): WizardSlot {
  const { activity } = context;
  const user = actorOf(activity).id;
  const conversationId = activity.conversation.id;
  const inChannel = kindOf(activity) === 'channel';
  const change = (who: string, f: (threads: string[]) => string[]): Promise<void> =>
    changeIndex(deps, indexKey(activity.channelId, conversationId, who), f);
  return {
    get: () => deps.wizard.get(context),
    set: async (state) => {
      await deps.wizard.set(context, state);
      if ((await deps.wizardBy.get(context)) === user) return;
      await deps.wizardBy.set(context, user);
      if (inChannel) await change(user, (threads) => [...threads.filter((t) => t !== conversationId), conversationId].slice(-MAX_THREADS));
    },
    clear: async () => {
      const by = await deps.wizardBy.get(context);
      await deps.wizard.delete(context);
      await deps.wizardBy.delete(context);
      if (inChannel && by !== undefined) await change(by, (threads) => threads.filter((t) => t !== conversationId));
    },
    elsewhere: async () => {
      if (!inChannel) return [];
      const key = indexKey(activity.channelId, conversationId, user);
      const threads = Index.safeParse((await deps.state.read([key]))[key]).data?.threads ?? [];
      const others = threads.filter((t) => t !== conversationId);
      const items = others.length === 0 ? {} : await deps.state.read(others.map((t) => stateKey(activity.channelId, t)));
      const running = others.flatMap((thread) => {
        const item = items[stateKey(activity.channelId, thread)];
        return item?.[WIZARD] !== undefined && item[WIZARD_BY] === user ? [{ thread, item }] : [];
      });
      const gone = new Set(others.filter((t) => !running.some((r) => r.thread === t)));
      if (gone.size > 0) await change(user, (ts) => ts.filter((t) => !gone.has(t)));
      return running.map(({ thread, item }) =>
        elsewhere(context, deps, thread, item, () => change(user, (ts) => ts.filter((t) => t !== thread))),
      );
    },
  };
}

function elsewhere(context: TurnContext, deps: WizardDeps, thread: string, item: StoreItem, forget: () => Promise<void>): WizardElsewhere {
  return {
    state: item[WIZARD],
    end: async () => {
      const { [WIZARD]: _wizard, [WIZARD_BY]: _by, ...rest } = item;
      try {
        // With the eTag read: a turn in that thread that wrote since wins, and its wizard is left alone.
        await deps.state.write({ [stateKey(context.activity.channelId, thread)]: rest });
      } catch (err) {
        if (err instanceof ConcurrencyError) return false;
        throw err;
      }
      await forget();
      return true;
    },
    update: async (activityId: string, card: AdaptiveCardJson) => {
      try {
        const conversation = { ...context.activity.conversation, id: thread };
        await context.adapter.updateActivity(context, { ...cardMessage(card), id: activityId, type: 'message', conversation });
      } catch (err) {
        deps.logger.warn({ err, activityId }, 'could not update a card in another thread');
      }
    },
  };
}

/** Read, change, write with the eTag read; a new index is created only if no other turn created it meanwhile. */
async function changeIndex(deps: WizardDeps, key: string, f: (threads: string[]) => string[]): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const item = (await deps.state.read([key]))[key];
    const threads = Index.safeParse(item).data?.threads ?? [];
    const next = f(threads);
    if (next.length === threads.length && next.every((t, i) => t === threads[i])) return;
    if (item?.eTag === undefined) {
      if (await deps.state.claim(key, { threads: next })) return;
      continue;
    }
    try {
      await deps.state.write({ [key]: { threads: next, eTag: item.eTag } });
      return;
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
    }
  }
  // Only a hint: the threads' own states decide, so a lost race is logged, not an error for the user.
  deps.logger.warn({ key }, 'the index of running wizards changed under every attempt; left as it was');
}
