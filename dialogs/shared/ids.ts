// Typed ids of dialogs/: the audit actions written with every change.

export const AUDIT = {
  practiceLinked: 'practice.linked',
  practiceUpdated: 'practice.updated',
  consultantLinked: 'consultant.linked',
  intervisieLogged: 'intervisie.logged',
  countLogged: 'count.logged',
  planSaved: 'plan.saved',
  praktijkplanSubmitted: 'praktijkplan.submitted',
} as const;
