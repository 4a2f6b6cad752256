// Every feature of the bot, and the checks that keep them whole: each verb of cards/verbs.ts has exactly one
// payload schema and one handler (a missing or extra one does not compile), and each command id is used once.
import * as z from 'zod';
import { parsePayload, unknownVerbError, type Parsed } from '../cards/actions.js';
import { isVerb, VERBS, type Verb } from '../cards/verbs.js';
import type { Locale } from '../rules/model.js';
import { SCHEMAS as ADVICE } from './advice/actions.js';
import { adviceFeature } from './advice/feature.js';
import { SCHEMAS as CHOOSE } from './choose-interventions/actions.js';
import { chooseInterventionsFeature } from './choose-interventions/feature.js';
import { SCHEMAS as ROUTE } from './choose-route/actions.js';
import { chooseRouteFeature } from './choose-route/feature.js';
import { SCHEMAS as ENTRIES } from './entries/actions.js';
import { entriesFeature } from './entries/feature.js';
import { SCHEMAS as HELP } from './help/actions.js';
import { helpFeature } from './help/feature.js';
import { SCHEMAS as LINK } from './link-practice/actions.js';
import { linkPracticeFeature } from './link-practice/feature.js';
import { SCHEMAS as COUNTS } from './log-counts/actions.js';
import { logCountsFeature } from './log-counts/feature.js';
import { SCHEMAS as INTERVISIE } from './log-intervisie/actions.js';
import { logIntervisieFeature } from './log-intervisie/feature.js';
import { SCHEMAS as MANAGERS } from './managers/actions.js';
import { managersFeature } from './managers/feature.js';
import { SCHEMAS as MILESTONES } from './milestones/actions.js';
import { milestonesFeature } from './milestones/feature.js';
import { SCHEMAS as PICK } from './pick-practice/actions.js';
import { SCHEMAS as REMINDERS } from './reminders/actions.js';
import { remindersFeature } from './reminders/feature.js';
import { SCHEMAS as SUMMARY } from './rho-summary/actions.js';
import { rhoSummaryFeature } from './rho-summary/feature.js';
import { pickPracticeFeature } from './pick-practice/feature.js';
import type { ActionRoute, CommandRoute, FeatureDeps } from './router/feature.js';
import { SCHEMAS as STATUS } from './status/actions.js';
import { statusFeature } from './status/feature.js';

export const SCHEMAS = {
  ...HELP,
  ...LINK,
  ...CHOOSE,
  ...ADVICE,
  ...INTERVISIE,
  ...COUNTS,
  ...STATUS,
  ...MILESTONES,
  ...ROUTE,
  ...MANAGERS,
  ...SUMMARY,
  ...PICK,
  ...REMINDERS,
  ...ENTRIES,
};
type Schemas = typeof SCHEMAS;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time: the verbs with a schema are exactly the verbs cards can send. */
const _verbsHaveSchemas: Same<keyof Schemas, Verb> = true;

export type ActionOf<V extends Verb> = z.output<Schemas[V]>;
/** Any card action, typed by its verb. */
export type CardAction = { [V in Verb]: ActionOf<V> }[Verb];

/** A raw payload parsed by its verb's schema (the router does the same per verb, typed; this is for checks). */
export function parseAction(value: unknown, locale: Locale = 'nl'): Parsed<CardAction> {
  const raw = z.record(z.string(), z.unknown()).safeParse(value);
  if (!raw.success || !isVerb(raw.data['verb'])) return { ok: false, errors: [unknownVerbError(locale)] };
  return parsePayload(SCHEMAS[raw.data['verb']], raw.data, locale);
}
export type ActionRoutes = { readonly [V in Verb]: ActionRoute<ActionOf<V>> };

export interface Routes {
  readonly commands: Readonly<Record<string, CommandRoute>>;
  readonly actions: ActionRoutes;
}

export function createRoutes(deps: FeatureDeps): Routes {
  const features = [
    helpFeature(),
    linkPracticeFeature(deps),
    chooseInterventionsFeature(deps),
    adviceFeature(deps),
    logIntervisieFeature(deps),
    logCountsFeature(deps),
    statusFeature(deps),
    milestonesFeature(deps),
    chooseRouteFeature(deps),
    managersFeature(deps),
    rhoSummaryFeature(deps),
    pickPracticeFeature(deps),
    remindersFeature(deps),
    entriesFeature(deps),
  ] as const;
  const [help, link, choose, advice, intervisie, counts, status, milestones, route, managers, summary, pick, reminders, entries] = features;
  // A verb without a handler fails to compile: ActionRoutes needs every verb. One handled twice fails at start.
  const actions: ActionRoutes = {
    ...help.actions,
    ...link.actions,
    ...choose.actions,
    ...advice.actions,
    ...intervisie.actions,
    ...counts.actions,
    ...status.actions,
    ...milestones.actions,
    ...route.actions,
    ...managers.actions,
    ...summary.actions,
    ...pick.actions,
    ...reminders.actions,
    ...entries.actions,
  };
  const routed = features.reduce((n, f) => n + Object.keys(f.actions).length, 0);
  if (routed !== VERBS.length) throw new Error(`${routed} verb handlers for ${VERBS.length} verbs: a verb is handled twice`);
  const commands: Record<string, CommandRoute> = {};
  for (const feature of features) {
    for (const [id, route] of Object.entries(feature.commands)) {
      if (id in commands) throw new Error(`command ${id} is registered twice`);
      commands[id] = route;
    }
  }
  return { commands, actions };
}
