// Example phrases per intent (issue 13 §2 "questions in their own words"): what practice staff type when they do not
// know the command. The matcher (./match.ts) indexes every phrase with the advisor's search machinery; a question
// close enough to one runs that intent. Add a phrase here, with where it came from, when users ask in a new way.
// Written as people type them; diacritics and case do not matter (the same folding as the advisor).

export const INTENTS = ['status', 'plan', 'logIntervisie', 'logCounts', 'advice', 'rules', 'help'] as const;
export type Intent = (typeof INTENTS)[number];

export interface IntentPhrases {
  intent: Intent;
  nl: readonly string[];
  en: readonly string[];
  /** Where these phrases come from: the issue that reported them, or the command and card they stand for. */
  source: string;
}

export const INTENT_PHRASES: readonly IntentPhrases[] = [
  {
    intent: 'status',
    nl: [
      'wat moeten we dit jaar nog doen',
      'hoe staan we ervoor',
      'hoe staan we er voor',
      'liggen we op koers',
      'zijn we op schema',
      'wat staat er nog open',
      'wat moet er nog gebeuren',
      'voldoen we aan de eisen',
      'wat is de stand van zaken',
      'hoe ver zijn we',
      'wanneer is de volgende deadline',
      'waar staan we',
      'wat is er nog te doen',
      'zijn we klaar voor dit jaar',
      'status bekijken',
    ],
    en: [
      'what do we still need to do this year',
      'how are we doing',
      'are we on track',
      'what is still open',
      'what is left to do',
      'do we meet the requirements',
      'where do we stand',
      'when is the next deadline',
      'where are we',
      'are we done for this year',
      'show the status',
    ],
    source: 'issue 13 §2 (Agents Playground: "wat moeten we dit jaar nog doen?"); the status command and card',
  },
  {
    intent: 'plan',
    nl: [
      'welke interventies hebben we gekozen',
      'wat staat er in ons plan',
      'laat ons plan zien',
      'wat hebben we gekozen',
      'ons jaarplan bekijken',
      'plan bekijken',
      'welke interventies doen we',
    ],
    en: [
      'which interventions did we choose',
      'what is in our plan',
      'show our plan',
      'what did we choose',
      'which interventions are we doing',
    ],
    source: 'the plan command and card (issue 4 §5)',
  },
  {
    intent: 'logIntervisie',
    nl: [
      'ik wil intervisie loggen',
      'intervisie invoeren',
      'we hebben intervisie gehad',
      'intervisiebijeenkomst registreren',
      'bijeenkomst intervisie vastleggen',
      'intervisie doorgeven',
      'hoe log ik intervisie',
      'intervisie invullen',
      'intervisie bijhouden',
    ],
    en: [
      'i want to log intervisie',
      'how do i log intervisie',
      'record a peer review session',
      'we had intervisie',
      'register an intervision meeting',
    ],
    source: 'issue 13 §2 ("ik wil intervisie loggen"); the log intervisie command and card',
  },
  {
    intent: 'logCounts',
    nl: [
      'ik wil aantallen invoeren',
      'aantallen doorgeven',
      'cijfers invoeren',
      'verwijzingen registreren',
      'aantal consulten doorgeven',
      'monitoringscijfers vastleggen',
      'hoe voer ik de aantallen in',
      'aantallen invullen',
    ],
    en: [
      'i want to enter counts',
      'how do i enter the counts',
      'enter our numbers',
      'record the figures',
      'register referrals',
      'log the monitoring figures',
    ],
    source: 'issue 13 §1 and §2 (counts for every region); the log aantallen command and card',
  },
  {
    intent: 'advice',
    nl: [
      'kun je ons adviseren',
      'ik zoek een interventie',
      'wat kunnen we doen aan de drukte',
      'welke interventie moeten we kiezen',
      'help ons kiezen',
      'wat past bij onze praktijk',
    ],
    en: [
      'can you advise us',
      'i am looking for an intervention',
      'what can we do about the workload',
      'which intervention should we pick',
      'help us choose',
    ],
    source: 'PRODUCT.md item 4 ("Welke interventie past?"); the advice command and guided questions',
  },
  {
    intent: 'rules',
    nl: [
      'mogen we deze interventie kiezen',
      'wat zijn de regels',
      'welke regels gelden voor ons',
      'regels voor intervisie',
      'hoeveel interventies zijn verplicht',
      'wanneer moet het praktijkplan binnen zijn',
      'wat zegt het regioplan',
      'ik heb een vraag over de regels',
    ],
    en: [
      'are we allowed to choose this intervention',
      'what are the rules',
      'rules for intervisie',
      'how many interventions are required',
      'what does the regional plan say',
      'a question about the rules',
    ],
    source: 'issue 9 §5 and issue 13 §2 ("mogen we het meekijkconsult kiezen?"); answered from the rule set',
  },
  {
    intent: 'help',
    nl: ['wat kan ik vragen', 'hoe werkt dit', 'welke opdrachten zijn er', 'ik weet niet wat ik moet typen', 'uitleg'],
    en: ['what can i ask', 'how does this work', 'which commands are there', 'i do not know what to type', 'explain'],
    source: 'the help command and card (issue 4 §7)',
  },
];
