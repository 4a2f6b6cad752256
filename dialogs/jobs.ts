// The evaluator of each proactive job (issue 11 §2): bot/jobs runs them under a lease and delivers what they return.
import type { JobName } from '../storage/ports.js';
import type { JobEvaluator } from './shared/job.js';

// replaced at merge by dialogs/reminders and dialogs/rho-summary
const nothingYet: JobEvaluator = () => Promise.resolve([]);

export const JOB_EVALUATORS: Record<JobName, JobEvaluator> = {
  reminders: nothingYet,
  'weekly-summary': nothingYet,
};
