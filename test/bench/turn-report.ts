// The turn bench's printout: figures with their goal (issue 10, "Goals") and whether the goal was met. Nothing here
// fails the run on a goal; only lost or duplicated submits are a fault.
import { fmt, table } from './measure.js';
import type { Memory } from './load.js';
import { percentile } from './load.js';

export interface KindFigures {
  name: string;
  botMs: number[];
  echoMs: number[];
  failed: number;
  /** Table requests the bot made during this kind's measured rounds. */
  tableRequests: number;
  /** CPU time the bot process used during those rounds (GC included): unlike latency, hardly moved by other load. */
  botCpuMs: number;
  /** CPU time of the echo bot during its rounds of this kind: the floor's CPU per turn. */
  echoCpuMs: number;
  /** CPU time of Azurite's Table service during the bot's rounds (the other half of a turn's cost on this machine). */
  azuriteCpuMs: number;
  firstFailure: string | undefined;
}

export interface TurnReport {
  figures: KindFigures[];
  history: {
    short: number;
    long: number;
    shortMs: number;
    longMs: number;
    shortCpuMs: number;
    longCpuMs: number;
    shortAzuriteCpuMs: number;
    longAzuriteCpuMs: number;
  };
  memory: { justStarted: Memory | undefined; idle: Memory | undefined; afterLoad: Memory | undefined; peak: Memory | undefined };
  /** Processes the bot started (an esbuild helper would be one). */
  helpers: string[];
  integrity: { stored: number; succeeded: number; mismatched: number };
  seconds: { seed: number; total: number };
}

// issue 10, "Goals": status p50 ≤ 3× echo and p99 ≤ 150 ms, submit p50 ≤ 4× echo; Table requests ≤ 3 per status turn
// and ≤ 4 per submit; history ≤ 1.2×; idle RSS ≤ 150 MB, peak ≤ 250 MB.
const GOALS: Record<string, { ratio: number; p99Ms?: number; requests: number }> = {
  status: { ratio: 3, p99Ms: 150, requests: 3 },
  'log intervisie submit': { ratio: 4, requests: 4 },
};
const GOAL_HISTORY = 1.2;
const GOAL_IDLE_MB = 150;
const GOAL_PEAK_MB = 250;

const verdict = (met: boolean): string => (met ? 'met' : 'NOT met');
const mb = (m: number | undefined): string => (m === undefined || Number.isNaN(m) ? 'n/a' : fmt(m, 0));

export function printTurnReport(r: TurnReport): void {
  const rows = r.figures.map((f) => {
    const goal = GOALS[f.name] ?? { ratio: Infinity, requests: Infinity };
    const [p50, p99, echo] = [percentile(f.botMs, 50), percentile(f.botMs, 99), percentile(f.echoMs, 50)];
    const ratio = p50 / echo;
    const perTurn = f.tableRequests / f.botMs.length;
    const met = ratio <= goal.ratio && (goal.p99Ms === undefined || p99 <= goal.p99Ms);
    const goalText = `p50 ≤ ${goal.ratio}× echo${goal.p99Ms === undefined ? '' : `, p99 ≤ ${goal.p99Ms}`}`;
    return [
      f.name,
      String(f.botMs.length),
      String(f.failed),
      fmt(p50),
      fmt(p99),
      fmt(echo),
      `${fmt(ratio)}×`,
      `${goalText}: ${verdict(met)}`,
      fmt(perTurn, 2),
      `≤ ${goal.requests}: ${verdict(perTurn <= goal.requests)}`,
      fmt(f.botCpuMs / f.botMs.length),
      fmt(f.echoCpuMs / f.echoMs.length),
      fmt(f.azuriteCpuMs / f.botMs.length),
    ];
  });
  console.log(
    table(
      [
        'turn',
        'turns',
        'failed',
        'p50 ms',
        'p99 ms',
        'echo p50 ms',
        'ratio',
        'latency goal',
        'Table req/turn',
        'req goal',
        'bot CPU ms/turn',
        'echo CPU ms/turn',
        'Azurite CPU ms/turn',
      ],
      rows,
    ),
  );
  for (const f of r.figures) if (f.firstFailure !== undefined) console.log(`first failed ${f.name} turn: ${f.firstFailure}`);

  const { short, long, shortMs, longMs, shortCpuMs, longCpuMs, shortAzuriteCpuMs, longAzuriteCpuMs } = r.history;
  const scaling = longMs / shortMs;
  const cpuScaling = longCpuMs / shortCpuMs;
  const azuriteScaling = longAzuriteCpuMs / shortAzuriteCpuMs;
  console.log(
    `\n${table(
      ['history scaling (status, one turn at a time)', `${short} sessions`, `${long} sessions`, 'ratio', 'goal'],
      [
        ['p50 ms', fmt(shortMs), fmt(longMs), `${fmt(scaling, 2)}×`, `≤ ${GOAL_HISTORY}×: ${verdict(scaling <= GOAL_HISTORY)}`],
        ['bot CPU ms/turn', fmt(shortCpuMs), fmt(longCpuMs), `${fmt(cpuScaling, 2)}×`, 'steadier under load'],
        ['Azurite CPU ms/turn', fmt(shortAzuriteCpuMs), fmt(longAzuriteCpuMs), `${fmt(azuriteScaling, 2)}×`, 'the emulator'],
      ],
    )}`,
  );

  const { justStarted, idle, afterLoad, peak } = r.memory;
  const idleMb = Math.max(justStarted?.rssMb ?? Infinity, idle?.rssMb ?? Infinity);
  console.log(
    `\n${table(
      ['bot process memory (MiB, /proc)', 'value', 'goal'],
      [
        [
          'RSS idle, just started (VmRSS, /healthz answered)',
          mb(justStarted?.rssMb),
          `≤ ${GOAL_IDLE_MB}: ${verdict(idleMb <= GOAL_IDLE_MB)}`,
        ],
        ['RSS idle, after seeding (no turn yet)', mb(idle?.rssMb), 'the goal counts the higher of the two'],
        ['RSS after the c=20 rounds (VmRSS)', mb(afterLoad?.rssMb), ''],
        ['RSS peak (VmHWM, whole run)', mb(peak?.peakMb), `≤ ${GOAL_PEAK_MB}: ${verdict((peak?.peakMb ?? Infinity) <= GOAL_PEAK_MB)}`],
      ],
    )}`,
  );
  console.log(`Processes the bot started: ${r.helpers.length === 0 ? 'none (no esbuild/tsx helper)' : r.helpers.join('; ')}`);

  const { stored, succeeded, mismatched } = r.integrity;
  const check = mismatched === 0 ? 'ok, none lost or duplicated' : `WRONG in ${mismatched} practice(s): lost or duplicated submits`;
  console.log(`Stored intervisie sessions ${stored} = distinct successful submits ${succeeded}: ${check}`);
  console.log(`Seeding took ${fmt(r.seconds.seed)} s, the whole turn bench ${fmt(r.seconds.total)} s.`);
}
