// Typed ids of dialogs/: the commands bot/ routes (bot/routing/commands.ts), dialog ids and audit actions.

export const COMMAND = {
  help: 'help',
  linkPractice: 'linkPractice',
  chooseInterventions: 'chooseInterventions',
  advise: 'advise',
  logIntervisie: 'logIntervisie',
  logCounts: 'logCounts',
  status: 'status',
  plan: 'plan',
  choosePractice: 'choosePractice',
} as const;

export const DIALOG = {
  chooseInterventions: 'mtvp.chooseInterventions',
  chooseSteps: 'mtvp.chooseInterventions.steps',
} as const;

export const AUDIT = {
  practiceLinked: 'practice.linked',
  practiceUpdated: 'practice.updated',
  consultantLinked: 'consultant.linked',
  intervisieLogged: 'intervisie.logged',
  countLogged: 'count.logged',
  planSaved: 'plan.saved',
  praktijkplanSubmitted: 'praktijkplan.submitted',
} as const;
