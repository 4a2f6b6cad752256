// `npm run job -- <reminders|weekly-summary> [--dry-run]` (issue 11 §2). With --dry-run: what the job would send now
// (conversation, reason, period, summary per message, and a count), read from the configured storage, nothing
// written. Without: one run as the bot would do it (lease → evaluate → outbox → delivery) with the configured storage
// and bot credentials; prints the counts as JSON. Exit 0 when it ran, 3 when another instance holds the lease.
import { pathToFileURL } from 'node:url';
import { JOB_EVALUATORS } from '../../dialogs/jobs.js';
import type { JobEvaluator } from '../../dialogs/shared/job.js';
import type { JobName, Stores } from '../../storage/ports.js';
import { createAdapter } from '../adapter.js';
import { ConfigError, loadConfig, readEnvironment, type Env } from '../config.js';
import { createLogger } from '../logger.js';
import { createStores } from '../main.js';
import { createJobs, type JobsDeps } from './index.js';
import { isJobName, JOB_NAMES } from './routes.js';

export interface CliDeps {
  env?: Env;
  stores?: Stores;
  evaluators?: Readonly<Record<JobName, JobEvaluator>>;
  out?: (line: string) => void;
  jobs?: Partial<Pick<JobsDeps, 'limits' | 'retry' | 'send'>>;
}

const USAGE = `usage: npm run job -- <${JOB_NAMES.join('|')}> [--dry-run]`;

export async function runCli(argv: readonly string[], deps: CliDeps = {}): Promise<number> {
  const out = deps.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const job = argv.find((a) => !a.startsWith('--')) ?? '';
  const dryRun = argv.includes('--dry-run');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (!isJobName(job) || unknown.length > 0) {
    out(USAGE);
    return 2;
  }
  const config = loadConfig(deps.env ?? readEnvironment());
  // The log goes to stderr: stdout is the answer.
  const logger = createLogger(config.logLevel === 'info' && dryRun ? 'warn' : config.logLevel, process.stderr);
  const stores = deps.stores ?? (await createStores(config.storage, logger, dryRun));
  const adapter = createAdapter(config, { logger, clearState: () => Promise.resolve() });
  const jobs = createJobs({ stores, adapter, config, evaluators: deps.evaluators ?? JOB_EVALUATORS, logger, ...deps.jobs });
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
