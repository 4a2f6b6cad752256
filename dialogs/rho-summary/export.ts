// "Exporteer CSV" (issue 11 §4): the region's practices, requirements and logs as a CSV for Dutch Excel, written to
// Blob Storage under the region's folder with a random name, offered as a link valid 24 hours, and audited on the
// region (`region:<id>`). The consultant reads; nothing of a practice is written.
import { regionName, t } from '../../rules/i18n/index.js';
import type { ExportStore, Stores } from '../../storage/ports.js';
import { audit, AUDIT } from '../shared/ids.js';
import { noticeCard, todayOf } from '../shared/reply.js';
import type { DialogTurn } from '../router/turn.js';
import { formatDate } from '../../rules/dates.js';
import type { ExportCsvAction } from './actions.js';
import { regionCsv } from './csv.js';
import { bySubregionThenUrgency } from './rows.js';
import { consultantRegion, pickSubregion, regionSummaries, unknownSubregion } from './summary.js';
import type { RhoTeams } from '../router/feature.js';

/** How long the download link works (issue 11 §4). */
export const LINK_HOURS = 24;

export async function exportCsv(
  turn: DialogTurn,
  stores: Stores,
  rhoTeams: RhoTeams,
  exports: ExportStore | undefined,
  a: Pick<ExportCsvAction, 'subregion' | 'filter'>,
): Promise<void> {
  const region = await consultantRegion(turn, stores, rhoTeams);
  if (region === undefined) return;
  const today = todayOf(turn.now);
  const summaries = await regionSummaries(stores, region, today, turn.channel.tenantId);
  const asked = a.filter ?? a.subregion;
  const subregion = pickSubregion(summaries, asked);
  if (subregion === false) return unknownSubregion(turn, summaries, asked ?? '');
  if (exports === undefined)
    return noticeCard(turn, { title: t(turn.locale, 'notice.title'), text: t(turn.locale, 'summary.exportFailed'), style: 'warning' });
  const shown = summaries
    .filter((s) => subregion === undefined || s.row.subregion === subregion)
    .sort((x, y) => bySubregionThenUrgency(x.row, y.row));
  const expiresOn = new Date(turn.now.getTime() + LINK_HOURS * 3_600_000);
  const path = `${region}/${today}-${turn.newId()}.csv`;
  const url = await exports.publish(
    {
      path,
      content: Buffer.from(regionCsv(shown, turn.locale), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName: `mtvp-${region}${subregion !== undefined ? `-${subregion.replace(/[^\w-]+/g, '_')}` : ''}-${today}.csv`,
    },
    expiresOn,
  );
  await audit(turn, stores, `region:${region}`, AUDIT.summaryExported, {
    blob: path,
    practices: shown.length,
    expiresOn: expiresOn.toISOString(),
    ...(subregion !== undefined ? { subregion } : {}),
  });
  const until = `${formatDate(todayOf(expiresOn))} ${expiresOn.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })}`;
  await noticeCard(turn, {
    title: t(turn.locale, 'summary.export'),
    text: t(turn.locale, 'summary.exportReady', {
      region: subregion ?? regionName(region, turn.locale),
      url,
      practices: shown.length,
      until,
    }),
  });
}
