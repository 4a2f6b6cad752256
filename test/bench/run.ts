// `npm run bench` (issue 2, "Tests and figures"): plan checks per second on one core for a realistic three-year
// plan per region, against a bare zod parse of the same plan; plus status() and advise() throughput; and (issue 8)
// the start-up of the compiled bot and of one `mtvp check`. Figures only: nothing here asserts a timing.
// `--startup-only` measures just the start-up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advise } from '../../rules/advise.js';
import { check } from '../../rules/engine.js';
import { Plan, PracticeFacts, type Region } from '../../rules/model.js';
import { status } from '../../rules/status.js';
import { buildState } from '../../scripts/lib/build-state.js';
import { adviseWorstCase, GOAL_ADVISE_WORST_MS } from './advise-worst.js';
import { compressedBodyBench, GOAL_COMPRESSED_GROWTH_MB } from './compressed-body.js';
import { compare, fmt, fmtInt, heapUsedMb, machine, measure, table } from './measure.js';
import { botStartup, median, mtvpCheck, type StartupFigure } from './startup.js';
import { stormSize, submitStorm } from './submit-storm.js';
import { jobsBench } from './jobs.js';
import { spreadDates } from './seed.js';
import { turnBench, turnBenchSize } from './turns.js';
import { weeklyBench } from './weekly.js';

