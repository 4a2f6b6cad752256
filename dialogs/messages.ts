// dialogs/' texts by their short names (`msg(locale, 'agbTaken')`), kept so the dialogs read as before; every text is
// in the one catalog per language (rules/i18n/nl.ts, en.ts). New code may call `t` from rules/i18n directly.
import { format, type MessageKey as CatalogKey } from '../rules/i18n/index.js';
import type { Locale } from '../rules/model.js';

const KEYS = {
  noticeTitle: 'notice.title',
  doneTitle: 'notice.done',
  refusedTitle: 'notice.refused',
  notLinkedTitle: 'practice.notLinkedTitle',
  submittedTitle: 'plan.submittedTitle',
  submitted: 'plan.submittedNotice',
  submittedFuture: 'plan.submittedFuture',
  patientData: 'advice.patientData',
  planSaved: 'choose.saved',
  noMetrics: 'counts.noMetrics',
  metricNotRequired: 'counts.metricNotRequired',
  fromBeforeStart: 'counts.fromBeforeStart',
  fromFuture: 'counts.fromFuture',
  toFuture: 'counts.toFuture',
  notLinked: 'practice.notLinked',
  notLinkedPersonal: 'practice.notLinkedPersonal',
  practiceLeft: 'practice.left',
  practiceChosen: 'practice.chosen',
  practiceNotMember: 'practice.notMember',
  practiceInChannel: 'practice.inChannel',
  linkInChannel: 'link.inChannel',
  notAllowed: 'practice.notAllowed',
  notManager: 'practice.notManager',
  linked: 'link.linked',
  updated: 'link.updated',
  concurrency: 'common.concurrency',
  agbTaken: 'link.agbTaken',
  agbChanged: 'link.agbChanged',
  consultantLinked: 'consultant.linked',
  consultantNotAllowed: 'consultant.notAllowed',
  dateFuture: 'intervisie.dateFuture',
  dateBeforeStart: 'intervisie.dateBeforeStart',
  gpsTooMany: 'intervisie.gpsTooMany',
  invalidIntro: 'submit.invalidIntro',
  stopped: 'common.stopped',
} as const satisfies Record<string, CatalogKey>;

export type MessageKey = keyof typeof KEYS;

export function msg(locale: Locale, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return format(locale, KEYS[key], values);
}
