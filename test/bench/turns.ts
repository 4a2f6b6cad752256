// The turn bench (issue 10 §5), part of `npm run bench` and alone with `npm run bench -- turns`: the compiled bot on
// Azurite (which counts the requests it serves) and an echo bot on the same stack, `status` and `log intervisie` submits at
// concurrency 20 with expectReplies, alternating with echo rounds so a load spike hits both alike. Prints latencies
// against the echo floor, Table requests per turn, the bot's RSS, the history-scaling row and the submit check.
// Goals are printed next to the figures, never asserted.
import { buildState } from '../../scripts/lib/build-state.js';
import { machine } from './measure.js';
import { commandActivity, intervisieSubmit, LOGGED_MARK } from './activities.js';
import { childProcessesOf, cpuMsOf, memoryOf, percentile, runRound, type Turn } from './load.js';
import { addDays, benchPractice, seedLinkedPractice, seedSessions } from './seed.js';
import { botExit, startTurnStack, type TurnStack } from './turn-stack.js';
import { printTurnReport, type KindFigures } from './turn-report.js';

export interface TurnBenchSize {
  /** Conversations at once, one practice each. */
  concurrency: number;
  /** Measured rounds per turn kind (each after its own echo round). */
  rounds: number;
  /** Turns per round. */
  turnsPerRound: number;
  /** Intervisie sessions of the long-history practice (the short one has 10). */
  history: number;
  /** `status` turns per practice for the history-scaling row, one at a time. */
  historyTurns: number;
  /**
   * Untimed rounds of each kind before the measured ones (echo and bot alike). One by default: the figures of a bot that
   * has just started, its JIT still tiering up; with more (`--warmup=10`) those of one that has served a few thousand
   * turns, as a bot in production has (V8 optimises the bot's many functions over ~2,000–3,000 turns, the echo's few
   * sooner).
   */
  warmupRounds: number;
}

const DEFAULT_SIZE: TurnBenchSize = {
  concurrency: 20,
  rounds: 4,
  turnsPerRound: 100,
  history: 5_000,
  historyTurns: 200,
  warmupRounds: 1,
};
const SHORT_HISTORY = 10;
const FLAGS: Record<string, keyof TurnBenchSize> = {
  '--concurrency=': 'concurrency',
  '--rounds=': 'rounds',
  '--turns=': 'turnsPerRound',
  '--history=': 'history',
  '--history-turns=': 'historyTurns',
  '--warmup=': 'warmupRounds',
};

