// "Welke interventie past bij ons?" (issue 4 §3): free text or guided questions → advisor → at most five
// suggestions, each addable to this programme year's plan through the same check.
import type { SubmitError } from '../../cards/actions.js';
import type { AdviceAnswersAction } from './actions.js';
import { renderAdviceCard } from '../../cards/advice.card.js';
import { renderAdviceQuestionsCard } from '../../cards/advice-questions.card.js';
import { containsPatientData } from '../../cards/patient-data.js';
import { renderNoticeCard } from '../../cards/notice.card.js';
import { escapeMarkdown } from '../../cards/shared.js';
import { adviseFull, guidedQuestion, type AdviceResult } from '../../rules/advise.js';
import { interventionName, t } from '../../rules/i18n/index.js';
import type { Locale } from '../../rules/model.js';
import type { Practice, Stores } from '../../storage/ports.js';
import { planOf, startingPoint } from '../shared/plan-check.js';
import { currentYear, planYearsOf } from '../shared/practice-facts.js';
import { notice, sendCard } from '../shared/reply.js';
import type { DialogTurn, PracticeTurn } from '../router/turn.js';
import { sourceText } from '../../rules/titles.js';

export async function showQuestions(
  turn: PracticeTurn,
  errors: SubmitError[] = [],
  entered: Readonly<Record<string, string>> = {},
): Promise<void> {
  await sendCard(turn, renderAdviceQuestionsCard({ locale: turn.locale, cardId: turn.newId(), values: entered, errors }));
}

async function answer(turn: DialogTurn, stores: Stores, p: Practice, question: string, shown?: string, element?: string): Promise<void> {
  const year = currentYear(p, turn.now);
  const stored = await planYearsOf(stores, p.id);
  // A year without a version yet continues the year before (what "Toevoegen" starts from): those count as planned.
  const years = stored.some((y) => y.year === year)
    ? stored
    : [...stored, { year, interventions: await startingPoint(stores, p.id, year) }];
  const plan = planOf(p, years);
  // The linked practice's plan carries its subregion and other funding, so double funding is judged as `check` does.
  const result = adviseFull(question, {
    region: p.region,
    year,
    startDate: p.startDate,
    plan,
    locale: turn.locale,
    ...(p.subregion !== undefined ? { subregion: p.subregion } : {}),
  });
  const suggestions = result.suggestions.filter((s) => element === undefined || element === 'any' || s.element === element);
  for (const notice of notices(result, turn.locale)) {
    await sendCard(turn, renderNoticeCard({ locale: turn.locale, cardId: turn.newId(), ...notice }));
  }
  // A rules question is answered above; the advice card follows only with the intervention it asked about.
  if (result.answer && suggestions.length === 0) return;
  await sendCard(
    turn,
    renderAdviceCard({
      locale: turn.locale,
      cardId: turn.newId(),
      year,
      suggestions,
      planned: result.planned.map((m) => ({ name: interventionName(m.id, turn.locale), since: m.since })),
      later: result.later.filter((s) => element === undefined || element === 'any' || s.element === element),
      ...(shown !== undefined ? { question: shown.slice(0, 500) } : {}),
    }),
  );
}

/** Notice cards for the rule set's answer (with source and quote) and for what was left out, with the reason. */
function notices(result: AdviceResult, locale: Locale): { title: string; text: string; style: 'emphasis' | 'warning' }[] {
  const out: { title: string; text: string; style: 'emphasis' | 'warning' }[] = [];
  const { answer, excluded } = result;
  if (answer) {
    const lines = [
      escapeMarkdown(answer.text),
      ...(answer.quote ? [t(locale, 'advise.answerQuote', { quote: escapeMarkdown(answer.quote) })] : []),
      t(locale, 'advise.answerSource', { source: sourceText(answer.source, locale) }),
    ];
    out.push({
      title: t(locale, 'advise.answerTitle'),
      text: clip(lines.join('\n\n')),
      style: answer.verdict === 'no' ? 'warning' : 'emphasis',
    });
  }
  if (excluded.length > 0) {
    const lines = excluded.map(
      (e) =>
        `- ${t(locale, 'advise.excludedLine', { name: e.name, reason: escapeMarkdown(e.reason), source: sourceText(e.source, locale) })}`,
    );
    out.push({ title: t(locale, 'advise.excludedTitle'), text: clip(lines.join('\n')), style: 'warning' });
  }
  return out;
}

/** The notice card holds at most 2000 characters (cards/notice.card.ts). */
const clip = (text: string): string => (text.length <= 2000 ? text : `${text.slice(0, 1999)}…`);

/** "welke interventie past <vraag>": the question itself; without one, the guided questions. */
export async function adviseText(turn: PracticeTurn, stores: Stores, text: string): Promise<void> {
  const question = text.trim();
  if (question === '') return showQuestions(turn);
  if (containsPatientData(question)) return notice(turn, 'patientData', {}, { title: 'refusedTitle', style: 'attention' });
  await answer(turn, stores, turn.practice.value, question, question);
}

export async function adviseAnswers(turn: PracticeTurn, stores: Stores, a: AdviceAnswersAction): Promise<void> {
  // The answers are ids the advisor maps to its own search words (rules/advise/guided.ts), whatever the buttons say.
  const question = guidedQuestion(a);
  await answer(turn, stores, turn.practice.value, question, a.question, a.element);
}
