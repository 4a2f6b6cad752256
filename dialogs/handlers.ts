// What a command or card button does: dialogs/' answer to bot/'s TurnHandlers (bot/routing/handlers.ts).
import { RESUMABLE_COMMANDS, type CardAction, type ResumableCommand } from '../cards/actions.js';
import type { Stores } from '../storage/ports.js';
import { addSuggestion, adviseAnswers, adviseText, currentYear, showQuestions } from './advice.js';
import { ChooseInterventionsDialog, type ChooseOptions } from './choose-interventions.dialog.js';
import { COMMAND, DIALOG } from './ids.js';
import { personalPractice, showPracticeChoice, submitPracticeChoice, type Resume } from './pick-practice.js';
import { requirePractice } from './practice-guard.js';
import { showLinkCard, showLinkConsultantCard, submitLink, submitLinkConsultant } from './link-practice.js';
import { showIntervisieCard, submitIntervisie } from './log-intervisie.js';
import { showCountCard, submitCount } from './log-counts.js';
import { msg } from './messages.js';
import { markSubmitted, showPlan, showStatus } from './status.js';
import { enteredValues, notice, sendHelp, sendText, staleNotice } from './reply.js';
import type { DialogHandlers, DialogTurn, InvalidSubmit } from './turn.js';

/** "kies interventies 2" chooses for year 2; anything else the current programme year. */
function yearArg(args: string): number | undefined {
  const m = /^(?:jaar|year)?\s*(\d{1,2})$/i.exec(args.trim());
  const year = m?.[1] === undefined ? undefined : Number(m[1]);
  return year !== undefined && year >= 1 && year <= 10 ? year : undefined;
}

function isResumable(command: string): command is ResumableCommand {
  return (RESUMABLE_COMMANDS as readonly string[]).includes(command);
}

export interface DialogDeps {
  stores: Stores;
  /** The app's clock (the bot passes its own, tests a fixed one); dialog steps read it. */
  now?: () => Date;
}

export function createDialogHandlers(deps: DialogDeps): DialogHandlers {
  const { stores } = deps;
  const choose = new ChooseInterventionsDialog(stores, deps.now ?? (() => new Date()));

  const startChoose = async (turn: DialogTurn, year?: number): Promise<void> => {
    const practice = await requirePractice(turn);
    if (!practice) return;
    const options: ChooseOptions = { practiceId: practice.value.id, year: year ?? currentYear(practice.value, turn.now) };
    await turn.dialogs.beginDialog(DIALOG.chooseInterventions, options);
  };

  const runCommand = async (turn: DialogTurn, command: string, args: string): Promise<void> => {
    switch (command) {
      case COMMAND.linkPractice:
        return showLinkCard(turn);
      case COMMAND.logIntervisie:
        return showIntervisieCard(turn);
      case COMMAND.chooseInterventions:
        return startChoose(turn, yearArg(args));
      case COMMAND.advise:
        return adviseText(turn, stores, args);
      case COMMAND.logCounts:
        return showCountCard(turn, stores);
      case COMMAND.status:
        return showStatus(turn, stores);
      case COMMAND.plan:
        return showPlan(turn, stores);
      case COMMAND.choosePractice:
        return showPracticeChoice(turn);
      default:
        return sendHelp(turn);
    }
  };
  const resume = (turn: DialogTurn, r: Resume): Promise<void> => runCommand(turn, r.command, r.args);

  /** In personal chat a practice command first settles which practice the user works for (pick-practice.ts). */
  const onCommand = async (turn: DialogTurn, command: string, args: string): Promise<void> => {
    if (turn.kind !== 'personal' || !isResumable(command)) return runCommand(turn, command, args);
    const practice = await personalPractice(turn, stores, { command, args });
    if (practice !== undefined) await runCommand({ ...turn, practice }, command, args);
  };

  const onSubmit = async (turn: DialogTurn, action: CardAction): Promise<void> => {
    switch (action.verb) {
      case 'startLink':
        return showLinkCard(turn);
      case 'linkPractice':
        return submitLink(turn, stores, action);
      case 'startLinkConsultant':
        return showLinkConsultantCard(turn);
      case 'linkConsultantChannel':
        return submitLinkConsultant(turn, stores, action);
      case 'startLogIntervisie':
        return showIntervisieCard(turn);
      case 'logIntervisie':
        return submitIntervisie(turn, stores, action);
      case 'startChoose':
        return startChoose(turn, action.year);
      case 'startAdvice':
        return showQuestions(turn);
      case 'adviceAnswers':
        return adviseAnswers(turn, stores, action);
      case 'addSuggestion':
        return addSuggestion(turn, stores, action);
      case 'startLogCounts':
        return showCountCard(turn, stores);
      case 'logCount':
        return submitCount(turn, stores, action);
      case 'openStatus':
        return showStatus(turn, stores);
      case 'openPlan':
        return showPlan(turn, stores, action.year);
      case 'markPraktijkplanSubmitted':
        return markSubmitted(turn, stores, action);
      case 'selectPractice':
        return submitPracticeChoice(turn, stores, action, resume);
      case 'cancel':
        await turn.dialogs.cancelAllDialogs();
        return notice(turn, 'stopped');
      case 'chooseInterventions':
      case 'savePlan':
      case 'editPlan':
        // Only reached when no choose dialog is active: the card belongs to a finished dialog.
        return staleNotice(turn);
      default:
        return sendHelp(turn);
    }
  };

  /** A form with bad fields comes back with the errors and what was entered; nothing is stored. */
  const onInvalidSubmit = async (turn: DialogTurn, result: InvalidSubmit): Promise<void> => {
    const entered = enteredValues(turn.context);
    switch (result.verb) {
      case 'linkPractice':
        return showLinkCard(turn, result.errors, entered);
      case 'linkConsultantChannel':
        return showLinkConsultantCard(turn, result.errors);
      case 'logIntervisie':
        return showIntervisieCard(turn, result.errors, entered);
      case 'adviceAnswers':
        return showQuestions(turn, result.errors, entered);
      case 'logCount':
        return showCountCard(turn, stores, result.errors, entered);
      case 'selectPractice':
        return showPracticeChoice(turn, result.errors);
      case 'chooseInterventions':
      case 'savePlan':
      case 'editPlan':
        return staleNotice(turn);
      default: {
        const lines = result.errors.map((e) => `- ${e.message}`).join('\n');
        return sendText(turn, `${msg(turn.locale, 'invalidIntro')}\n${lines}`);
      }
    }
  };

  return {
    dialogs: [choose],
    onCommand,
    onSubmit,
    onInvalidSubmit,
    onUnknown: (turn, text) => sendHelp(turn, text),
  };
}
