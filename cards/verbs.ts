// Every card button's verb: the wire name a template puts in `data.verb`. Each verb is handled by exactly one
// feature under dialogs/ (dialogs/features.ts fails to compile when a verb has no handler or a handler no verb).
export const VERBS = [
  'help',
  'cancel',
  'startLink',
  'startLinkConsultant',
  'linkPractice',
  'linkConsultantChannel',
  'startChoose',
  'chooseInterventions',
  'savePlan',
  'editPlan',
  'startAdvice',
  'adviceAnswers',
  'addSuggestion',
  'confirmSuggestion',
  'undoSuggestion',
  'startLogIntervisie',
  'logIntervisie',
  'startLogCounts',
  'logCount',
  'openStatus',
  'openPlan',
  'markPraktijkplanSubmitted',
  'startMarkMilestone',
  'markMilestoneDone',
  'startChooseRoute',
  'chooseRoute',
  'openManagers',
  'addManager',
  'removeManager',
  'openPracticeStatus',
  'summaryPage',
  'exportCsv',
  'selectPractice',
  'openReminderSettings',
  'saveReminderSettings',
  'snoozeReminder',
  'turnOffReminder',
  'turnOnReminder',
  'openEntries',
  'listEntries',
  'editEntry',
  'removeEntry',
  'confirmRemoveEntry',
  'correctIntervisie',
  'correctCount',
] as const;
export type Verb = (typeof VERBS)[number];

export function isVerb(v: unknown): v is Verb {
  return typeof v === 'string' && (VERBS as readonly string[]).includes(v);
}

/**
 * Buttons that act on the card they are on: a form's save, a wizard step, a choice. They are sent as Universal
 * Actions (`Action.Execute`) and their answer replaces the card in place (cards/render.ts upgrades them). The
 * others open something new next to the card (help, status, a form from the welcome card) and stay
 * `Action.Submit`, so the card they are on remains as it was.
 */
export const IN_PLACE_VERBS: ReadonlySet<Verb> = new Set<Verb>([
  'cancel',
  'linkPractice',
  'linkConsultantChannel',
  'chooseInterventions',
  'savePlan',
  'editPlan',
  'adviceAnswers',
  'addSuggestion',
  'confirmSuggestion',
  'undoSuggestion',
  'logIntervisie',
  'logCount',
  'markMilestoneDone',
  'chooseRoute',
  'addManager',
  'removeManager',
  'selectPractice',
  'saveReminderSettings',
  'turnOnReminder',
  'summaryPage',
  'listEntries',
  'editEntry',
  'removeEntry',
  'confirmRemoveEntry',
  'correctIntervisie',
  'correctCount',
]);
