// One valid raw card payload per verb, as Teams sends it (inputs as strings): the parser tests and the role table use them.
import { justificationInputId } from '../../cards/actions.js';
import type { CardAction } from '../../dialogs/features.js';
import { CARD_ID } from '../cards/card-checks.js';

const base = { cardId: CARD_ID };
export const link = {
  ...base,
  verb: 'linkPractice',
  name: 'Huisartsenpraktijk De Linde',
  agb: '0123 4567',
  region: 'hoog',
  subregion: 'zutphen',
  startQuarter: '2023-07-01',
  normpraktijken: '1,2',
  gps: '3',
  firstInterventionStart: '01-02-2024',
  funding: 'tbhz:zelfmetingen,regioprestatie:beeldbellen,tbhz:awp.lean,subsidie',
};
export const intervisie = {
  ...base,
  verb: 'logIntervisie',
  date: '15-03-2025',
  minutes: '90',
  gpsPresent: '3',
  participants: '7',
  topic: 'Verwijzen naar de GGZ',
  note: '',
};
export const count = { ...base, verb: 'logCount', metric: 'wor-referrals', from: '2025-01-01', to: '31-03-2025', value: '12' };
export const choose = {
  ...base,
  verb: 'chooseInterventions',
  year: 3,
  element: 'awp',
  nav: 'next',
  selected: 'awp.lean,awp.beeldbellen',
  [justificationInputId('awp.lean')]: 'Tweede team volgt de Lean-training.',
};
export const advice = {
  ...base,
  verb: 'adviceAnswers',
  pressure: 'telefoon-balie,sociaal',
  teamSize: 'middel',
  element: 'any',
  question: '',
};

/** An entry as the corrections card lists it (a RowKey and an ETag; none stored under it in the role table). */
const entry = { entry: 's|2025-03-15|abc', etag: 'W/"datetime\'2025-03-15T10%3A00%3A00Z\'"' };

/** One valid raw submission per verb. */
export const VALID: Record<CardAction['verb'], Record<string, unknown>> = {
  help: { ...base, verb: 'help' },
  cancel: { ...base, verb: 'cancel' },
  startLink: { ...base, verb: 'startLink' },
  startLinkConsultant: { ...base, verb: 'startLinkConsultant' },
  linkPractice: link,
  linkConsultantChannel: { ...base, verb: 'linkConsultantChannel', region: 'rijn-en-duin' },
  startChoose: { ...base, verb: 'startChoose', year: '2' },
  chooseInterventions: choose,
  savePlan: { ...base, verb: 'savePlan', year: 1 },
  editPlan: { ...base, verb: 'editPlan', year: 1 },
  startAdvice: { ...base, verb: 'startAdvice' },
  adviceAnswers: advice,
  addSuggestion: { ...base, verb: 'addSuggestion', id: 'sn.welzijn-op-recept', year: 2 },
  confirmSuggestion: { ...base, verb: 'confirmSuggestion', id: 'sn.welzijn-op-recept', year: 2, basedOn: 0 },
  undoSuggestion: { ...base, verb: 'undoSuggestion', id: 'sn.welzijn-op-recept', year: 2, version: 1 },
  startLogIntervisie: { ...base, verb: 'startLogIntervisie' },
  logIntervisie: intervisie,
  startLogCounts: { ...base, verb: 'startLogCounts' },
  logCount: count,
  openStatus: { ...base, verb: 'openStatus' },
  openPlan: { ...base, verb: 'openPlan' },
  markPraktijkplanSubmitted: { ...base, verb: 'markPraktijkplanSubmitted', date: '2024-03-15' },
  startMarkMilestone: { ...base, verb: 'startMarkMilestone', milestone: 'hoog.milestone.self-report', year: 1 },
  markMilestoneDone: {
    ...base,
    verb: 'markMilestoneDone',
    milestone: 'hoog.milestone.self-report',
    year: 1,
    date: '20-06-2025',
    by: 'Petra (praktijkmanager)',
    note: '',
  },
  openManagers: { ...base, verb: 'openManagers' },
  addManager: { ...base, verb: 'addManager', memberId: '3f1a2b4c-5d6e-4f70-8a91-b2c3d4e5f602' },
  openPracticeStatus: { ...base, verb: 'openPracticeStatus', practiceId: '01234567' },
  summaryPage: { ...base, verb: 'summaryPage', page: 1, subregion: 'apeldoorn', filter: '*' },
  exportCsv: { ...base, verb: 'exportCsv', filter: 'apeldoorn' },
  removeManager: { ...base, verb: 'removeManager', memberId: '3f1a2b4c-5d6e-4f70-8a91-b2c3d4e5f602' },
  startChooseRoute: { ...base, verb: 'startChooseRoute', year: 2, intervention: 'awp.taakherschikking' },
  chooseRoute: { ...base, verb: 'chooseRoute', year: 2, intervention: 'awp.taakherschikking', route: 'pa-vs' },
  selectPractice: { ...base, verb: 'selectPractice', practiceId: '01234567', then: 'advise', args: 'veel telefoontjes' },
  openReminderSettings: { ...base, verb: 'openReminderSettings' },
  saveReminderSettings: { ...base, verb: 'saveReminderSettings', frequency: 'two-weekly', weekday: '3', hour: '14' },
  snoozeReminder: { ...base, verb: 'snoozeReminder', reason: 'intervisie' },
  turnOffReminder: { ...base, verb: 'turnOffReminder', reason: 'counts' },
  turnOnReminder: { ...base, verb: 'turnOnReminder', reason: 'counts' },
  openEntries: { ...base, verb: 'openEntries' },
  listEntries: { ...base, verb: 'listEntries' },
  editEntry: { ...base, verb: 'editEntry', ...entry },
  removeEntry: { ...base, verb: 'removeEntry', ...entry },
  confirmRemoveEntry: { ...base, verb: 'confirmRemoveEntry', ...entry },
  correctIntervisie: { ...intervisie, verb: 'correctIntervisie', ...entry },
  correctCount: { ...count, verb: 'correctCount', ...entry },
};
