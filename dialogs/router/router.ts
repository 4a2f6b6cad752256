// The router: a typed message or card payload → the feature route that answers it, behind the practice middleware.
// bot/ builds the turn and calls these; nothing here knows HTTP, adapters or the activity handler.
import { parsePayload, unknownVerbError, type SubmitError } from '../../cards/actions.js';
import { errorText } from '../../cards/i18n/submit.js';
import { isVerb, type Verb } from '../../cards/verbs.js';
import type { ExportStore, Stores } from '../../storage/ports.js';
import { createRoutes, SCHEMAS, type ActionOf, type Routes } from '../features.js';
import { msg } from '../messages.js';
import { personalPractice } from '../pick-practice/pick-practice.js';
import { requirePractice } from '../shared/practice-guard.js';
import { isManager, refuseNotManager } from '../shared/roles.js';
import { sendHelp, sendText } from '../shared/reply.js';
import { understand } from '../intents/understand.js';
import { commandMatcher, plainText } from './commands.js';
import type { ActionRoute, PracticeNeed, RhoTeams } from './feature.js';
import type { DialogTurn, PracticeTurn } from './turn.js';

export interface Router {
  /** A typed message (mention already removed). */
  onMessage(turn: DialogTurn, text: string): Promise<void>;
  /** A card button's payload: parsed once here, and the turn carries the result to the handler and any dialog. */
  onSubmit(turn: DialogTurn, raw: Readonly<Record<string, unknown>>): Promise<void>;
}

export interface RouterDeps {
  stores: Stores;
  /** Default: no team is a consultant channel. */
  rhoTeams?: RhoTeams;
  /** Where the RHO summary's CSV export is written; absent: the export says it cannot be made. */
  exports?: ExportStore;
}

type Entered = Readonly<Record<string, string>>;

/** The longest entered value a form shows again: the cards' own caps (a question of 2,000); longer input is refused anyway. */
const MAX_ENTERED_CHARS = 2000;

/** What the user entered on the card, to show it again next to the errors (strings and numbers only, cut to the cap). */
function enteredOf(raw: Readonly<Record<string, unknown>>): Entered {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v).slice(0, MAX_ENTERED_CHARS);
  return out;
}

async function listErrors(turn: DialogTurn, errors: readonly SubmitError[]): Promise<void> {
  await sendText(turn, `${msg(turn.locale, 'invalidIntro')}\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
}

export function createRouter(deps: RouterDeps): Router {
  const routes: Routes = createRoutes({
    stores: deps.stores,
    rhoTeams: deps.rhoTeams ?? {},
    ...(deps.exports !== undefined ? { exports: deps.exports } : {}),
    runCommand: (turn, command, args) => runCommand(turn, command, args),
  });
  const match = commandMatcher(routes.commands);

  /** The practice middleware: a linked practice the user may act for, or the answer that says what to do. */
  const withPractice = async (
    turn: DialogTurn,
    need: PracticeNeed,
    what: string,
    resume?: { command: string; args: string },
  ): Promise<PracticeTurn | undefined> => {
    // Typed in personal or group chat: settle which practice first; the command resumes after picking (pick-practice/).
    // A group chat belongs to no team either: it finds the practice the same way and keeps the pick (issue 13 §7).
    const practice =
      turn.kind !== 'channel' && resume !== undefined ? await personalPractice(turn, deps.stores, resume) : await requirePractice(turn);
    if (practice === undefined) return undefined;
    if (need === 'manager' && !(await isManager(turn, deps.stores, practice.value))) {
      await refuseNotManager(turn, deps.stores, practice.value, what);
      return undefined;
    }
    return { ...turn, practice };
  };

  async function runCommand(turn: DialogTurn, command: string, args: string): Promise<void> {
    const route = routes.commands[command];
    if (route === undefined) return sendHelp(turn);
    if (route.needs === 'none') return route.run(turn, args);
    const practiceTurn = await withPractice(turn, route.needs, command, { command, args });
    if (practiceTurn !== undefined) await route.run(practiceTurn, args);
  }

  async function run<A>(route: ActionRoute<A>, verb: Verb, turn: DialogTurn, action: A): Promise<void> {
    if (route.needs === 'none') return route.run(turn, action);
    const practiceTurn = await withPractice(turn, route.needs, verb);
    if (practiceTurn !== undefined) await route.run(practiceTurn, action);
  }

  async function refuse<A>(route: ActionRoute<A>, verb: Verb, turn: DialogTurn, errors: SubmitError[], entered: Entered): Promise<void> {
    if (route.invalid === undefined) return listErrors(turn, errors);
    if (route.needs === 'none') return route.invalid(turn, errors, entered);
    const practiceTurn = await withPractice(turn, route.needs, verb);
    if (practiceTurn !== undefined) await route.invalid(practiceTurn, errors, entered);
  }

  /** Generic in the verb, so the schema, the parsed action and the handler are all of the same verb. */
  async function dispatch<V extends Verb>(verb: V, base: DialogTurn, raw: Readonly<Record<string, unknown>>): Promise<void> {
    const route: ActionRoute<ActionOf<V>> = routes.actions[verb];
    const parsed = parsePayload(SCHEMAS[verb], raw, base.locale);
    const entered: Record<string, string> = { ...enteredOf(raw) };
    const cardId = typeof raw['cardId'] === 'string' ? raw['cardId'] : undefined;
    if (parsed.ok && cardId !== undefined) {
      const turn: DialogTurn = { ...base, submit: { ok: true, verb, cardId, entered } };
      return run(route, verb, turn, parsed.action);
    }
    const errors = parsed.ok ? [unknownVerbError(base.locale)] : parsed.errors;
    // A field refused as patient data is not shown again (issue 12 §4): the form comes back with it empty.
    const patientData = errorText('patientData', base.locale);
    for (const e of errors) if (e.message.endsWith(patientData)) entered[e.field] = '';
    const turn: DialogTurn = { ...base, submit: { ok: false, verb, errors, entered, ...(cardId !== undefined ? { cardId } : {}) } };
    return refuse(route, verb, turn, errors, entered);
  }

  return {
    onMessage: async (turn, typed) => {
      const text = plainText(typed);
      const found = match(text);
      // Not a command: what it most likely means runs, or the bot asks "Bedoel je …?" (issue 13 §2).
      if (found === undefined) return understand(turn, text.trim(), runCommand);
      await runCommand(turn, found.command, found.args);
    },
    onSubmit: async (turn, raw) => {
      const verb = raw['verb'];
      if (isVerb(verb)) return dispatch(verb, turn, raw);
      await listErrors(turn, [unknownVerbError(turn.locale)]);
    },
  };
}
