// "Kies interventies" (issue 4 §2): one card per element for one programme year, the whole plan checked after every
// step, a review, and a new plan version on save. Every step replaces the one card of the run (Action.Execute);
// the saved plan takes its place as a read-only summary.
import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { SubmitError } from '../../cards/actions.js';
import { renderFindingsCard } from '../../cards/findings.card.js';
import type { Stores } from '../../storage/ports.js';
import { msg } from '../messages.js';
import { turnOf, type DialogTurn } from '../router/turn.js';
import { DIALOG } from '../shared/ids.js';
import { planOf, saveChecked, shownFindings, startingPoint } from '../shared/plan-check.js';
import { planYearsOf } from '../shared/practice-facts.js';
import { sendCard, staleNotice } from '../shared/reply.js';
import type { StepAction, WizardAction } from './actions.js';
import { applyStep, ChooseState, elementAt, elementCard, REVIEW_STEP, reviewCard } from './choose-view.js';

export interface ChooseOptions {
  practiceId: string;
  year: number;
}

export class ChooseInterventionsDialog extends Dialog<ChooseOptions> {
  constructor(private readonly stores: Stores) {
    super(DIALOG.chooseInterventions);
  }

  override async beginDialog(dc: DialogContext, options?: ChooseOptions): Promise<DialogTurnResult> {
    if (options === undefined) return dc.endDialog();
    const chosen = await startingPoint(this.stores, options.practiceId, options.year);
    const latest = await this.stores.plans.latest(options.practiceId);
    const previous = (latest.find((v) => v.year === options.year - 1)?.interventions ?? []).map((i) => i.id);
    return this.show(dc, this.save(dc, { ...options, step: 0, cardId: randomUUID(), chosen, previous }));
  }

  /** The wizard is driven by its own card verbs (feature.ts → act/refuse), never by other turns. */
  override continueDialog(): Promise<DialogTurnResult> {
    return Promise.resolve(Dialog.EndOfTurn);
  }

  /** A button of the wizard's card: only the card on screen counts, an older one is stale. */
  async act(turn: DialogTurn, a: WizardAction): Promise<void> {
    const dc = turn.dialogs;
    const state = this.current(dc, a.cardId);
    if (state === undefined) return staleNotice(turn);
    if (a.verb === 'chooseInterventions') await this.step(dc, turn, state, a);
    else if (a.verb === 'editPlan') await this.show(dc, this.save(dc, { ...state, step: 0, cardId: randomUUID() }));
    else await this.finish(dc, turn, state);
  }

  /** A wizard card with bad input: the step again with the field errors. */
  async refuse(turn: DialogTurn, errors: SubmitError[]): Promise<void> {
    const submit = turn.submit;
    const state = this.current(turn.dialogs, submit?.ok === false ? submit.cardId : undefined);
    if (state === undefined) return staleNotice(turn);
    await this.show(turn.dialogs, state, errors);
  }

  /** The running wizard's state when `cardId` is the card it shows. */
  private current(dc: DialogContext, cardId: string | undefined): ChooseState | undefined {
    if (dc.activeDialog?.id !== this.id) return undefined;
    const state = this.stateOf(dc);
    return state !== undefined && state.cardId === cardId ? state : undefined;
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
    const turn = turnOf(dc.context);
    if (!practice || turn === undefined) return dc.endDialog();
    const plan = planOf(practice.value, await planYearsOf(this.stores, state.practiceId));
    const card = state.step >= REVIEW_STEP ? reviewCard(state, plan, turn.locale) : elementCard(state, plan, turn.locale, errors);
    const activityId = await sendCard(turn, card);
    if (activityId !== undefined) this.save(dc, { ...state, activityId });
    return Dialog.EndOfTurn;
  }

  private async step(dc: DialogContext, turn: DialogTurn, state: ChooseState, a: StepAction): Promise<DialogTurnResult> {
    const element = elementAt(state.step);
    if (element === undefined || a.element !== element || a.year !== state.year) {
      await staleNotice(turn);
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
      locale: turn.locale, cardId: turn.newId(), title: msg(turn.locale, 'planSaved', { year: state.year, version: version.version }),
      verdict: { ok: result.ok, ruleSet: result.ruleSet }, findings: shownFindings(result.findings),
    }));
    return dc.endDialog();
  }
}
