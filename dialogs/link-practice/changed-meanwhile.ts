// A practice form saved after someone else saved the practice (issue 12 §3): nothing is written; the user sees who
// changed it and when (from the audit log, when it says), what is stored now, and a button to open the form again.
import { quarterTitle } from '../../cards/link-practice.card.js';
import { escapeMarkdown } from '../../cards/escape.js';
import { formatDate } from '../../rules/dates.js';
import { regionName, t } from '../../rules/i18n/index.js';
import type { Stores } from '../../storage/ports.js';
import { AUDIT } from '../shared/ids.js';
import { notice, noticeCard, todayOf } from '../shared/reply.js';
import type { DialogTurn } from '../router/turn.js';

/** Entries searched for the last change of the practice's details: they are among the newest. */
const LOOKBACK = 20;

export async function changedMeanwhile(turn: DialogTurn, stores: Stores, practiceId: string): Promise<void> {
  const [stored, log] = await Promise.all([stores.practices.get(practiceId), stores.audit.list(practiceId, LOOKBACK)]);
  if (stored === undefined) return notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
  const p = stored.value;
  const last = log.find((e) => e.action === AUDIT.practiceUpdated || e.action === AUDIT.practiceLinked);
  const by = last?.detail?.['by'];
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    style: 'warning',
    text: t(turn.locale, 'link.changedMeanwhile', {
      who: typeof by === 'string' ? escapeMarkdown(by) : 'none',
      when: last === undefined ? 'none' : formatDate(todayOf(new Date(last.at))),
      name: escapeMarkdown(p.name),
      agb: p.agb,
      region: regionName(p.region, turn.locale),
      quarter: quarterTitle(p.startDate),
      normpraktijken: p.normpraktijken.toLocaleString(turn.locale === 'nl' ? 'nl-NL' : 'en-GB'),
      gps: p.gps,
    }),
    buttons: [{ title: t(turn.locale, 'action.startLink'), verb: 'startLink' }],
  });
}
