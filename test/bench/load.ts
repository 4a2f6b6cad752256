// The load generator of the turn bench: `concurrency` conversations, each sending its turns one after another (a
// user waits for the answer before the next message), every turn timed from request to the last byte of the replies.
import { readFileSync } from 'node:fs';

export interface Turn {
  ms: number;
  ok: boolean;
  /** The replies of the expectReplies turn, as JSON text (for "did it say …" checks). */
  body: string;
  /** The activity that was sent. */
  sent: Record<string, unknown>;
}

async function timedPost(url: string, activity: Record<string, unknown>): Promise<Turn> {
  const started = process.hrtime.bigint();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const body = await res.text();
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, ok: res.status === 200, body, sent: activity };
  } catch (error) {
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, ok: false, body: String(error), sent: activity };
  }
}

/**
 * `turns` turns spread over `concurrency` conversations; `activity(conversation, i)` builds the i-th turn of a
 * conversation (0 ≤ conversation < concurrency). Returns the turns per conversation, in order.
 */
export async function runRound(
  url: string,
  concurrency: number,
  turns: number,
  activity: (conversation: number, i: number) => Record<string, unknown>,
): Promise<Turn[][]> {
  const per = Math.ceil(turns / concurrency);
  return Promise.all(
    Array.from({ length: concurrency }, async (_, conversation) => {
      const done: Turn[] = [];
      for (let i = 0; i < per; i++) done.push(await timedPost(url, activity(conversation, i)));
      return done;
    }),
  );
}

/** Nearest-rank percentile (p in 0…100) of unsorted values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

export interface Memory {
  /** Resident set now (VmRSS), MiB. */
  rssMb: number;
  /** Highest resident set since the process started (VmHWM), MiB. */
  peakMb: number;
}

/** RSS of process `pid` from /proc (Linux); undefined elsewhere. */
export function memoryOf(pid: number): Memory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/** The command lines of the processes `pid` started (Linux /proc), e.g. an esbuild helper that should not be there. */
export function childProcessesOf(pid: number): string[] {
  try {
    const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return ids.map((id) => readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0').join(' ').trim());
  } catch {
    return [];
  }
}

/** CPU time (user + system) process `pid` has used so far, ms (Linux /proc; USER_HZ is 100); undefined elsewhere. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name, which is in parentheses and may contain spaces: utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}
