// A job runner process for the kill/restart test (test/bot/jobs/kill.test.ts): `npm run job -- reminders` as the
// CLI runs it, on the Azurite tables and the test connector named in the environment, with a test evaluator (one
// reminder per conversation) and a lower tenant rate so a run lasts long enough to be killed. A restarted runner
// waits until the killed one's lease expired.
import { setTimeout as sleep } from 'node:timers/promises';
import { runCli } from '../../bot/jobs/cli.js';
import { TEAMS_LIMITS } from '../../bot/jobs/pacing.js';
import { createTableStores } from '../../storage/tables/index.js';
import { conversationIds, evaluatorFor } from './jobs.js';

const env = process.env;
const count = Number(env['CHILD_COUNT']);
const leaseSeconds = Number(env['JOBS_LEASE_SECONDS']);
const stores = await createTableStores({
  connectionString: env['CHILD_CONNECTION'] ?? '',
  allowInsecureConnection: true,
  tablePrefix: env['CHILD_PREFIX'] ?? '',
});
const deps = {
  env: { JOBS_LEASE_SECONDS: String(leaseSeconds), LOG_LEVEL: 'error' },
  stores,
  evaluators: { reminders: evaluatorFor(() => conversationIds(count)), 'weekly-summary': () => Promise.resolve([]) },
  jobs: { limits: { ...TEAMS_LIMITS, perTenant: { max: Number(env['CHILD_RATE']), ms: 1_000 } }, retry: { minTimeoutMs: 20 } },
};
for (;;) {
  const code = await runCli(['reminders'], deps);
  if (code !== 3) process.exit(code);
  await sleep((leaseSeconds * 1000) / 4);
}
