// "Toevoegen aan plan" (issue 13 §3): the advice card asks first, naming what is added and the check of the plan with
// it; "Ja, toevoegen" saves a new version; "Ongedaan maken" saves the version before it again as a newer one (nothing
// is deleted). All three answer in place on the one card (Action.Execute), so a double click shows one card, and each
// save is keyed by the card: a retry answers with the version it made.
import { renderAdviceChangeCard, type AdviceChangeCardInput } from '../../cards/advice-change.card.js';
import { check, versionOfYear } from '../../rules/engine.js';
import { interventionName } from '../../rules/i18n/index.js';
import type { CheckResult, PlannedIntervention } from '../../rules/model.js';
import { ConcurrencyError } from '../../storage/errors.js';
import type { Stores } from '../../storage/ports.js';
import { newerPlan } from '../choose-interventions/newer-plan.js';
import type { PracticeTurn } from '../router/turn.js';
import { planWith, saveChecked, shownFindings, startingPoint, versionOf } from '../shared/plan-check.js';
import { sendCard, staleNotice } from '../shared/reply.js';
import type { AddSuggestionAction, ConfirmSuggestionAction, UndoSuggestionAction } from './actions.js';

type On = Pick<AddSuggestionAction, 'cardId' | 'id' | 'year'>;

function show(turn: PracticeTurn, a: On, step: AdviceChangeCardInput['step'], result: CheckResult): Promise<string | undefined> {
  return sendCard(
    turn,
    renderAdviceChangeCard({
      locale: turn.locale,
      cardId: a.cardId,
      id: a.id,
      name: interventionName(a.id, turn.locale),
      year: a.year,
      step,
      verdict: { ok: result.ok, ruleSet: versionOfYear(result, a.year) },
      findings: shownFindings(result.findings),
    }),
  );
}

/** The year's interventions the add starts from: version `basedOn` (0: the year has none, so the year before). */
async function startOf(turn: PracticeTurn, stores: Stores, year: number, basedOn: number): Promise<PlannedIntervention[] | undefined> {
  const practiceId = turn.practice.value.id;
  if (basedOn === 0) return startingPoint(stores, practiceId, year);
  return (await versionOf(stores, practiceId, year, basedOn))?.interventions;
}

/** The confirmation: the plan the year gets and its check; nothing is saved yet. */
export async function addSuggestion(turn: PracticeTurn, stores: Stores, a: AddSuggestionAction): Promise<void> {
  const p = turn.practice.value;
  const basedOn = (await stores.plans.latest(p.id)).find((v) => v.year === a.year)?.version ?? 0;
  const base = (await startOf(turn, stores, a.year, basedOn)) ?? [];
  const has = base.some((i) => i.id === a.id);
  const interventions = has ? base : [...base, { id: a.id }];
  const result = check(await planWith(stores, p, a.year, interventions), { locale: turn.locale });
  if (has) {
    await show(turn, a, { kind: 'unchanged' }, result);
    return;
  }
  const plan = interventions.map((i) => interventionName(i.id, turn.locale));
  await show(turn, a, { kind: 'confirm', plan, basedOn }, result);
}

/** Retried or double clicked: the key is the card and intervention, so one version, and the same answer. */
export async function confirmSuggestion(turn: PracticeTurn, stores: Stores, a: ConfirmSuggestionAction): Promise<void> {
  const base = await startOf(turn, stores, a.year, a.basedOn);
  if (base === undefined) return staleNotice(turn);
  const interventions = base.some((i) => i.id === a.id) ? base : [...base, { id: a.id }];
  try {
    const saved = await saveChecked(turn, stores, turn.practice.value, a.year, interventions, `${a.cardId}:${a.id}`, a.basedOn);
    await show(turn, a, saved.unchanged ? { kind: 'unchanged' } : { kind: 'added', version: saved.version.version }, saved.result);
  } catch (err) {
    if (!(err instanceof ConcurrencyError)) throw err;
    await newerPlan(turn, stores, turn.practice.value.id, a.year);
  }
}

/** Saves the version before the add again, as the newest; refused when someone saved after the add. */
export async function undoSuggestion(turn: PracticeTurn, stores: Stores, a: UndoSuggestionAction): Promise<void> {
  const practiceId = turn.practice.value.id;
  const added = await versionOf(stores, practiceId, a.year, a.version);
  if (added === undefined) return staleNotice(turn);
  const before = a.version > 1 ? await versionOf(stores, practiceId, a.year, a.version - 1) : undefined;
  const restored = before?.interventions ?? added.interventions.filter((i) => i.id !== a.id);
  try {
    const saved = await saveChecked(turn, stores, turn.practice.value, a.year, restored, `${a.cardId}:${a.id}:undo`, a.version);
    await show(turn, a, { kind: 'undone', version: saved.version.version }, saved.result);
  } catch (err) {
    if (!(err instanceof ConcurrencyError)) throw err;
    await newerPlan(turn, stores, practiceId, a.year);
  }
}
