// Someone saved the year's plan while this run was open (issue 12 §3): nothing of this run is saved, and the user is
// told who saved which version when, with the way to look at it and to choose again.
import { formatDate } from '../../rules/dates.js';
import { t } from '../../rules/i18n/index.js';
import type { Stores } from '../../storage/ports.js';
import { AUDIT } from '../shared/ids.js';
import { noticeCard, todayOf } from '../shared/reply.js';
import type { DialogTurn } from '../router/turn.js';

/** Audit entries searched for the saver's name; beyond them the stored actor id is shown. */
const AUDIT_LOOKBACK = 200;

export async function newerPlan(turn: DialogTurn, stores: Stores, practiceId: string, year: number): Promise<void> {
  const latest = (await stores.plans.latest(practiceId)).find((v) => v.year === year);
  const saves = (await stores.audit.list(practiceId, AUDIT_LOOKBACK)).filter((e) => e.action === AUDIT.planSaved);
  const named = saves.find((e) => e.detail?.['year'] === year && e.detail['version'] === latest?.version)?.detail?.['by'];
  await noticeCard(turn, {
    title: t(turn.locale, 'notice.refused'),
    text: t(turn.locale, 'choose.newerPlan', {
      year,
      version: latest?.version ?? 0,
      by: typeof named === 'string' ? named : (latest?.savedBy ?? ''),
      date: latest ? formatDate(todayOf(new Date(latest.savedAt))) : '',
    }),
    style: 'warning',
    buttons: [
      { title: t(turn.locale, 'action.openPlan'), verb: 'openPlan' },
      { title: t(turn.locale, 'action.chooseAgain'), verb: 'startChoose' },
    ],
  });
}
