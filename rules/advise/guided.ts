// The guided questions of "welke interventie past?" (issue 4 §3) as ids the advisor understands itself: each answer
// maps to the problem words it searches for, so the cards may word their buttons freely (rules/i18n "advice.*").

/** Question 1: where the pressure is felt. */
export const PRESSURE_POINTS = [
  'telefoon-balie',
  'administratie',
  'veelgebruikers',
  'sociaal',
  'verwijzingen-diagnostiek',
  'digitale-zorg',
] as const;
export type PressurePoint = (typeof PRESSURE_POINTS)[number];

/** Question 2: the team's size. */
export const TEAM_SIZES = ['klein', 'middel', 'groot'] as const;
export type TeamSize = (typeof TEAM_SIZES)[number];

/**
 * What the advisor searches for per pressure point: the words practice staff use for it, the same vocabulary as
 * ./problem-words.ts. These are the words the Dutch buttons carried when the question was built from their labels,
 * so the ranking did not change when the answers became ids.
 */
const PRESSURE_WORDS: Readonly<Record<PressurePoint, readonly string[]>> = {
  'telefoon-balie': ['telefoon', 'balie'],
  administratie: ['administratie'],
  veelgebruikers: ['veelgebruikers', 'complexe patiënten'],
  sociaal: ['sociale problemen', 'eenzaamheid', 'schulden'],
  'verwijzingen-diagnostiek': ['verwijzingen', 'diagnostiek'],
  'digitale-zorg': ['digitale zorg'],
};

/**
 * Team size does not steer the text search: no intervention is described by it, and the old labels ("2 tot 3
 * huisartsen") reduced to stop words and single digits. Kept as an id so a rule can use it without a card change.
 */
const TEAM_SIZE_WORDS: Readonly<Record<TeamSize, readonly string[]>> = { klein: [], middel: [], groot: [] };

export interface GuidedAnswers {
  pressure: readonly PressurePoint[];
  teamSize: TeamSize;
  /** The optional free text typed under the questions. */
  question?: string | undefined;
}

/** The advisor's question for the guided answers: their problem words, then the user's own words. */
export function guidedQuestion(answers: GuidedAnswers): string {
  const words = [...answers.pressure.flatMap((p) => PRESSURE_WORDS[p]), ...TEAM_SIZE_WORDS[answers.teamSize]];
  const own = answers.question?.trim();
  return [...words, ...(own ? [own] : [])].join(' ');
}
