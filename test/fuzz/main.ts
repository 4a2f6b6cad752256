// `npm run fuzz [-- --count=20000 --seed=123 --concurrency=8]` (or FUZZ_COUNT / FUZZ_SEED): the fuzz run of
// test/fuzz/fuzz.test.ts, longer and with a new seed each time unless one is given. Exits 1 on any finding.
import { runFuzz, summary } from './run-fuzz.js';

function arg(name: string, envName: string): number | undefined {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? process.env[envName];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${raw}`);
  return n;
}

const count = arg('count', 'FUZZ_COUNT') ?? 20_000;
const seed = arg('seed', 'FUZZ_SEED') ?? Math.floor(Math.random() * 2 ** 31);
const concurrency = arg('concurrency', 'FUZZ_CONCURRENCY') ?? 8;
console.log(`fuzz: ${count} requests, seed ${seed}, ${concurrency} at a time (replay with --seed=${seed} --count=${count})`);
const report = await runFuzz({ count, seed, concurrency });
console.log(summary(report));
const findings =
  (report.botExit !== undefined ? 1 : 0) +
  (report.healthAfter !== 200 ? 1 : 0) +
  report.serverErrors.length +
  Object.keys(report.turnFailures).length +
  report.stored.unreadable.length;
console.log(findings === 0 ? 'fuzz: 0 findings' : `fuzz: ${findings} findings (seed ${seed})`);
process.exit(findings === 0 ? 0 : 1);
