// Facts about the conversation a turn comes from, and the conversation reference kept for proactive messages.
import { TurnContext, type Activity } from 'botbuilder';
import * as z from 'zod';
import type { Practice, Stores, Versioned } from '../../storage/ports.js';
import type { ConversationKind } from '../../dialogs/router/turn.js';

type ActivityFacts = Pick<Partial<Activity>, 'conversation' | 'channelData'>;

const TeamsChannelData = z
  .object({
    team: z.object({ id: z.string().min(1), name: z.string().optional() }).optional(),
    tenant: z.object({ id: z.string().min(1) }).optional(),
  })
  .optional();

function channelDataOf(activity: ActivityFacts): z.infer<typeof TeamsChannelData> {
  const parsed = TeamsChannelData.safeParse(activity.channelData);
  return parsed.success ? parsed.data : undefined;
}

export function teamIdOf(activity: ActivityFacts): string | undefined {
  return channelDataOf(activity)?.team?.id;
}

export function teamNameOf(activity: ActivityFacts): string | undefined {
  return channelDataOf(activity)?.team?.name;
}

export function kindOf(activity: ActivityFacts): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel' || type === 'groupChat') return type;
  // Teams marks team conversations as "channel"; a client that leaves the type out still sends the team.
  return teamIdOf(activity) !== undefined ? 'channel' : 'personal';
}

const ChannelOfTeam = z.object({ channel: z.object({ id: z.string().min(1) }).optional() });

/** The Teams channel (General's id is the team's) and tenant, as stored with a linked practice. */
export function channelOf(activity: Pick<Partial<Activity>, 'conversation' | 'channelData'>): { channelId?: string; tenantId?: string } {
  const channelId = ChannelOfTeam.safeParse(activity.channelData).data?.channel?.id ?? activity.conversation?.id;
  const tenantId = tenantOf(activity);
  return { ...(channelId ? { channelId } : {}), ...(tenantId ? { tenantId } : {}) };
}

/** Who acts: the AAD object id where Teams gives one (stable across chats), with the display name. */
export function actorOf(activity: Pick<Partial<Activity>, 'from'>): { id: string; name?: string } {
  const from = activity.from;
  const id = from?.aadObjectId ?? from?.id ?? 'unknown';
  return from?.name ? { id, name: from.name } : { id };
}

export function tenantOf(activity: ActivityFacts): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  if (typeof fromConversation === 'string' && fromConversation !== '') return fromConversation;
  return channelDataOf(activity)?.tenant?.id;
}

/** Tenant ids are GUIDs, compared without regard to case (issue 12 §5). */
export function sameTenant(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A practice linked in another tenant is not this turn's practice, however it was found (issue 12 §5). */
export function ofThisTenant(practice: Versioned<Practice> | undefined, activity: ActivityFacts): Versioned<Practice> | undefined {
  const tenant = tenantOf(activity);
  const own = practice?.value.tenantId;
  return practice !== undefined && own !== undefined && tenant !== undefined && !sameTenant(own, tenant) ? undefined : practice;
}

export function isBotMentioned(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return TurnContext.getMentions(activity).some((m) => m.mentioned?.id === botId);
}

/** The practice linked to the team this turn comes from. */
export async function practiceOf(stores: Stores, activity: ActivityFacts): Promise<Versioned<Practice> | undefined> {
  const teamId = teamIdOf(activity);
  return teamId === undefined ? undefined : stores.practices.findByTeam(teamId);
}

export async function saveReference(
  stores: Stores,
  activity: Partial<Activity>,
  practice: Versioned<Practice> | undefined,
  now: Date,
): Promise<void> {
  const conversationId = activity.conversation?.id;
  if (conversationId === undefined || conversationId === '') return;
  // Without the id of the message that came in: a proactive message is a new post, not a reply to it, and the stored
  // reference stays the same from turn to turn, so the store writes it only when it changed (issue 10 §1).
  const { activityId: _inReplyTo, ...reference } = TurnContext.getConversationReference(activity);
  await stores.references.save({
    conversationId,
    kind: kindOf(activity),
    ...(practice !== undefined ? { practiceId: practice.value.id } : {}),
    reference,
    updatedAt: now.toISOString(),
  });
}
