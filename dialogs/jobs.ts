// The evaluator of each proactive job (issue 11 §2): bot/jobs runs them under a lease and delivers what they return.
import type { JobName } from '../storage/ports.js';
import { evaluateReminders } from './reminders/evaluate.js';
import { evaluateWeeklySummary } from './rho-summary/weekly.js';
import type { JobEvaluator } from './shared/job.js';

export const JOB_EVALUATORS: Record<JobName, JobEvaluator> = {
  reminders: evaluateReminders,
  'weekly-summary': evaluateWeeklySummary,
};
