// Install and uninstall: the welcome card once per install in a team channel, and an audit trail of both.
import type { TurnContext } from 'botbuilder';
import { renderWelcomeCard } from '../../cards/welcome.card.js';
import type { Practice, Stores, Versioned } from '../../storage/ports.js';
import { localeOf } from '../locale.js';
import { kindOf, teamIdOf, teamNameOf } from './conversation.js';
import type { KeyedLock } from './keyed-lock.js';
import { cardMessage } from './replies.js';

export interface InstallDeps {
  stores: Stores;
  lock: KeyedLock;
  now(): Date;
  newId(): string;
}

/** State-store key of the "welcome posted" marker; removed on uninstall so a reinstall greets again. */
export function welcomeMarkerKey(context: TurnContext): string {
  return `welcome/${context.activity.channelId}/${context.activity.conversation.id}`;
}

function auditKey(context: TurnContext, practice: Versioned<Practice> | undefined): string {
  if (practice !== undefined) return practice.value.id;
  const teamId = teamIdOf(context.activity);
  return teamId !== undefined ? `team:${teamId}` : `conversation:${context.activity.conversation.id}`;
}

export async function welcomeOnce(context: TurnContext, practice: Versioned<Practice> | undefined, deps: InstallDeps): Promise<void> {
  if (kindOf(context.activity) !== 'channel') return;
  const key = welcomeMarkerKey(context);
  await deps.lock.run(key, async () => {
    const at = deps.now().toISOString();
    // Once across instances (issue 12 §6): only the instance whose create of the marker succeeds posts. Within one
    // process the lock already serialises the install events that arrive together.
    if (!(await deps.stores.state.claim(key, { postedAt: at }))) return;
    const teamName = teamNameOf(context.activity);
    const card = renderWelcomeCard({
      locale: localeOf(context.activity),
      cardId: deps.newId(),
      ...(teamName !== undefined ? { teamName } : {}),
    });
    try {
      await context.sendActivity(cardMessage(card));
    } catch (err) {
      // Not posted: give the marker back, so the next install event (Teams repeats them) welcomes after all.
      await deps.stores.state.delete([key]);
      throw err;
    }
    await deps.stores.audit.append({
      practiceId: auditKey(context, practice),
      action: 'welcome-posted',
      actor: context.activity.from.id,
      at,
    });
  });
}

export async function recordUninstall(context: TurnContext, practice: Versioned<Practice> | undefined, deps: InstallDeps): Promise<void> {
  await deps.stores.state.delete([welcomeMarkerKey(context)]);
  await deps.stores.audit.append({
    practiceId: auditKey(context, practice),
    action: 'uninstalled',
    actor: context.activity.from.id,
    at: deps.now().toISOString(),
    detail: { conversationId: context.activity.conversation.id, kind: kindOf(context.activity) },
  });
}
