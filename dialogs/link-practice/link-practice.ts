// Link a team to a practice (issue 4 §1): the form, the checks storage cannot make, the save and the audit.
import { renderLinkConsultantCard } from '../../cards/link-consultant.card.js';
import { renderLinkPracticeCard } from '../../cards/link-practice.card.js';
import type { SubmitError } from '../../cards/actions.js';
import type { LinkConsultantAction, LinkPracticeAction } from './actions.js';
import { escapeMarkdown } from '../../cards/escape.js';
import { fundingValue } from '../../cards/options.js';
import { regionName } from '../../rules/i18n/index.js';
import { addMonths } from '../../rules/dates.js';
import { ConcurrencyError, ConflictError } from '../../storage/errors.js';
import type { Practice, Stores } from '../../storage/ports.js';
import { inTenant, practiceIdFor } from '../../storage/practice-id.js';
import { AUDIT, audit } from '../shared/ids.js';
import { changedMeanwhile } from './changed-meanwhile.js';
import { isManager, refuseNotManager } from '../shared/roles.js';
import { msg } from '../messages.js';
import { enteredValues, notice, sendCard, todayOf, writeContext } from '../shared/reply.js';
import type { RhoTeams } from '../router/feature.js';
import type { DialogTurn } from '../router/turn.js';

// MTVP started in 2023 (PRODUCT.md); a start quarter up to a year ahead may be linked in advance.
const FIRST_QUARTER = '2023-01-01';

function quarters(now: Date): string[] {
  const last = addMonths(todayOf(now), 12);
  const out: string[] = [];
  for (let q = FIRST_QUARTER; q <= last && out.length < 40; q = addMonths(q, 3)) out.push(q);
  return out;
}

function valuesOf(p: Practice): Record<string, string | string[]> {
  return {
    name: p.name,
    agb: p.agb,
    region: p.region,
    startQuarter: p.startDate,
    normpraktijken: String(p.normpraktijken),
    gps: String(p.gps),
    funding: p.otherFunding.map(fundingValue),
    ...(p.subregion !== undefined ? { subregion: p.subregion } : {}),
    ...(p.firstInterventionStart !== undefined ? { firstInterventionStart: p.firstInterventionStart } : {}),
  };
}

export async function showLinkCard(
  turn: DialogTurn,
  stores: Stores,
  errors: SubmitError[] = [],
  entered?: Readonly<Record<string, string>>,
): Promise<void> {
  if (turn.kind !== 'channel' || turn.teamId === undefined) return notice(turn, 'linkInChannel');
  const existing = turn.practice?.value;
  if (existing && !(await isManager(turn, stores, existing))) return refuseNotManager(turn, stores, existing, 'linkPractice');
  const values = entered ?? (existing ? valuesOf(existing) : {});
  // The form carries the version it shows (a re-shown form: the one it was first opened with), so a save after
  // someone else's is refused instead of undoing it (issue 12 §3).
  const etag = entered ? entered['etag'] : turn.practice?.etag;
  await sendCard(
    turn,
    renderLinkPracticeCard({
      locale: turn.locale,
      cardId: turn.newId(),
      mode: existing ? 'edit' : 'new',
      ...(etag !== undefined && etag !== '' ? { etag } : {}),
      quarters: quarters(turn.now),
      values,
      errors,
    }),
  );
}

/**
 * The id a new link gets (storage/practice-id.ts): tenant and AGB code; a practice linked before that scheme with this
 * code in this same tenant keeps its id (`<agb>`), so re-linking it from a new team finds it.
 */
async function newPracticeId(stores: Stores, agb: string, tenantId: string | undefined): Promise<string> {
  const id = practiceIdFor(agb, tenantId);
  if (id === agb) return id;
  const before = await stores.practices.get(agb);
  return before !== undefined && before.value.tenantId !== undefined && inTenant(before.value, tenantId) ? agb : id;
}

