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
  'choosePractice',
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
  choosePractice: {
    nl: ['kies praktijk', 'wissel praktijk', 'andere praktijk', 'praktijk kiezen'],
    en: ['choose practice', 'switch practice', 'pick practice'],
  },
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
const PHRASES: readonly { words: readonly string[]; command: CommandId }[] = COMMAND_IDS.flatMap((command) =>
  [...COMMANDS[command].nl, ...COMMANDS[command].en].map((phrase) => ({ words: phrase.split(' '), command })),
).sort((a, b) => b.words.length - a.words.length);

/**
 * Matches the first words of the user's text against the registry, word by word so punctuation after a
 * command ("welke interventie past bij ons? …") does not hide it. Both languages are accepted whatever the
 * locale. `args` keeps the user's own wording (the advisor reads it).
 */
export function matchCommand(text: string): MatchedCommand | undefined {
  const original = text.trim().replace(/^\//, '').split(/\s+/).filter((w) => w !== '');
  const tokens = original.map(normalise);
  if (tokens.length === 0) return undefined;
  for (const { words, command } of PHRASES) {
    if (words.length <= tokens.length && words.every((w, i) => tokens[i] === w)) {
      return { command, args: original.slice(words.length).join(' ') };
    }
  }
  return undefined;
}
