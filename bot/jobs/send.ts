// One proactive activity through the adapter's continue-conversation with a stored reference (STACK.md: the app id,
// '' locally). The turn logic never throws: the adapter's onTurnError would answer the conversation with an error
// message (a second message, or one to a conversation that refused the first), so the error is carried out instead.
import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ConversationReferenceData, ProactiveMessage } from '../../storage/ports.js';

/** Sends one activity to the conversation of `reference`; resolves with the id Teams gave it. */
export type Sender = (reference: ConversationReferenceData, activity: Partial<Activity>) => Promise<string>;

/** The n-th activity of a message: one Adaptive Card each (a long summary is several), `summary` as its notification. */
export function activityOf(message: ProactiveMessage, index: number): Partial<Activity> {
  const card = message.cards[index];
  const activity = card === undefined ? MessageFactory.text(message.summary) : MessageFactory.attachment(CardFactory.adaptiveCard(card));
  return { ...activity, summary: message.summary };
}

/** How many activities a message is (a message without cards is its summary as text). */
export const activityCount = (message: ProactiveMessage): number => Math.max(1, message.cards.length);

interface Pipeline {
  removePolicy(options: { phase: 'Retry' }): unknown;
}

function pipelineOf(connector: unknown): Pipeline | undefined {
  // ServiceClientContext keeps its @azure/core-client ServiceClient private as `client` (botbuilder-stdlib).
  const client: unknown = typeof connector === 'object' && connector !== null ? Reflect.get(connector, 'client') : undefined;
  const pipeline: unknown = typeof client === 'object' && client !== null ? Reflect.get(client, 'pipeline') : undefined;
  if (typeof pipeline !== 'object' || pipeline === null) return undefined;
  const remove: unknown = Reflect.get(pipeline, 'removePolicy');
  return typeof remove === 'function' ? (pipeline as Pipeline) : undefined;
}

/**
 * The connector client of this turn without its own retry policy (bot/jobs/retry.ts retries instead). Throws when the
 * SDK's shape changed, so an upgrade that breaks this is seen in the tests, not as silent double retries.
 */
export function withoutConnectorRetries(adapter: CloudAdapter, context: TurnContext): void {
  const pipeline = pipelineOf(context.turnState.get(adapter.ConnectorClientKey));
  if (pipeline === undefined) throw new Error('botbuilder connector client has no pipeline to remove its retry policy from');
  pipeline.removePolicy({ phase: 'Retry' });
}

export function adapterSender(adapter: CloudAdapter, appId: string): Sender {
  return async (reference, activity) => {
    const outcome: { id?: string; error?: unknown } = { error: new Error('continueConversationAsync did not run the send') };
    await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (context) => {
      try {
        withoutConnectorRetries(adapter, context);
        // The continuation activity carries a made-up id, which sendActivity would turn into a reply to it: a
        // proactive message is a new post (POST /v3/conversations/{id}/activities), so it has no id to reply to.
        delete context.activity.id;
        const sent = await context.sendActivity(activity);
        outcome.id = sent?.id ?? '';
        delete outcome.error;
      } catch (error) {
        outcome.error = error;
      }
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.id ?? '';
  };
}
