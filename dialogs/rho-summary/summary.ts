// The consultant's read-only view (issue 11 §1): in the team the operator allowed and linked as a region's RHO channel
// (RHO_TEAMS), or in personal chat and group chats for a member of that team (consultant.ts); only that region's
// practices, and nothing that writes practice data. `samenvatting [subregio]`
// shows the summary a page at a time (Vorige/Volgende), filtered on a subregion when asked.
import { ofTurnTenant } from '../shared/tenant.js';
import { visibleIn } from '../../storage/practice-id.js';
import { regionName, t } from '../../rules/i18n/index.js';
import type { IsoDate, Region } from '../../rules/model.js';
import type { Stores } from '../../storage/ports.js';
import { noticeCard, sendCard, todayOf } from '../shared/reply.js';
import { sendStatus } from '../status/status.js';
import type { DialogTurn } from '../router/turn.js';
import type { RhoTeams } from '../router/feature.js';
import { consultantAccess, type ConsultantRefusal } from './consultant.js';
import { ALL_SUBREGIONS } from '../../cards/rho-summary.card.js';
import type { OpenPracticeStatusAction, SummaryPageAction } from './actions.js';
import { subregionsOf, summaryCards } from './pages.js';
import { summarise, type PracticeSummary } from './rows.js';
import type { CheckMemo } from '../shared/plan-now.js';

/** The region this turn may read as a consultant (consultant.ts), or the refusal already sent. */
export async function consultantRegion(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams): Promise<Region | undefined> {
  const access = await consultantAccess(turn, stores, rhoTeams);
  if ('region' in access) return access.region;
  await refuse(turn, access.refused, access.regions);
  return undefined;
}

async function refuse(turn: DialogTurn, key: ConsultantRefusal | 'summary.otherRegion', regions: readonly Region[] = []): Promise<void> {
  const names = regions.map((r) => regionName(r, turn.locale)).join(', ') || '–';
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    text: key === 'summary.notConsultant' || key === 'summary.otherRegion' ? t(turn.locale, key) : t(turn.locale, key, { regions: names }),
    style: 'warning',
    buttons: key === 'summary.notConsultant' ? [{ title: t(turn.locale, 'action.startLinkConsultant'), verb: 'startLinkConsultant' }] : [],
  });
}

/**
 * Every practice of the region with its row: one listing of the region's practices and records. Only practices the
 * consultant channel's tenant may see (issue 12 §5): a practice linked in another tenant is never listed.
 */
export async function regionSummaries(
  stores: Stores,
  region: Region,
  today: IsoDate,
  tenantId: string | undefined,
): Promise<PracticeSummary[]> {
  const memo: CheckMemo = new Map();
  return (await stores.records.listByRegion(region)).filter((p) => visibleIn(p.practice, tenantId)).map((p) => summarise(p, today, memo));
}

const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The subregion asked for (typed or chosen on the card) as the region's practices spell it; `undefined`: all;
 * `false`: not one of the region's subregions.
 */
export function pickSubregion(summaries: readonly PracticeSummary[], asked: string | undefined): string | undefined | false {
  if (asked === undefined || asked.trim() === '' || asked === ALL_SUBREGIONS) return undefined;
  return subregionsOf(summaries).find((s) => plain(s) === plain(asked)) ?? false;
}

/** Subregion "x" is not known here: which ones are. */
export async function unknownSubregion(turn: DialogTurn, summaries: readonly PracticeSummary[], asked: string): Promise<void> {
  const known = subregionsOf(summaries);
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.title'),
    text: t(turn.locale, 'summary.unknownSubregion', { subregion: asked, known: known.join(', ') || '–' }),
    style: 'warning',
  });
}

async function showPage(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams, page: number, asked: string | undefined): Promise<void> {
  const region = await consultantRegion(turn, stores, rhoTeams);
  if (region === undefined) return;
  const today = todayOf(turn.now);
  const summaries = await regionSummaries(stores, region, today, turn.channel.tenantId);
  const subregion = pickSubregion(summaries, asked);
  if (subregion === false) return unknownSubregion(turn, summaries, asked ?? '');
  const cards = summaryCards({
    locale: turn.locale,
    newId: turn.newId,
    regionName: regionName(region, turn.locale),
    today,
    summaries,
    ...(subregion !== undefined ? { subregion } : {}),
    paging: true,
  });
  const card = cards[Math.min(page, cards.length - 1)];
  if (card !== undefined) await sendCard(turn, card);
}

export function showSummary(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams, args: string): Promise<void> {
  return showPage(turn, stores, rhoTeams, 0, args.trim() === '' ? undefined : args.trim());
}

/** Vorige / Volgende / Toon: the card's subregion choice wins over the filter the card was drawn with. */
export function summaryPage(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams, a: SummaryPageAction): Promise<void> {
  return showPage(turn, stores, rhoTeams, a.page, a.filter ?? a.subregion);
}

/** "Details": that practice's status card, read-only, when it belongs to this channel's region. */
export async function openPracticeStatus(turn: DialogTurn, stores: Stores, rhoTeams: RhoTeams, a: OpenPracticeStatusAction): Promise<void> {
  const region = await consultantRegion(turn, stores, rhoTeams);
  if (region === undefined) return;
  const practice = ofTurnTenant(turn, await stores.practices.get(a.practiceId))?.value;
  if (practice === undefined || practice.region !== region) return refuse(turn, 'summary.otherRegion');
  await sendStatus(turn, stores, practice, true);
}
