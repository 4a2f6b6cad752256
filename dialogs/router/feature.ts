// A feature declares in one place what it answers: its commands (Dutch and English phrases), its card verbs with the
// handler of each, the form re-show on invalid input, and what the turn needs first (a practice the user may act
// for). Each maps one-to-one onto a Microsoft 365 Agents SDK route: a command is `agent.message(phrases, run)`, a
// verb `agent.adaptiveCards.actionExecute(verb, run)`; `needs` is the middleware in front of both.
import type { z } from 'zod';
import type { SubmitError } from '../../cards/actions.js';
import type { Verb } from '../../cards/verbs.js';
import type { Region } from '../../rules/model.js';
import type { ExportStore, Stores } from '../../storage/ports.js';
import type { DialogTurn, PracticeTurn } from './turn.js';

/** Phrases are written already normalised (lowercase, no diacritics, single spaces; router/commands.ts). */
export interface Phrases {
  readonly nl: readonly string[];
  readonly en: readonly string[];
}

/**
 * `needs: 'practice'`: a linked practice the user may act for (personal chat picks one first); `'manager'`: that, and
 * the user is one of its managers (issue 11 §1: changing the practice, its plan and settings); `'none'`: any turn.
 */
export type PracticeNeed = 'practice' | 'manager';
/**
 * `recognises`: text without the command's words that the command answers anyway (a rules question typed on its
 * own goes to the advisor); the whole text is then its `args`.
 */
export type CommandRoute = { readonly phrases: Phrases; recognises?(text: string): boolean } & (
  | { readonly needs: 'none'; run(turn: DialogTurn, args: string): Promise<void> }
  | { readonly needs: PracticeNeed; run(turn: PracticeTurn, args: string): Promise<void> }
);

type Entered = Readonly<Record<string, string>>;

/** `invalid` shows the form again with the field errors and what was entered; without it the errors are listed. */
export type ActionRoute<A> =
  | {
      readonly needs: 'none';
      run(turn: DialogTurn, action: A): Promise<void>;
      invalid?(turn: DialogTurn, errors: SubmitError[], entered: Entered): Promise<void>;
    }
  | {
      readonly needs: PracticeNeed;
      run(turn: PracticeTurn, action: A): Promise<void>;
      invalid?(turn: PracticeTurn, errors: SubmitError[], entered: Entered): Promise<void>;
    };

/** A verb's payload schema: what the card sends, parsed into the action its handler receives. */
export type ActionSchema = z.ZodType<{ verb: Verb; cardId: string }>;
export type ActionSchemas = Readonly<Partial<Record<Verb, ActionSchema>>>;

export type ActionRoutes<S extends ActionSchemas> = { readonly [V in keyof S]-?: ActionRoute<z.output<NonNullable<S[V]>>> };

export interface Feature<S extends ActionSchemas> {
  readonly commands: Readonly<Record<string, CommandRoute>>;
  /** Every verb of `S` has its handler: a missing one does not compile. */
  readonly actions: ActionRoutes<S>;
}

/** The teams the operator allows as each region's consultant channel (bot/config.ts `RHO_TEAMS`). */
export type RhoTeams = Readonly<Partial<Record<Region, readonly string[]>>>;

export interface FeatureDeps {
  stores: Stores;
  rhoTeams: RhoTeams;
  /** Where the RHO summary's CSV export is written (storage/blob); absent: the export says it cannot be made. */
  exports?: ExportStore;
  /** Runs a registered command for a turn that already passed the middleware (after a practice was picked). */
  runCommand(turn: DialogTurn, command: string, args: string): Promise<void>;
}
