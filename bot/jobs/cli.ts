// `npm run job -- <reminders|weekly-summary> [--dry-run]` (issue 11 §2). With --dry-run: what the job would send now
// (conversation, reason, period, summary per message, and a count), read from the configured storage, nothing
// written. Without: one run as the bot would do it (lease → evaluate → outbox → delivery) with the configured storage
// and bot credentials; prints the counts as JSON. Exit 0 when it ran, 3 when another instance holds the lease.
// `--at=<ISO date-time>` evaluates as at that moment (what next Monday's run would send, or a missed run caught up);
// the lease and the outbox keep the real clock, and the period is the one of that moment, so the scheduled run of that
// period sends nothing twice.
import { pathToFileURL } from 'node:url';
import { JOB_EVALUATORS } from '../../dialogs/jobs.js';
import type { JobEvaluator } from '../../dialogs/shared/job.js';
import type { JobName, Stores } from '../../storage/ports.js';
import { createAdapter } from '../adapter.js';
import { ConfigError, loadConfig, readEnvironment, type Env } from '../config.js';
import { createLogger } from '../logger.js';
import { createStores } from '../stores.js';
import { createJobs, type JobsDeps } from './index.js';
import { isJobName, JOB_NAMES } from './routes.js';

export interface CliDeps {
  env?: Env;
  stores?: Stores;
  evaluators?: Readonly<Record<JobName, JobEvaluator>>;
  out?: (line: string) => void;
  jobs?: Partial<Pick<JobsDeps, 'limits' | 'retry' | 'send'>>;
}

const USAGE = `usage: npm run job -- <${JOB_NAMES.join('|')}> [--dry-run] [--at=<ISO date-time>]`;

/** `--at=…` as a Date; undefined without it, null when it is not a date-time. */
function atOf(argv: readonly string[]): Date | undefined | null {
  const raw = argv.find((a) => a.startsWith('--at='))?.slice('--at='.length);
  if (raw === undefined) return undefined;
  const at = new Date(raw);
  return /^\d{4}-\d{2}-\d{2}T/.test(raw) && !Number.isNaN(at.getTime()) ? at : null;
}

/** The evaluators with their clock set to `at`. */
function evaluatedAt(evaluators: Readonly<Record<JobName, JobEvaluator>>, at: Date): Record<JobName, JobEvaluator> {
  const shifted =
    (evaluate: JobEvaluator): JobEvaluator =>
    (ctx) =>
      evaluate({ ...ctx, now: at });
  return { reminders: shifted(evaluators.reminders), 'weekly-summary': shifted(evaluators['weekly-summary']) };
}

export async function runCli(argv: readonly string[], deps: CliDeps = {}): Promise<number> {
  const out = deps.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const job = argv.find((a) => !a.startsWith('--')) ?? '';
  const dryRun = argv.includes('--dry-run');
  const at = atOf(argv);
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--dry-run' && !a.startsWith('--at='));
  if (!isJobName(job) || unknown.length > 0 || at === null) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig(deps.env ?? readEnvironment());
  // The log goes to stderr: stdout is the answer.
  const logger = createLogger(config.logLevel === 'info' && dryRun ? 'warn' : config.logLevel, process.stderr);
  const stores = deps.stores ?? (await createStores(config.storage, logger, dryRun));
  const adapter = createAdapter(config, { logger, clearState: () => Promise.resolve() });
  const evaluators = deps.evaluators ?? JOB_EVALUATORS;
  const jobs = createJobs({
    stores,
    adapter,
    config,
    evaluators: at === undefined ? evaluators : evaluatedAt(evaluators, at),
    logger,
    ...deps.jobs,
  });
  if (dryRun) {
    const messages = await jobs.dryRun(job);
    for (const m of messages) {
      out([m.conversationId, m.reason, m.period, `${m.cards.length} card(s)`, m.summary].join('\t'));
    }
    out(`${messages.length} message(s) would be sent by ${job} (dry run: nothing written, nothing sent)`);
    return 0;
  }
  const result = await jobs.run(job);
  out(JSON.stringify(result));
  return result.ran ? 0 : 3;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
      else createLogger('info', process.stderr).fatal({ err }, 'job failed');
      process.exit(1);
    },
  );
}
