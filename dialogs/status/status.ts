// The status card (issue 4 §6), the plan card (§7 "plan") and "praktijkplan ingediend" (§2).
import { renderPlanCard } from '../../cards/plan.card.js';
import { renderStatusCard } from '../../cards/status.card.js';
import { interventionName, isInterventionId } from '../../rules/catalog.js';
import { formatDate } from '../../rules/dates.js';
import { ruleSetForYear } from '../../rules/engine.js';
import { yearStart } from '../../rules/plan-view.js';
import { ruleSetId, type RuleSet } from '../../rules/schema.js';
import { status } from '../../rules/status.js';
import { periodText } from '../../rules/status-messages.js';
import type { Locale, StatusItem } from '../../rules/model.js';
import type { Practice, PlanVersion, Stores } from '../../storage/ports.js';
import { AUDIT, audit } from '../shared/ids.js';
import type { MarkSubmittedAction } from './actions.js';
import { loadPracticeFacts } from '../shared/practice-facts.js';
import { notice, sendCard, todayOf, writeContext } from '../shared/reply.js';
import type { DialogTurn, PracticeTurn } from '../router/turn.js';
import { ConcurrencyError } from '../../storage/errors.js';

const MAX_ITEMS = 30;
/** Audit entries searched for who saved a version (by name); older versions show the stored actor id. */
const AUDIT_LOOKBACK = 500;

export async function showStatus(turn: PracticeTurn, stores: Stores): Promise<void> {
  await sendStatus(turn, stores, turn.practice.value, false);
}

/** The status card of a practice; `readOnly` (an RHO consultant looking on, issue 11 §1) has no buttons to act. */
export async function sendStatus(turn: DialogTurn, stores: Stores, p: Practice, readOnly: boolean): Promise<void> {
  const today = todayOf(turn.now);
  const { facts, plans } = await loadPracticeFacts(stores, p);
  const result = status(facts, today, { locale: turn.locale });
  const year = Math.max(1, result.programmeYear);
  const current = plans.filter((v) => v.year <= year).at(-1);
  await sendCard(
    turn,
    renderStatusCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practiceName: p.name,
      asOf: formatDate(today),
      programmeYear: year,
      verdict: current ? { ok: current.verdict.ok, ruleSet: current.verdict.ruleSet } : null,
      praktijkplanSubmitted: p.praktijkplanSubmitted !== undefined,
      readOnly,
      items: [
        ...result.items.map((i, n, all) => ({
          kind: i.kind,
          status: i.status,
          message: i.message,
          ...(i.metric !== undefined ? { metric: i.metric } : {}),
          ...(i.intervention !== undefined ? { intervention: i.intervention } : {}),
          ...(i.value !== undefined ? { value: i.value } : {}),
          ...(i.target !== undefined ? { target: i.target } : {}),
          ...(i.expectedShare !== undefined ? { expectedShare: i.expectedShare } : {}),
          ...(i.due !== undefined ? { due: formatDate(i.due) } : {}),
          // An earlier period (missed, since a met one is not listed) is named next to the label; the current one is in the message.
          ...(i.period !== undefined && i.period.to < today ? { period: periodText(turn.locale, i.period) } : {}),
          // A target waiting for its route (rules/status.ts chooseRouteItem) offers "kies route", once per intervention.
          ...(i.status === 'not-applicable' && i.route !== undefined && i.intervention !== undefined && !routeAsked(all, n)
            ? { chooseRoute: { year, intervention: i.intervention } }
            : {}),
        })),
        ...result.milestones.map((m) => ({
          kind: 'milestone' as const,
          status: m.status,
          label: m.name,
          message: m.message,
          ...(m.due !== undefined ? { due: formatDate(m.due) } : {}),
          ...(m.status !== 'met'
            ? { markDone: { milestone: m.id, ...(m.year !== undefined ? { year: m.year } : {}), evidence: m.intervention !== undefined } }
            : {}),
        })),
      ].slice(0, MAX_ITEMS),
    }),
  );
}

/** Whether an earlier item already asks for the route of the same intervention. */
function routeAsked(items: readonly StatusItem[], n: number): boolean {
  const item = items[n];
  return items.slice(0, n).some((i) => i.status === 'not-applicable' && i.route !== undefined && i.intervention === item?.intervention);
}

/** A plan year for the plan and review cards; `routes` names the route ids of offers with routes (issue 9 §1). */
export function planYearCard(v: Pick<PlanVersion, 'year' | 'interventions'>, locale: Locale, routes?: RuleSet) {
  const routeName = (id: string, route: string | undefined) =>
    route === undefined ? undefined : (routes?.offers.find((o) => o.id === id)?.routes?.find((r) => r.id === route)?.name ?? route);
  return {
    year: v.year,
    interventions: v.interventions
      .flatMap(({ id, ...i }) => (isInterventionId(id) ? [{ ...i, id }] : []))
      .map((i) => ({
        id: i.id,
        name: interventionName(i.id, locale),
        deepening: i.deepening ?? false,
        ...(i.justification !== undefined ? { justification: i.justification } : {}),
        ...((r) => (r !== undefined ? { route: r } : {}))(routeName(i.id, i.route)),
      })),
  };
}

export async function showPlan(turn: PracticeTurn, stores: Stores, year?: number): Promise<void> {
  const p = turn.practice.value;
  const latest = (await stores.plans.latest(p.id)).filter((v) => year === undefined || v.year === year);
  const saves = (await stores.audit.list(p.id, AUDIT_LOOKBACK)).filter((e) => e.action === AUDIT.planSaved);
  const savedBy = (v: PlanVersion): string => {
    const by = saves.find((e) => e.detail?.['year'] === v.year && e.detail['version'] === v.version)?.detail?.['by'];
    return typeof by === 'string' ? by : v.savedBy;
  };
  await sendCard(
    turn,
    renderPlanCard({
      locale: turn.locale,
      cardId: turn.newId(),
      practiceName: p.name,
      ...(p.praktijkplanSubmitted !== undefined ? { praktijkplanSubmitted: formatDate(p.praktijkplanSubmitted) } : {}),
      years: latest.map((v) => ({
        ...planYearCard(v, turn.locale, ruleSetForYear(p, v.year)),
        // The version in force on the year's first day (issue 9 §2); the saved verdict keeps the one it was checked by.
        ruleSet: ruleSetId(ruleSetForYear(p, v.year)),
        yearStart: formatDate(yearStart(p.startDate, v.year)),
        verdict: { ok: v.verdict.ok, ruleSet: v.verdict.ruleSet },
        savedBy: savedBy(v),
        savedAt: formatDate(todayOf(new Date(v.savedAt))),
      })),
    }),
  );
}

/** "Praktijkplan ingediend": the date the practice handed its plan to the RHO; the deadline status uses it. */
export async function markSubmitted(turn: PracticeTurn, stores: Stores, a: MarkSubmittedAction): Promise<void> {
  const { practice } = turn;
  const today = todayOf(turn.now);
  const date = a.date ?? today;
  if (date > today) return notice(turn, 'submittedFuture', {}, { title: 'refusedTitle', style: 'warning' });
  try {
    await stores.practices.save({ ...practice.value, praktijkplanSubmitted: date }, writeContext(turn, a.cardId), practice.etag);
  } catch (err) {
    if (err instanceof ConcurrencyError) return notice(turn, 'concurrency', {}, { title: 'refusedTitle', style: 'warning' });
    throw err;
  }
  await audit(turn, stores, practice.value.id, AUDIT.praktijkplanSubmitted, { date });
  await notice(turn, 'submitted', { date: formatDate(date) }, { title: 'submittedTitle', style: 'good' });
}
