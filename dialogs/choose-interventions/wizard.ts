// "Kies interventies" (issue 4 §2): one card per element for one programme year, the whole plan checked after every
// step, a review, and a new plan version on save. Every step replaces the one card of the run (Action.Execute);
// the saved plan takes its place as a read-only summary. The state lives in the conversation's wizard slot.
import { versionOfYear } from '../../rules/engine.js';
import { randomUUID } from 'node:crypto';
import type { SubmitError } from '../../cards/actions.js';
import { renderFindingsCard } from '../../cards/findings.card.js';
import type { Stores } from '../../storage/ports.js';
import { msg } from '../messages.js';
import { t } from '../../rules/i18n/index.js';
import type { DialogTurn, PracticeTurn } from '../router/turn.js';
import { planOf, saveChecked, shownFindings, startingPoint } from '../shared/plan-check.js';
import { planYearsOf } from '../shared/practice-facts.js';
import { mayStillWrite } from '../shared/practice-guard.js';
import { notice, sendCard, staleNotice } from '../shared/reply.js';
import type { StepAction, WizardAction } from './actions.js';
import { applyStep, ChooseState, elementAt, elementCard, REVIEW_STEP, reviewCard } from './choose-view.js';
import { newerPlan } from './newer-plan.js';
import { ConcurrencyError } from '../../storage/errors.js';

export class ChooseWizard {
  constructor(private readonly stores: Stores) {}

  /** A new run for one year; a run already going is replaced (its card becomes stale). */
  async start(turn: PracticeTurn, year: number): Promise<void> {
    const practiceId = turn.practice.value.id;
    const chosen = await startingPoint(this.stores, practiceId, year);
    const latest = await this.stores.plans.latest(practiceId);
    const previous = (latest.find((v) => v.year === year - 1)?.interventions ?? []).map((i) => i.id);
    const basedOn = latest.find((v) => v.year === year)?.version ?? 0;
    await this.show(turn, { practiceId, year, step: 0, cardId: randomUUID(), chosen, previous, basedOn });
  }

  /** A button of the wizard's card: only the card on screen counts, an older one is stale. */
  async act(turn: DialogTurn, a: WizardAction): Promise<void> {
    const state = await this.current(turn, a.cardId);
    if (state === undefined) return staleNotice(turn);
    if (a.verb === 'chooseInterventions') return this.step(turn, state, a);
    if (a.verb === 'editPlan') return this.show(turn, { ...state, step: 0, cardId: randomUUID() });
    return this.finish(turn, state);
  }

  /** A wizard card with bad input: the step again with the field errors. */
  async refuse(turn: DialogTurn, errors: SubmitError[]): Promise<void> {
    const state = await this.current(turn, turn.submit?.cardId);
    if (state === undefined) return staleNotice(turn);
    await this.show(turn, state, errors);
  }

  /** The running wizard's state when `cardId` is the card it shows. */
  private async current(turn: DialogTurn, cardId: string | undefined): Promise<ChooseState | undefined> {
    const state = ChooseState.safeParse(await turn.wizard.get()).data;
    return state !== undefined && state.cardId === cardId ? state : undefined;
  }

  private async show(turn: DialogTurn, state: ChooseState, errors: SubmitError[] = []): Promise<void> {
    const practice = await this.stores.practices.get(state.practiceId);
    if (!practice) return turn.wizard.clear();
    const plan = planOf(practice.value, await planYearsOf(this.stores, state.practiceId));
    const card = state.step >= REVIEW_STEP ? reviewCard(state, plan, turn.locale) : elementCard(state, plan, turn.locale, errors);
    const activityId = (await sendCard(turn, card)) ?? state.activityId;
    await turn.wizard.set({ ...state, ...(activityId !== undefined ? { activityId } : {}) });
  }

  private async step(turn: DialogTurn, state: ChooseState, a: StepAction): Promise<void> {
    const element = elementAt(state.step);
    if (element === undefined || a.element !== element || a.year !== state.year) return staleNotice(turn);
    const chosen = applyStep(state, element, a.selected, a.justifications);
    const step = a.nav === 'back' ? Math.max(0, state.step - 1) : state.step + 1;
    await this.show(turn, { ...state, chosen, step, cardId: randomUUID() });
  }

  private async finish(turn: DialogTurn, state: ChooseState): Promise<void> {
    const practice = await this.stores.practices.get(state.practiceId);
    if (!practice) return turn.wizard.clear();
    // The run may be for another practice than the one this turn was checked for (personal chat, picked since):
    // membership and role are asked again for the practice the plan is saved to (issue 12 §5).
    if (turn.practice?.value.id !== state.practiceId && !(await mayStillWrite(turn, this.stores, practice.value, 'manager'))) {
      await turn.wizard.clear();
      return notice(turn, 'notAllowed', {}, { title: 'refusedTitle', style: 'attention' });
    }
    let saved: Awaited<ReturnType<typeof saveChecked>>;
    try {
      saved = await saveChecked(turn, this.stores, practice.value, state.year, state.chosen, state.cardId, state.basedOn);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      await turn.wizard.clear();
      return newerPlan(turn, this.stores, state.practiceId, state.year);
    }
    const { result, version, unchanged } = saved;
    await turn.wizard.clear();
    // The same plan as the version it started from is not saved again (issue 13 §3): the card says so.
    const title = unchanged
      ? t(turn.locale, 'choose.unchanged', { year: state.year, version: version.version })
      : msg(turn.locale, 'planSaved', { year: state.year, version: version.version });
    await sendCard(
      turn,
      renderFindingsCard({
        locale: turn.locale,
        cardId: turn.newId(),
        title,
        verdict: { ok: result.ok, ruleSet: versionOfYear(result, state.year) },
        findings: shownFindings(result.findings),
      }),
    );
  }
}
