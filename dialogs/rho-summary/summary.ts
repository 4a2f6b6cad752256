// The consultant's read-only view (issue 11 §1): only in the team the operator allowed and linked as a region's RHO
// channel (RHO_TEAMS), only that region's practices, and nothing that writes practice data.
import { ofTurnTenant } from '../shared/tenant.js';
import { renderRhoSummaryCard, SUMMARY_ROWS, type SummaryRow } from '../../cards/rho-summary.card.js';
import { formatDate } from '../../rules/dates.js';
import { regionName, t } from '../../rules/i18n/index.js';
import { REGIONS, type IsoDate, type Region } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import type { Practice, Stores } from '../../storage/ports.js';
import { loadPracticeFacts } from '../shared/practice-facts.js';
import { noticeCard, sendCard, todayOf } from '../shared/reply.js';
import { sendStatus } from '../status/status.js';
import type { DialogTurn } from '../router/turn.js';
import type { OpenPracticeStatusAction } from './actions.js';

/** Practices read at once: the region's summary rows are independent point reads. */
const READ_CONCURRENCY = 8;

/** The region whose consultant channel this team is, or undefined (4 point reads, one per region). */
async function consultantRegion(turn: DialogTurn, stores: Stores): Promise<Region | undefined> {
  if (turn.kind !== 'channel' || turn.teamId === undefined) return undefined;
  const channels = await Promise.all(REGIONS.map((r) => stores.consultantChannels.get(r)));
  return channels.find((c) => c?.teamId === turn.teamId)?.region;
}

async function refuse(turn: DialogTurn, key: 'summary.notConsultant' | 'summary.otherRegion'): Promise<void> {
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    text: t(turn.locale, key),
    style: 'warning',
    buttons: key === 'summary.notConsultant' ? [{ title: t(turn.locale, 'action.startLinkConsultant'), verb: 'startLinkConsultant' }] : [],
  });
}

async function rowOf(stores: Stores, p: Practice, today: IsoDate): Promise<SummaryRow> {
  const { facts, plans } = await loadPracticeFacts(stores, p);
  const result = status(facts, today);
  const open = [...result.items, ...result.milestones];
  const intervisie = result.items.filter((i) => i.kind === 'intervisie-count').at(-1);
  const due = open
    .filter((i) => i.status !== 'met' && i.due !== undefined && i.due >= today)
    .map((i) => i.due as IsoDate)
    .sort()[0];
  const plan = plans.filter((v) => v.year <= Math.max(1, result.programmeYear)).at(-1);
  return {
    practiceId: p.id,
    name: p.name,
    ...(p.subregion !== undefined ? { subregion: p.subregion } : {}),
    programmeYear: Math.max(0, result.programmeYear),
    planOk: plan ? plan.verdict.ok : null,
    ...(intervisie?.value !== undefined && intervisie.target !== undefined
      ? { intervisie: { value: intervisie.value, target: intervisie.target } }
      : {}),
    missed: open.filter((i) => i.status === 'missed').length,
    atRisk: open.filter((i) => i.status === 'at-risk').length,
    ...(due !== undefined ? { nextDue: formatDate(due) } : {}),
  };
}

async function rowsOf(stores: Stores, practices: readonly Practice[], today: IsoDate): Promise<SummaryRow[]> {
  const rows: SummaryRow[] = [];
  for (let i = 0; i < practices.length; i += READ_CONCURRENCY)
    rows.push(...(await Promise.all(practices.slice(i, i + READ_CONCURRENCY).map((p) => rowOf(stores, p, today)))));
  return rows;
}

/** Most urgent first: most missed, then most at risk, then the nearest deadline, then by name. */
function byUrgency(a: SummaryRow, b: SummaryRow): number {
  const due = (r: SummaryRow) => (r.nextDue ? r.nextDue.split('-').reverse().join('') : '99999999');
  return b.missed - a.missed || b.atRisk - a.atRisk || due(a).localeCompare(due(b)) || a.name.localeCompare(b.name, 'nl');
}

export async function showSummary(turn: DialogTurn, stores: Stores): Promise<void> {
  const region = await consultantRegion(turn, stores);
  if (region === undefined) return refuse(turn, 'summary.notConsultant');
  const today = todayOf(turn.now);
  const rows = (await rowsOf(stores, await stores.practices.listByRegion(region), today)).sort(byUrgency);
  await sendCard(
    turn,
    renderRhoSummaryCard({
      locale: turn.locale,
      cardId: turn.newId(),
      regionName: regionName(region, turn.locale),
      asOf: formatDate(today),
      rows: rows.slice(0, SUMMARY_ROWS),
      totals: {
        practices: rows.length,
        missed: rows.filter((r) => r.missed > 0).length,
        atRisk: rows.filter((r) => r.missed === 0 && r.atRisk > 0).length,
      },
      more: Math.max(0, rows.length - SUMMARY_ROWS),
    }),
  );
}

/** "Details": that practice's status card, read-only, when it belongs to this channel's region. */
export async function openPracticeStatus(turn: DialogTurn, stores: Stores, a: OpenPracticeStatusAction): Promise<void> {
  const region = await consultantRegion(turn, stores);
  if (region === undefined) return refuse(turn, 'summary.notConsultant');
  const practice = ofTurnTenant(turn, await stores.practices.get(a.practiceId))?.value;
  if (practice === undefined || practice.region !== region) return refuse(turn, 'summary.otherRegion');
  await sendStatus(turn, stores, practice, true);
}
