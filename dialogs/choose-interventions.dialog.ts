// "Kies interventies" (issue 4 §2): one card per element for one programme year, the whole plan checked after every
// step, a review, and a new plan version on save. "stop" or Stoppen leaves without saving.
import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseSubmit, type ActionOf, type SubmitError } from '../cards/actions.js';
import { renderFindingsCard } from '../cards/findings.card.js';
import type { Stores } from '../storage/ports.js';
import { applyStep, ChooseState, elementAt, elementCard, REVIEW_STEP, reviewCard } from './choose-view.js';
import { DIALOG } from './ids.js';
import { msg } from './messages.js';
import { planOf, saveChecked, shownFindings, startingPoint } from './plan-check.js';
import { planYearsOf } from './practice-facts.js';
import { localeOf, rawSubmit, sendCard, staleNotice, notice } from './reply.js';
import type { DialogTurn } from './turn.js';

export interface ChooseOptions {
  practiceId: string;
  year: number;
}

/** The buttons of this dialog's own cards; any other card waits until the dialog is finished or stopped. */
const OWN_VERBS: ReadonlySet<string> = new Set(['chooseInterventions', 'savePlan', 'editPlan']);
const STOP_WORDS = new Set(['stop', 'stoppen', 'annuleer', 'cancel']);

/** The turn facts a dialog step needs, rebuilt from the context (dialogs/ never reach into bot/). */
function turnOf(dc: DialogContext, now: () => Date): DialogTurn {
  return {
    context: dc.context, dialogs: dc, locale: localeOf(dc.context.activity), kind: 'channel',
    canAct: () => Promise.resolve(true), now: now(), newId: randomUUID,
    // The dialog runs for the practice it began with; it never lists or switches practices.
    memberPractices: () => Promise.resolve([]), selectPractice: () => Promise.resolve(),
  };
}

export class ChooseInterventionsDialog extends Dialog<ChooseOptions> {
  constructor(private readonly stores: Stores, private readonly now: () => Date) {
    super(DIALOG.chooseInterventions);
  }

  override async beginDialog(dc: DialogContext, options?: ChooseOptions): Promise<DialogTurnResult> {
    if (options === undefined) return dc.endDialog();
    const chosen = await startingPoint(this.stores, options.practiceId, options.year);
    const latest = await this.stores.plans.latest(options.practiceId);
    const previous = (latest.find((v) => v.year === options.year - 1)?.interventions ?? []).map((i) => i.id);
    return this.show(dc, this.save(dc, { ...options, step: 0, cardId: randomUUID(), chosen, previous }));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.stateOf(dc);
    const turn = turnOf(dc, this.now);
    const text = (dc.context.activity.text ?? '').trim().toLowerCase();
    const raw = rawSubmit(dc.context);
    if (state === undefined) return dc.endDialog();
    if ((raw === undefined && STOP_WORDS.has(text)) || raw?.['verb'] === 'cancel') return this.stop(dc, turn);
    if (raw === undefined || !OWN_VERBS.has(String(raw['verb']))) {
      await notice(turn, 'chooseBusy');
      return Dialog.EndOfTurn;
    }
    const parsed = parseSubmit(raw, turn.locale);
    if (raw['cardId'] !== state.cardId) {
      await staleNotice(turn);
      return Dialog.EndOfTurn;
    }
    if (!parsed.ok) {
      await this.show(dc, state, parsed.errors);
      return Dialog.EndOfTurn;
    }
    const a = parsed.action;
    if (a.verb === 'chooseInterventions') return this.step(dc, state, a);
    if (a.verb === 'editPlan') return this.show(dc, this.save(dc, { ...state, step: 0, cardId: randomUUID() }));
    if (a.verb === 'savePlan') return this.finish(dc, turn, state);
    await notice(turn, 'chooseBusy');
    return Dialog.EndOfTurn;
  }

  private stateOf(dc: DialogContext): ChooseState | undefined {
    return ChooseState.safeParse(dc.activeDialog?.state).data;
  }

  private save(dc: DialogContext, state: ChooseState): ChooseState {
    if (dc.activeDialog) dc.activeDialog.state = state;
    return state;
  }

  private async show(dc: DialogContext, state: ChooseState, errors: SubmitError[] = []): Promise<DialogTurnResult> {
    const practice = await this.stores.practices.get(state.practiceId);
    if (!practice) return dc.endDialog();
    const plan = planOf(practice.value, await planYearsOf(this.stores, state.practiceId));
    const locale = localeOf(dc.context.activity);
    await sendCard(dc, state.step >= REVIEW_STEP ? reviewCard(state, plan, locale) : elementCard(state, plan, locale, errors));
    return Dialog.EndOfTurn;
  }

  private async step(dc: DialogContext, state: ChooseState, a: ActionOf<'chooseInterventions'>): Promise<DialogTurnResult> {
    const element = elementAt(state.step);
    if (element === undefined || a.element !== element || a.year !== state.year) {
      await staleNotice(turnOf(dc, this.now));
      return Dialog.EndOfTurn;
    }
    const chosen = applyStep(state, element, a.selected, a.justifications);
    const step = a.nav === 'back' ? Math.max(0, state.step - 1) : state.step + 1;
    return this.show(dc, this.save(dc, { ...state, chosen, step, cardId: randomUUID() }));
  }

  private async finish(dc: DialogContext, turn: DialogTurn, state: ChooseState): Promise<DialogTurnResult> {
    const practice = await this.stores.practices.get(state.practiceId);
    if (!practice) return dc.endDialog();
    const { result, version } = await saveChecked(turn, this.stores, practice.value, state.year, state.chosen, state.cardId);
    await sendCard(turn, renderFindingsCard({
      locale: turn.locale, cardId: randomUUID(), title: msg(turn.locale, 'planSaved', { year: state.year, version: version.version }),
      verdict: { ok: result.ok, ruleSet: result.ruleSet }, findings: shownFindings(result.findings),
    }));
    return dc.endDialog();
  }

  private async stop(dc: DialogContext, turn: DialogTurn): Promise<DialogTurnResult> {
    await notice(turn, 'stopped');
    return dc.endDialog();
  }
}