const secondsArg = process.argv.find((a) => a.startsWith('--seconds='));
/** Seconds per measured loop; `--seconds=0.2` for a quick smoke run. */
const SECONDS = secondsArg ? Number(secondsArg.slice('--seconds='.length)) : 2;
const STARTUP_ONLY = process.argv.includes('--startup-only');
const GOAL_CHECKS = 60_000;
const GOAL_BOT_READY_MS = 2_000;
const GOAL_MTVP_CHECK_MS = 300;
const BOT_RUNS = 5;
const MTVP_RUNS = 10;
const MTVP_PLAN = 'hoog-2024-ok';
const GOAL_RATIO = 5;
const pct = (share: number): string => `${Math.round(share * 100)}%`;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/cli/${name}.json`, import.meta.url), 'utf8')) as unknown;

const PLANS = ['hoog-2023-ok', 'hoog-2024-ok', 'eemland-ok', 'cohaesie-ok', 'rijn-en-duin-ok', 'hoog-rules-example'];
const PRACTICES: [string, string][] = [
  ['hoog-practice', '2025-06-30'],
  ['rijn-en-duin-practice', '2024-07-01'],
];
/** Sessions of the long-history status row: the turn bench's long practice. */
const LONG_HISTORY = 5_000;

/**
 * `facts` with `n` intervisie sessions spread over its days up to `asOf`, as the stored summary gives them
 * (storage/tables/summary.ts recordsOf: the equal sessions of a day are one object, repeated).
 */
function withSessions(facts: PracticeFacts, asOf: string, n: number): PracticeFacts {
  const intervisie: PracticeFacts['intervisie'] = [];
  let day: PracticeFacts['intervisie'][number] | undefined;
  for (const date of spreadDates(facts.startDate, asOf, n)) {
    if (day?.date !== date) day = { date, minutes: 60, gpsPresent: 2 };
    intervisie.push(day);
  }
  return { ...facts, intervisie };
}

const QUESTIONS: [Region, number, string][] = [
  ['hoog', 1, 'De telefoon staat de hele ochtend roodgloeiend en de assistentes komen niet toe aan triage'],
  ['eemland', 1, 'Te veel administratie en e-mails, de huisartsen zitten elke avond achter de computer'],
  ['cohaesie', 2, 'Veel patiënten met vage klachten zonder verklaring, SOLK'],
  ['rijn-en-duin', 2, 'Eenzame ouderen en mensen met schulden komen steeds terug op het spreekuur'],
];

// `npm run bench -- weekly`: only the weekly RHO summary bench (issue 11 §4).
if (process.argv.includes('weekly')) {
  await weeklyBench();
  process.exit(0);
}

// `npm run bench -- turns [--concurrency=20 --rounds=4 --turns=100 --history=5000 --history-turns=200 --warmup=1]`:
// only the turn bench.
// `npm run bench -- jobs`: only the proactive delivery bench (issue 11).
if (process.argv.includes('jobs')) process.exit((await jobsBench()).ok ? 0 : 1);
if (process.argv.includes('turns')) process.exit((await turnBench(turnBenchSize(process.argv))).integrityOk ? 0 : 1);
// `npm run bench -- storm [--submits=1000 --duplicates=200 --practices=50]`: only the submit storm.
if (process.argv.includes('storm')) process.exit((await submitStorm(stormSize(process.argv))).ok ? 0 : 1);

console.log(`Machine: ${machine()}`);
if (!STARTUP_ONLY) {
  console.log(`One core (single JS thread), ${SECONDS} s per measurement after a warm-up of ${SECONDS / 4} s;`);
  console.log('rates are per second of CPU time (process.cpuUsage), "cpu" is the share of wall time the bench got.');
  console.log(`Heap used with rule sets, engine and advisor loaded: ${fmt(heapUsedMb())} MB.\n`);

  const planRows: string[][] = [];
  let worstChecks = Infinity;
  let worstRatio = 0;
  for (const name of PLANS) {
    const raw = fixture(name);
    const plan = Plan.parse(raw);
    const [c, p] = compare([() => check(plan).findings.length + 1, () => Plan.parse(raw).years.length], SECONDS);
    if (!c || !p) throw new Error('no measurement');
    const ratio = c.nsPerOp / p.nsPerOp;
    worstChecks = Math.min(worstChecks, c.opsPerSecond);
    worstRatio = Math.max(worstRatio, ratio);
    const years = plan.years.length;
    const chosen = plan.years.reduce((n, y) => n + y.interventions.length, 0);
    planRows.push([
      `${name} (${check(plan).ruleSet}, ${years} y, ${chosen} choices)`,
      fmtInt(c.opsPerSecond),
      fmt(c.nsPerOp / 1000, 2),
      fmtInt(p.opsPerSecond),
      fmt(p.nsPerOp / 1000, 2),
      `${fmt(ratio, 2)}×`,
      pct(c.cpuShare),
      fmt(c.heapDeltaMb),
    ]);
  }
  console.log(table(['plan', 'checks/s', 'µs/check', 'parses/s', 'µs/parse', 'check/parse', 'cpu', 'retained MB'], planRows));

  const statusCases = PRACTICES.map(([name, asOf]) => ({ label: `${name} on ${asOf}`, facts: PracticeFacts.parse(fixture(name)), asOf }));
  const [first] = PRACTICES;
  if (first) {
    const [name, asOf] = first;
    const facts = withSessions(PracticeFacts.parse(fixture(name)), asOf, LONG_HISTORY);
    statusCases.push({ label: `${name} with ${fmtInt(LONG_HISTORY)} sessions on ${asOf}`, facts, asOf });
  }
  const statusRows = statusCases.map(({ label, facts, asOf }) => {
    const s = measure(() => status(facts, asOf).items.length + 1, SECONDS / 2);
    return [label, fmtInt(s.opsPerSecond), fmt(s.nsPerOp / 1000, 2), pct(s.cpuShare), fmt(s.heapDeltaMb)];
  });
  console.log(`\n${table(['status', 'status/s', 'µs/status', 'cpu', 'retained MB'], statusRows)}`);

  const adviseRows = QUESTIONS.map(([region, year, question]) => {
    const a = measure(() => advise(question, { region, year }).length + 1, SECONDS / 2);
    return [
      `${region}, year ${year}: "${question.slice(0, 32)}…"`,
      fmtInt(a.opsPerSecond),
      fmt(a.nsPerOp / 1000, 1),
      pct(a.cpuShare),
      fmt(a.heapDeltaMb),
    ];
  });
  console.log(`\n${table(['advise', 'advise/s', 'µs/advise', 'cpu', 'retained MB'], adviseRows)}`);
  const adviseWorst = adviseWorstCase(20);
  const compressedGrowth = await compressedBodyBench();

  console.log(
    `\nchecks/s: ${fmtInt(worstChecks)} (goal ≥ ${fmtInt(GOAL_CHECKS)}), ` +
      `check/parse ratio: ${fmt(worstRatio, 2)} (goal ≤ ${GOAL_RATIO}×)  [slowest plan of ${PLANS.length}], ` +
      `advisor worst case: ${fmt(adviseWorst, 1)} ms (goal ≤ ${GOAL_ADVISE_WORST_MS} ms: ${adviseWorst <= GOAL_ADVISE_WORST_MS ? 'met' : 'NOT met'}), ` +
      `one 1 MB compressed body: bot RSS +${fmt(compressedGrowth, 1)} MB (goal < ${GOAL_COMPRESSED_GROWTH_MB} MB: ${compressedGrowth < GOAL_COMPRESSED_GROWTH_MB ? 'met' : 'NOT met'})`,
  );
}

const ms = (n: number): string => fmtInt(Math.round(n));
function startupRow(what: string, f: StartupFigure, goalMs: number): string[] {
  const cpu = f.cpuMs.every((c) => c !== undefined) ? ms(median(f.cpuMs as number[])) : 'n/a';
  const wall = median(f.wallMs);
  return [
    what,
    ms(wall),
    `${ms(Math.min(...f.wallMs))}–${ms(Math.max(...f.wallMs))}`,
    cpu,
    `≤ ${fmtInt(goalMs)}`,
    wall <= goalMs ? 'met' : 'NOT met',
  ];
}

const build = buildState();
if (build.state !== 'fresh') throw new Error(`${build.detail}: run \`npm run build\` first (\`npm run bench\` does)`);
console.log(`\nStart-up of the compiled build (dist/), one process at a time; machine: ${machine()}`);
const bot = await botStartup(BOT_RUNS);
const cli = await mtvpCheck(fileURLToPath(new URL(`../fixtures/cli/${MTVP_PLAN}.json`, import.meta.url)), MTVP_RUNS);
console.log(
  table(
    ['start-up', 'median ms', 'range ms', 'median CPU ms', 'goal ms', 'goal'],
    [
      startupRow(`bot: spawn → /healthz 200 (median of ${BOT_RUNS})`, bot, GOAL_BOT_READY_MS),
      startupRow(`mtvp check ${MTVP_PLAN}.json (median of ${MTVP_RUNS})`, cli, GOAL_MTVP_CHECK_MS),
    ],
  ),
);
console.log("Wall time on this machine as it is; the goals are for an idle machine. CPU ms: the process's own work.");

if (!STARTUP_ONLY && !(await turnBench(turnBenchSize(process.argv))).integrityOk) process.exitCode = 1;
if (!STARTUP_ONLY && !(await submitStorm(stormSize(process.argv))).ok) process.exitCode = 1;
if (!STARTUP_ONLY) await weeklyBench();
if (!STARTUP_ONLY && !(await jobsBench()).ok) process.exitCode = 1;
