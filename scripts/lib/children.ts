// Child processes for `npm start` and the end-to-end harness: line-split output, a bounded log tail,
// waiting for a line, and a stop that escalates to SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with every output line (stdout and stderr), e.g. to print it with a prefix. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  readonly name: string;
  readonly process: ChildProcess;
  /** Settles when the process has exited (never rejects). */
  readonly exited: Promise<Exit>;
  /** The last output lines, for error messages. */
  tail(): string;
  /** Resolves with the first match of `pattern` in a line; rejects if the process exits or time runs out. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  stop(graceMs?: number): Promise<Exit>;
}

const TAIL_LINES = 200;

export function startChild(spec: ChildSpec): ManagedChild {
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A spawn failure (missing binary) emits 'error' without 'exit'.
    child.once('error', (error) => {
      lines.push(`spawn failed: ${error.message}`);
      resolve({ code: -1, signal: null });
    });
  });

  const follow = (stream: NodeJS.ReadableStream | null, kind: 'stdout' | 'stderr'): void => {
    if (!stream) return;
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
      spec.onLine?.(line, kind);
      for (const watch of watchers) watch(line);
    });
  };
  follow(child.stdout, 'stdout');
  follow(child.stderr, 'stderr');

  const running = (): boolean => child.exitCode === null && child.signalCode === null;

  return {
    name: spec.name,
    process: child,
    exited,
    tail: () => lines.join('\n'),
    waitForLine(pattern, timeoutMs) {
      const seen = lines.map((l) => l.match(pattern)).find((m) => m !== null);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`${spec.name}: no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
        const watch = (line: string): void => {
          const match = line.match(pattern);
          if (match) finish(undefined, match);
        };
        function finish(error?: Error, match?: RegExpMatchArray): void {
          clearTimeout(timer);
          watchers.delete(watch);
          if (match) resolve(match);
          else reject(error);
        }
        watchers.add(watch);
        void exited.then((exit) => finish(new Error(`${spec.name} exited (${describeExit(exit)}) before printing ${pattern}`)));
      });
    },
    async stop(graceMs = 5_000) {
      if (running()) {
        child.kill('SIGTERM');
        const timer = sleep(graceMs).then(() => {
          if (running()) child.kill('SIGKILL');
        });
        await Promise.race([exited, timer]);
      }
      return exited;
    },
  };
}

export function describeExit(exit: Exit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
}

/** Polls `probe` until it returns true; fails early when `child` exits. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  options: { timeoutMs: number; child?: ManagedChild; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let exit: Exit | undefined;
  void options.child?.exited.then((e) => (exit = e));
  for (;;) {
    if (exit)
      throw new Error(`${options.child?.name} exited (${describeExit(exit)}) while waiting for ${what}\n${options.child?.tail() ?? ''}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}\n${options.child?.tail() ?? ''}`);
    await sleep(options.intervalMs ?? 100);
  }
}
