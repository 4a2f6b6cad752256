// Who is an RHO consultant for this turn (issue 11 §1): in a team, the team that is a region's linked consultant
// channel; in personal chat or a group chat, a member of such a team, asked of Teams on every consultant command or
// card action (the team roster, per turn: nothing is remembered, so someone removed from the team loses access at once).
// Only teams the operator still allows in RHO_TEAMS count, in their own channel as in a chat (a team taken out of the
// setting loses access at the next turn, as the weekly job skips it), and only those of this tenant.
import { REGIONS, type Region } from '../../rules/model.js';
import { visibleIn } from '../../storage/practice-id.js';
import type { ConsultantChannel, Stores } from '../../storage/ports.js';
import type { RhoTeams } from '../router/feature.js';
import type { DialogTurn } from '../router/turn.js';

export type ConsultantRefusal = 'summary.notConsultant' | 'summary.notConsultantChat' | 'summary.membershipUnknown';
type ConsultantAccess = { region: Region } | { refused: ConsultantRefusal; regions: Region[] };

/** The linked consultant channels the operator still allows, of this turn's tenant, in REGIONS order. */
async function allowedChannels(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams): Promise<ConsultantChannel[]> {
  const channels = await Promise.all(REGIONS.map((r) => stores.consultantChannels.get(r)));
  return channels.filter(
    (c): c is ConsultantChannel => c !== undefined && (rhoTeams[c.region] ?? []).includes(c.teamId) && visibleIn(c, turn.channel.tenantId),
  );
}

/**
 * The region this turn may read as a consultant. In a chat, the first region (REGIONS order) whose consultant team
 * has the user as a member; when Teams cannot answer for a team and no other team says yes, "unknown" (never a yes).
 */
export async function consultantAccess(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams): Promise<ConsultantAccess> {
  if (turn.kind === 'channel') {
    if (turn.teamId === undefined) return { refused: 'summary.notConsultant', regions: [] };
    const region = (await allowedChannels(turn, stores, rhoTeams)).find((c) => c.teamId === turn.teamId)?.region;
    return region !== undefined ? { region } : { refused: 'summary.notConsultant', regions: [] };
  }
  const channels = await allowedChannels(turn, stores, rhoTeams);
  let unknown = false;
  for (const channel of channels) {
    try {
      if (await turn.isTeamMember(channel.teamId)) return { region: channel.region };
    } catch {
      unknown = true;
    }
  }
  const regions = channels.map((c) => c.region);
  return { refused: unknown ? 'summary.membershipUnknown' : 'summary.notConsultantChat', regions };
}
