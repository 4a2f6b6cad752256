// Choose the route of an intervention in a saved plan year (000 §2.4–2.5 SOH or PA/VS; 000 §2.8 zelfmetingen en/of
// online spreekuur). The route is part of the plan: the year is checked again and saved as a new version.
import type { SubmitError } from '../../cards/actions.js';
import { renderChooseRouteCard } from '../../cards/choose-route.card.js';
import { interventionName, isInterventionId } from '../../rules/catalog.js';
import { ruleSetForYear } from '../../rules/engine.js';
import { t } from '../../rules/i18n/index.js';
import { formatSource, type Offer } from '../../rules/schema.js';
import type { Stores } from '../../storage/ports.js';
import { saveChecked } from '../shared/plan-check.js';
import { noticeCard, sendCard } from '../shared/reply.js';
import type { PracticeTurn } from '../router/turn.js';
import { StartChooseRouteAction, type ChooseRouteAction } from './actions.js';

interface Target {
  year: number;
  intervention: string;
}

/** The year and intervention of a re-shown form, from what the card sent. */
export function routeTarget(entered: Readonly<Record<string, string>>): Target | undefined {
  const parsed = StartChooseRouteAction.safeParse({ ...entered, verb: 'startChooseRoute' });
  return parsed.success ? { year: parsed.data.year, intervention: parsed.data.intervention } : undefined;
}

const name = (id: string, turn: PracticeTurn) => (isInterventionId(id) ? interventionName(id, turn.locale) : id);

async function reply(turn: PracticeTurn, title: 'route.savedTitle' | 'notice.refused', text: string): Promise<void> {
  await noticeCard(turn, {
    title: t(turn.locale, title),
    text,
    style: title === 'route.savedTitle' ? 'good' : 'warning',
    buttons: [{ title: t(turn.locale, 'action.openStatus'), verb: 'openStatus' }],
  });
}

/** The year's latest saved interventions and the offer with routes, or undefined when either is gone. */
async function load(turn: PracticeTurn, stores: Stores, target: Target) {
  const p = turn.practice.value;
  const version = (await stores.plans.latest(p.id)).find((v) => v.year === target.year);
  const offer: Offer | undefined = ruleSetForYear(p, target.year).offers.find((o) => o.id === target.intervention);
  if (!version || !offer?.routes || !version.interventions.some((i) => i.id === target.intervention)) return undefined;
  return { version, offer, routes: offer.routes };
}

const notInPlan = (turn: PracticeTurn, target: Target) =>
  reply(turn, 'notice.refused', t(turn.locale, 'route.notInPlan', { intervention: name(target.intervention, turn), year: target.year }));

export async function showRouteCard(turn: PracticeTurn, stores: Stores, target: Target, errors: SubmitError[] = []): Promise<void> {
  const found = await load(turn, stores, target);
  if (!found) return notInPlan(turn, target);
  const current = found.version.interventions.find((i) => i.id === target.intervention)?.route;
  await sendCard(
    turn,
    renderChooseRouteCard({
      locale: turn.locale,
      cardId: turn.newId(),
      year: target.year,
      intervention: target.intervention,
      interventionName: name(target.intervention, turn),
      routes: found.routes.map((r) => ({ id: r.id, name: r.name, source: formatSource(r.source) })),
      ...(current !== undefined ? { current } : {}),
      errors,
    }),
  );
}

export async function chooseRoute(turn: PracticeTurn, stores: Stores, a: ChooseRouteAction): Promise<void> {
  const found = await load(turn, stores, a);
  if (!found) return notInPlan(turn, a);
  const route = found.routes.find((r) => r.id === a.route);
  if (!route) return showRouteCard(turn, stores, a, [{ field: 'route', message: t(turn.locale, 'route.unknown') }]);
  const unchanged = found.version.interventions.some((i) => i.id === a.intervention && i.route === route.id);
  const interventions = found.version.interventions.map((i) => (i.id === a.intervention ? { ...i, route: route.id } : i));
  // The card id is the idempotency key: a double click or a Teams retry saves one version; the same route saves none.
  const { version } = unchanged
    ? { version: found.version }
    : await saveChecked(turn, stores, turn.practice.value, a.year, interventions, a.cardId, found.version.version);
  await reply(
    turn,
    'route.savedTitle',
    t(turn.locale, 'route.saved', { intervention: name(a.intervention, turn), year: a.year, route: route.name, version: version.version }),
  );
}
