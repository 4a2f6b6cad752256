// Typed command ids and the words that trigger them, in Dutch and English (issue 4 §7, manifest command list).

export const COMMAND_IDS = [
  'help',
  'linkPractice',
  'chooseInterventions',
  'advise',
  'logIntervisie',
  'logCounts',
  'status',
  'plan',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** Phrases are written already normalised (lowercase, no diacritics, single spaces). */
export const COMMANDS: Readonly<Record<CommandId, { nl: readonly string[]; en: readonly string[] }>> = {
  help: { nl: ['help', 'hulp', 'wat kun je', 'wat kan je', '?'], en: ['help', 'what can you do'] },
  linkPractice: { nl: ['koppel praktijk', 'praktijk koppelen', 'koppel'], en: ['link practice', 'link'] },
  chooseInterventions: {
    nl: ['kies interventies', 'interventies kiezen', 'kies interventie'],
    en: ['choose interventions', 'choose intervention'],
  },
  advise: {
    nl: ['welke interventie past bij ons', 'welke interventie past', 'welke interventies passen', 'advies'],
    en: ['which intervention fits us', 'which intervention fits', 'which interventions fit', 'advice'],
  },
  logIntervisie: {
    nl: ['log intervisie', 'intervisie loggen', 'intervisie vastleggen'],
    en: ['log intervisie', 'log peer review', 'log intervision'],
  },
  logCounts: {
    nl: ['log aantallen', 'aantallen loggen', 'aantallen vastleggen', 'log aantal'],
    en: ['log counts', 'log count'],
  },
  status: { nl: ['status', 'stand van zaken'], en: ['status'] },
  plan: { nl: ['plan', 'praktijkplan', 'toon plan'], en: ['plan', 'show plan', 'practice plan'] },
};

export interface MatchedCommand {
  command: CommandId;
  /** What followed the command words, e.g. the question after "welke interventie past". */
  args: string;
}

/** Lowercase, no diacritics, single spaces, without the punctuation people add at the end ("status?"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\//, '')
    .replace(/(?<=\S)[?!.:]+$/, '')
    .trim();
}

// Longest phrase first, so "welke interventie past bij ons" wins over "welke interventie past".
const PHRASES: readonly { phrase: string; command: CommandId }[] = COMMAND_IDS.flatMap((command) =>
  [...COMMANDS[command].nl, ...COMMANDS[command].en].map((phrase) => ({ phrase, command })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/** Matches the start of the user's text against the registry; both languages are accepted whatever the locale. */
export function matchCommand(text: string): MatchedCommand | undefined {
  const input = normalise(text);
  if (input === '') return undefined;
  for (const { phrase, command } of PHRASES) {
    if (input === phrase) return { command, args: '' };
    if (input.startsWith(`${phrase} `)) {
      // Keep the user's own wording for the arguments (the advisor reads it), only trimmed.
      return { command, args: argsAfter(text, phrase) };
    }
  }
  return undefined;
}

function argsAfter(original: string, phrase: string): string {
  const words = phrase.split(' ').length;
  const rest = original.trim().replace(/^\//, '').split(/\s+/).slice(words).join(' ');
  return rest.replace(/^[?!.:,]+\s*/, '').trim();
}
