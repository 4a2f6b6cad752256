// Typed text that is no command (issue 13 §2): the intent matcher (rules/intents/match.ts) runs what it clearly
// means, offers the two or three plausible commands as buttons ("Bedoel je …?"), or says it did not understand with
// a pointer to `help`, instead of the whole help card.
import { escapeMarkdown } from '../../cards/shared.js';
import type { NOTICE_VERBS } from '../../cards/notice.card.js';
import { rulesQuestion } from '../../rules/advise/rules-question.js';
import { t, type PlainKey } from '../../rules/i18n/index.js';
import { matchIntent, type IntentScore } from '../../rules/intents/match.js';
import type { Intent } from '../../rules/intents/phrases.js';
import { namesProblem } from '../../rules/intents/problem.js';
import { echoOf, noticeCard } from '../shared/reply.js';
import type { DialogTurn } from '../router/turn.js';

export type RunCommand = (turn: DialogTurn, command: string, args: string) => Promise<void>;

/** The registered command each intent runs (dialogs/*\/feature.ts); advice without a question asks the guided questions. */
const COMMAND_OF: Readonly<Record<Exclude<Intent, 'rules'>, string>> = {
  status: 'status',
  plan: 'plan',
  logIntervisie: 'logIntervisie',
  logCounts: 'logCounts',
  advice: 'advise',
  help: 'help',
};

/** The button that does the same as the command. A rules question needs the question itself: it gets no button. */
const BUTTON_OF: Readonly<Record<Exclude<Intent, 'rules'>, { verb: (typeof NOTICE_VERBS)[number]; title: PlainKey }>> = {
  status: { verb: 'openStatus', title: 'action.openStatus' },
  plan: { verb: 'openPlan', title: 'action.openPlan' },
  logIntervisie: { verb: 'startLogIntervisie', title: 'action.startLogIntervisie' },
  logCounts: { verb: 'startLogCounts', title: 'action.startLogCounts' },
  advice: { verb: 'startAdvice', title: 'action.startAdvice' },
  help: { verb: 'help', title: 'common.help' },
};

/** A rules question the rule set can answer, as the advisor detects it (a question mark makes it a question). */
function asRulesQuestion(text: string): string | undefined {
  const question = /[?]\s*$/.test(text) ? text : `${text}?`;
  return rulesQuestion(question) === undefined ? undefined : question;
}

export async function understand(turn: DialogTurn, text: string, runCommand: RunCommand): Promise<void> {
  const match = matchIntent(text);
  if (match.kind === 'run') {
    // "Wat kunnen we doen aan de drukte aan de telefoon": the advisor gets the whole question when it says more.
    if (match.intent === 'advice' && match.more) return runCommand(turn, 'advise', text);
    if (match.intent !== 'rules') return runCommand(turn, COMMAND_OF[match.intent], '');
    const question = asRulesQuestion(text);
    if (question !== undefined) return runCommand(turn, 'advise', question);
  }
  // Nothing it could mean, but a problem the advisor has a word for: the advisor answers it.
  if (match.kind === 'none' && namesProblem(text)) return runCommand(turn, 'advise', text);
  const candidates: IntentScore[] = match.kind === 'ask' ? match.candidates : [];
  const buttons = candidates.flatMap(({ intent }) => (intent === 'rules' ? [] : [BUTTON_OF[intent]]));
  const echo = echoOf(text);
  const input = echo === undefined ? {} : { input: escapeMarkdown(echo) };
  if (buttons.length === 0) {
    return noticeCard(turn, {
      title: t(turn.locale, 'notice.title'),
      text: t(turn.locale, echo === undefined ? 'intent.none' : 'intent.noneEcho', input),
      buttons: [{ title: t(turn.locale, 'common.help'), verb: 'help' }],
    });
  }
  // Help stays within reach as the last button, so "none of these" is one click too.
  const withHelp = buttons.some((b) => b.verb === 'help') ? buttons : [...buttons, BUTTON_OF.help];
  await noticeCard(turn, {
    title: t(turn.locale, 'intent.askTitle'),
    text: t(turn.locale, echo === undefined ? 'intent.ask' : 'intent.askEcho', input),
    buttons: withHelp.map((b) => ({ title: t(turn.locale, b.title), verb: b.verb })),
  });
}