export async function submitLink(turn: DialogTurn, stores: Stores, a: LinkPracticeAction): Promise<void> {
  const teamId = turn.teamId;
  if (turn.kind !== 'channel' || teamId === undefined) return notice(turn, 'linkInChannel');
  const current = turn.practice;
  if (current && !(await isManager(turn, stores, current.value))) return refuseNotManager(turn, stores, current.value, 'linkPractice');
  const refuse = (message: string) => showLinkCard(turn, stores, [{ field: 'agb', message }], enteredValues(turn));
  if (current && current.value.agb !== a.agb) return refuse(msg(turn.locale, 'agbChanged'));
  const id = current?.value.id ?? (await newPracticeId(stores, a.agb, turn.channel.tenantId));
  if (!current) {
    // A team whose practice this turn may not see (linked in another tenant) keeps it: a link here would take over its
    // team index, and the team would find this one instead (issue 11 §1, roles × scope).
    if ((await stores.practices.findByTeam(teamId)) !== undefined) {
      return notice(turn, 'notAllowed', {}, { title: 'refusedTitle', style: 'attention' });
    }
    // Only this tenant's practices are looked at (issue 12 §5): another tenant's claim of the code neither blocks
    // this link nor shows here.
    const other = await stores.practices.get(id);
    if (other && other.value.teamId !== undefined && other.value.teamId !== teamId) return refuse(msg(turn.locale, 'agbTaken'));
  }
  const practice: Practice = {
    id,
    name: a.name,
    agb: a.agb,
    region: a.region,
    startDate: a.startQuarter,
    normpraktijken: a.normpraktijken,
    gps: a.gps,
    otherFunding: a.funding,
    teamId,
    ...turn.channel,
    ...(a.subregion !== undefined ? { subregion: a.subregion } : {}),
    ...(a.firstInterventionStart !== undefined ? { firstInterventionStart: a.firstInterventionStart } : {}),
    ...(current?.value.praktijkplanSubmitted !== undefined ? { praktijkplanSubmitted: current.value.praktijkplanSubmitted } : {}),
    ...(current?.value.milestones !== undefined ? { milestones: current.value.milestones } : {}),
    // Whoever links the practice is its first manager (issue 11 §1); an edit keeps the managers.
    ...(current ? (current.value.managers !== undefined ? { managers: current.value.managers } : {}) : { managers: [turn.actor] }),
  };
  try {
    // With the ETag the form was opened with: storage refuses it when someone saved since (a retry of this very save
    // is recognised there and answered as saved). A form without one creates, which fails when the practice exists.
    await stores.practices.save(practice, writeContext(turn, a.cardId), a.etag);
  } catch (err) {
    if (err instanceof ConcurrencyError || (err instanceof ConflictError && current)) return changedMeanwhile(turn, stores, practice.id);
    if (err instanceof ConflictError) return refuse(msg(turn.locale, 'agbTaken'));
    throw err;
  }
  await audit(turn, stores, practice.id, current ? AUDIT.practiceUpdated : AUDIT.practiceLinked, {
    teamId,
    cardId: a.cardId,
    ...(turn.actor.name !== undefined ? { by: turn.actor.name } : {}),
  });
  await notice(
    turn,
    current ? 'updated' : 'linked',
    { name: escapeMarkdown(practice.name), agb: practice.agb },
    { title: 'doneTitle', style: 'good' },
  );
}

export async function showLinkConsultantCard(turn: DialogTurn, errors: SubmitError[] = []): Promise<void> {
  if (turn.kind !== 'channel' || turn.teamId === undefined) return notice(turn, 'linkInChannel');
  await sendCard(turn, renderLinkConsultantCard({ locale: turn.locale, cardId: turn.newId(), errors }));
}

export async function submitLinkConsultant(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams, a: LinkConsultantAction): Promise<void> {
  const teamId = turn.teamId;
  if (turn.kind !== 'channel' || teamId === undefined) return notice(turn, 'linkInChannel');
  // Only a team the operator listed for the region becomes (or replaces) its consultant channel (issue 11 §1).
  if (!(rhoTeams[a.region] ?? []).includes(teamId)) {
    await audit(turn, stores, `region:${a.region}`, AUDIT.consultantRefused, { teamId });
    return notice(
      turn,
      'consultantNotAllowed',
      { region: regionName(a.region, turn.locale), pair: `${a.region}:${teamId}` },
      { title: 'refusedTitle', style: 'warning' },
    );
  }
  const { channelId, tenantId } = turn.channel;
  await stores.consultantChannels.set(
    {
      region: a.region,
      teamId,
      channelId: channelId ?? teamId,
      ...(tenantId ? { tenantId } : {}),
      linkedBy: turn.actor.id,
      linkedAt: turn.now.toISOString(),
    },
    writeContext(turn, a.cardId),
  );
  await audit(turn, stores, `region:${a.region}`, AUDIT.consultantLinked, { teamId });
  await notice(turn, 'consultantLinked', { region: regionName(a.region, turn.locale) }, { title: 'doneTitle', style: 'good' });
}
