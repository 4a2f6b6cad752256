// What a proactive job's evaluation is given and returns (issue 11 §2). The evaluators live with their feature
// (dialogs/reminders, dialogs/rho-summary); bot/jobs runs them under a lease and delivers through the outbox.
import type { ProactiveMessage, Stores } from '../../storage/ports.js';
import type { RhoTeams } from '../router/feature.js';

export interface JobContext {
  stores: Stores;
  /** The job's run time: the clock is an argument (tests pass a fake one). */
  now: Date;
  rhoTeams: RhoTeams;
}

/** Reads what it needs and says what to send; writes nothing (a dry run prints exactly this). */
export type JobEvaluator = (ctx: JobContext) => Promise<ProactiveMessage[]>;