/** The size from `--concurrency= --rounds= --turns= --history= --history-turns= --warmup=`, the rest from DEFAULT_SIZE. */
export function turnBenchSize(argv: readonly string[]): TurnBenchSize {
  const size = { ...DEFAULT_SIZE };
  for (const arg of argv) {
    for (const [flag, key] of Object.entries(FLAGS)) {
      if (!arg.startsWith(flag)) continue;
      const n = Number(arg.slice(flag.length));
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg}: a whole number ≥ 1`);
      size[key] = n;
    }
  }
  return size;
}

const ok = (turn: Turn, mark: string): boolean => turn.ok && turn.body.includes(mark);
const STATUS_MARK = 'Status Benchpraktijk';

interface Kind {
  name: string;
  mark: string;
  activity(conversation: number, i: number): Record<string, unknown>;
}

/** One round of `kind` on the echo bot, then the same on the bot; adds the figures of the bot's round to `figures`. */
async function round(
  stack: TurnStack,
  size: TurnBenchSize,
  kind: Kind,
  figures: KindFigures,
  onTurn: (c: number, t: Turn) => void,
): Promise<void> {
  const pid = stack.bot.process.pid ?? 0;
  const cpu = (p: number | undefined): number => (p === undefined ? NaN : (cpuMsOf(p) ?? NaN));
  const echoCpuBefore = cpu(stack.echoPid);
  const echo = await runRound(stack.echoUrl, size.concurrency, size.turnsPerRound, kind.activity);
  figures.echoCpuMs += cpu(stack.echoPid) - echoCpuBefore;
  figures.echoMs.push(...echo.flat().map((t) => t.ms));
  const [before, cpuBefore, azuriteBefore] = [await stack.tableRequests(), cpu(pid), cpu(stack.azuritePid)];
  const bot = await runRound(stack.botUrl, size.concurrency, size.turnsPerRound, kind.activity);
  figures.tableRequests += (await stack.tableRequests()) - before;
  figures.botCpuMs += cpu(pid) - cpuBefore;
  figures.azuriteCpuMs += cpu(stack.azuritePid) - azuriteBefore;
  bot.forEach((turns, conversation) => {
    for (const turn of turns) {
      onTurn(conversation, turn);
      figures.botMs.push(turn.ms);
      if (!ok(turn, kind.mark)) {
        figures.failed += 1;
        figures.firstFailure ??= turn.body.slice(0, 300);
      }
    }
  });
}

/**
 * `rounds` rounds of every kind, alternating (status, submit, status, …) so a load spike on a shared machine hits
 * both kinds alike; each bot round follows the same turns on the echo bot. Counts Table requests and bot CPU per kind.
 */
async function measureKinds(
  stack: TurnStack,
  size: TurnBenchSize,
  kinds: readonly Kind[],
  onTurn: (c: number, t: Turn) => void,
): Promise<KindFigures[]> {
  const figures = kinds.map((kind): KindFigures => ({
    name: kind.name,
    botMs: [],
    echoMs: [],
    failed: 0,
    tableRequests: 0,
    botCpuMs: 0,
    echoCpuMs: 0,
    azuriteCpuMs: 0,
    firstFailure: undefined,
  }));
  for (let r = 0; r < size.rounds; r++) {
    for (const [i, kind] of kinds.entries()) {
      const f = figures[i];
      if (f) await round(stack, size, kind, f, onTurn);
    }
  }
  return figures;
}

/**
 * Status p50 of two practices, one turn at a time, and the CPU time per turn of each in the bot and in Azurite. The
 * turns run in blocks, short-long-short-long, so both see the same machine; CPU is the /proc delta over a block (10 ms
 * ticks, so ±10 ms a block: with turns alternating one by one each turn's delta carried that error, and the bot's row
 * was mostly noise). Azurite's row shows what the emulator spends on the one point read.
 */
async function historyScaling(
  stack: TurnStack,
  teams: [number, number],
  turns: number,
): Promise<{ ms: [number, number]; cpuMs: [number, number]; azuriteCpuMs: [number, number] }> {
  const ms: [number[], number[]] = [[], []];
  const cpuMs: [number, number] = [0, 0];
  const azuriteCpuMs: [number, number] = [0, 0];
  const pid = stack.bot.process.pid ?? 0;
  const cpu = (p: number | undefined): number => (p === undefined ? NaN : (cpuMsOf(p) ?? NaN));
  const statusTurn = async (side: 0 | 1): Promise<number> => {
    const [turn] = (await runRound(stack.botUrl, 1, 1, () => commandActivity(benchTeamOf(teams[side]), 'status'))).flat();
    if (!turn || !ok(turn, STATUS_MARK)) throw new Error(`history status turn failed: ${turn?.body.slice(0, 300)}`);
    return turn.ms;
  };
  for (const side of [0, 1] as const) for (let i = 0; i < 2; i++) await statusTurn(side); // warm-up
  const blocks = [Math.ceil(turns / 2), Math.floor(turns / 2)];
  for (const block of blocks) {
    for (const side of [0, 1] as const) {
      const [cpuBefore, azuriteBefore] = [cpu(pid), cpu(stack.azuritePid)];
      for (let i = 0; i < block; i++) ms[side].push(await statusTurn(side));
      cpuMs[side] += (cpu(pid) - cpuBefore) / turns;
      azuriteCpuMs[side] += (cpu(stack.azuritePid) - azuriteBefore) / turns;
    }
  }
  return { ms: [percentile(ms[0], 50), percentile(ms[1], 50)], cpuMs, azuriteCpuMs };
}

const benchTeamOf = (n: number): string => benchPractice(n).teamId ?? '';

export async function turnBench(size: TurnBenchSize = DEFAULT_SIZE): Promise<{ integrityOk: boolean }> {
  const build = buildState();
  if (build.state !== 'fresh') throw new Error(`${build.detail}: run \`npm run build\` first (\`npm run bench\` does)`);
  console.log(`\nTurn bench (issue 10 §5); machine: ${machine()}`);
  console.log(
    `c=${size.concurrency}, ${size.rounds} rounds × ${size.turnsPerRound} turns per kind, each after an echo round, ` +
      `after ${size.warmupRounds} untimed ${size.warmupRounds === 1 ? 'round' : 'rounds'}; ` +
      `history ${SHORT_HISTORY} vs ${size.history} sessions, ${size.historyTurns} status turns each.`,
  );
  const started = Date.now();
  const stack = await startTurnStack();
  try {
    const pid = stack.bot.process.pid ?? 0;
    const justStarted = memoryOf(pid);
    const loadPractices = Array.from({ length: size.concurrency }, (_, i) => benchPractice(i + 1));
    const [shortN, longN] = [size.concurrency + 1, size.concurrency + 2];
    const today = new Date().toISOString().slice(0, 10);
    await Promise.all([...loadPractices, benchPractice(shortN), benchPractice(longN)].map((p) => seedLinkedPractice(stack.stores, p)));
    await seedSessions(stack.stores, benchPractice(shortN), SHORT_HISTORY, addDays(today, -7));
    await seedSessions(stack.stores, benchPractice(longN), size.history, addDays(today, -7));
    const seeded = Date.now();
    const idle = memoryOf(pid);
    const helpers = childProcessesOf(pid);

    // Yesterday (UTC) is never in the future in Amsterdam, and after every practice's start.
    const submitDate = addDays(today, -1);
    const submitted = loadPractices.map(() => new Set<string>());
    const status: Kind = { name: 'status', mark: STATUS_MARK, activity: (c) => commandActivity(benchTeamOf(c + 1), 'status') };
    const submit: Kind = {
      name: 'log intervisie submit',
      mark: LOGGED_MARK,
      activity: (c) => intervisieSubmit(benchTeamOf(c + 1), submitDate),
    };
    const record = (conversation: number, turn: Turn): void => {
      const { value } = turn.sent as { value?: { cardId?: string } };
      if (ok(turn, LOGGED_MARK) && value?.cardId !== undefined) submitted[conversation]?.add(value.cardId);
    };
    // Warm-up: untimed rounds of each kind (JIT, connection pools); their submits count for the check below.
    await measureKinds(stack, { ...size, rounds: size.warmupRounds }, [status, submit], record);
    const figures = await measureKinds(stack, size, [status, submit], record);
    const afterLoad = memoryOf(pid);
    const scaling = await historyScaling(stack, [shortN, longN], size.historyTurns);
    const [shortMs, longMs] = scaling.ms;
    const [shortCpuMs, longCpuMs] = scaling.cpuMs;
    const [shortAzuriteCpuMs, longAzuriteCpuMs] = scaling.azuriteCpuMs;
    const peak = memoryOf(pid);
    const crashed = botExit(stack.bot);
    if (crashed) throw new Error(`the bot stopped during the bench: ${crashed}`);

    const stored = await Promise.all(loadPractices.map(async (p) => (await stack.stores.intervisie.list(p.id)).length));
    const storedTotal = stored.reduce((a, b) => a + b, 0);
    const successTotal = submitted.reduce((n, s) => n + s.size, 0);
    const mismatched = stored.filter((n, i) => n !== submitted[i]?.size).length;
    printTurnReport({
      figures,
      history: { short: SHORT_HISTORY, long: size.history, shortMs, longMs, shortCpuMs, longCpuMs, shortAzuriteCpuMs, longAzuriteCpuMs },
      memory: { justStarted, idle, afterLoad, peak },
      helpers,
      integrity: { stored: storedTotal, succeeded: successTotal, mismatched },
      seconds: { seed: (seeded - started) / 1000, total: (Date.now() - started) / 1000 },
    });
    console.log(`Machine after the run: ${machine()}`);
    return { integrityOk: mismatched === 0 };
  } finally {
    await stack.stop();
  }
}
