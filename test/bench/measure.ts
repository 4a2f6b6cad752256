// Plain hrtime loops: warm up, then run a function in batches until the time is up (no bench library needed).
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` cannot pass --expose-gc; turning the flag on at run time exposes gc() to a fresh context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapUsedMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export interface Measurement {
  /** Per second of CPU time of this process, so other load on a shared machine does not lower the figure. */
  opsPerSecond: number;
  nsPerOp: number;
  /** CPU time over wall time while measuring: below 1 means the machine was busy with something else too. */
  cpuShare: number;
  /** heapUsed after a full GC, after minus before the timed loop: memory the loop kept alive. */
  heapDeltaMb: number;
  /** Sum of what the function returned, so the optimiser cannot drop the call. */
  sink: number;
}

const BATCH = 64;
/** Functions compared with each other take turns in slices this long, so a load spike on the machine hits both alike. */
const SLICE_NS = 20_000_000n;

interface Totals {
  ops: number;
  wallNs: number;
  cpuNs: number;
  sink: number;
}

function runFor(fn: () => number, ns: bigint, totals: Totals): void {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const until = start + ns;
  let now = start;
  while (now < until) {
    for (let i = 0; i < BATCH; i++) totals.sink += fn();
    totals.ops += BATCH;
    now = process.hrtime.bigint();
  }
  const cpu = process.cpuUsage(cpuStart);
  totals.wallNs += Number(now - start);
  totals.cpuNs += (cpu.user + cpu.system) * 1000;
}

/** Warm-up, then `seconds` of wall time for each function, interleaved in slices. */
export function compare(fns: readonly (() => number)[], seconds: number): Measurement[] {
  const warmUp: Totals = { ops: 0, wallNs: 0, cpuNs: 0, sink: 0 };
  for (const fn of fns) runFor(fn, BigInt(Math.round(seconds * 0.25e9)), warmUp);
  const heapBefore = heapUsedMb();
  const totals = fns.map((): Totals => ({ ops: 0, wallNs: 0, cpuNs: 0, sink: 0 }));
  const budget = seconds * 1e9;
  while (totals.some((t) => t.wallNs < budget)) {
    fns.forEach((fn, i) => {
      const total = totals[i];
      if (total) runFor(fn, SLICE_NS, total);
    });
  }
  const heapDeltaMb = heapUsedMb() - heapBefore;
  return totals.map((t) => ({
    opsPerSecond: (t.ops * 1e9) / t.cpuNs,
    nsPerOp: t.cpuNs / t.ops,
    cpuShare: t.cpuNs / t.wallNs,
    heapDeltaMb,
    sink: t.sink + warmUp.sink,
  }));
}

export function measure(fn: () => number, seconds: number): Measurement {
  const [m] = compare([fn], seconds);
  if (!m) throw new Error('no measurement');
  return m;
}

export function machine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  return `${model}, ${cpu.length} cores, ${gib} GiB RAM, node ${process.version}, ${platform()} ${release()}, load ${load}`;
}

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const fmtInt = (n: number): string => thousands.format(n);
export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** A fixed-width table: first column left-aligned, the rest right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
