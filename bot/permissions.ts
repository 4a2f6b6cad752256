// The one place that decides who may act for a practice (issue 4: roles follow later, so keep it here).
import { TeamsInfo, type TurnContext } from 'botbuilder';
import pLimit from 'p-limit';
import { REGIONS } from '../rules/model.js';
import type { Practice, Stores } from '../storage/ports.js';
import { sameTenant, teamIdOf, tenantOf } from './routing/conversation.js';

/** Membership questions asked of Teams at once when listing a user's practices; Teams throttles bursts per bot. */
const MEMBERSHIP_CONCURRENCY = 4;

/** Teams answers 404 for "not a member" and 403 when the bot is no longer in that team: both mean "no". */
function isNoMember(err: unknown): boolean {
  const status = typeof err === 'object' && err !== null && 'statusCode' in err ? err.statusCode : undefined;
  return status === 404 || status === 403;
}

/** Whether the user of this turn is a member of the team (asked of Teams; in the team's own channels it is given). */
export async function isTeamMember(context: TurnContext, teamId: string): Promise<boolean> {
  if (teamIdOf(context.activity) === teamId) return true;
  try {
    await TeamsInfo.getTeamMember(context, teamId, context.activity.from.id);
    return true;
  } catch (err) {
    // Any other failure (Teams unreachable, throttled) is a fault to report, not a "no".
    if (isNoMember(err)) return false;
    throw err;
  }
}

/** For now: every member of the practice's linked team may act. */
export async function canAct(context: TurnContext, practice: Practice): Promise<boolean> {
  if (practice.teamId === undefined) return false;
  return isTeamMember(context, practice.teamId);
}

/**
 * The linked practices of this tenant whose team the user is a member of, by name: what personal chat offers to
 * pick from (issue 4 §1). Every practice team has the bot installed, so Teams can answer for each.
 */
export async function memberPractices(
  context: TurnContext,
  stores: Stores,
  decide: (practice: Practice) => Promise<boolean> = (p) => canAct(context, p),
): Promise<Practice[]> {
  const tenant = tenantOf(context.activity);
  const linked = (await Promise.all(REGIONS.map((region) => stores.practices.listByRegion(region))))
    .flat()
    .filter((p) => p.teamId !== undefined && (tenant === undefined || p.tenantId === undefined || sameTenant(p.tenantId, tenant)));
  const limit = pLimit(MEMBERSHIP_CONCURRENCY);
  const member = await Promise.all(linked.map((p) => limit(() => decide(p))));
  return linked.filter((_, i) => member[i]).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Members per page when listing a team (Teams allows up to 500; one page covers a GP practice). */
const MEMBERS_PAGE = 200;
/** A practice team is small; stop after this many members so a huge team cannot make one turn slow. */
const MAX_MEMBERS = 1000;

/** A team's members by name, with the id the bot uses as their actor id (AAD object id where Teams gives one). */
export async function teamMembers(context: TurnContext, teamId: string): Promise<{ id: string; name: string }[]> {
  const members: { id: string; name: string }[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await TeamsInfo.getPagedTeamMembers(context, teamId, MEMBERS_PAGE, continuationToken);
    for (const m of page.members) members.push({ id: m.aadObjectId ?? m.id, name: m.name ?? m.givenName ?? m.id });
    continuationToken = page.continuationToken;
  } while (continuationToken !== undefined && continuationToken !== '' && members.length < MAX_MEMBERS);
  return members.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
