// The one place that decides who may act for a practice (issue 4: roles follow later, so keep it here).
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Practice } from '../storage/ports.js';
import { teamIdOf } from './routing/conversation.js';

/** For now: every member of the practice's linked team may act. */
export async function canAct(context: TurnContext, practice: Practice): Promise<boolean> {
  if (practice.teamId === undefined) return false;
  if (teamIdOf(context.activity) === practice.teamId) return true;
  try {
    // Outside the team's channels (personal chat) membership is asked from Teams; a 404 means not a member.
    const member = await TeamsInfo.getTeamMember(context, practice.teamId, context.activity.from.id);
    return member !== undefined;
  } catch {
    return false;
  }
}
