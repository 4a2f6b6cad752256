// Start-up figures of the compiled build (issue 8, part 4): the bot from spawn to its first `/healthz` 200 (storage
// answering, on an in-memory Azurite this bench starts), and one `mtvp check` from spawn to exit. Wall time is what
// a person waits; CPU time (of the child processes, from /proc/self/stat) shows how much of it was the process's own
// work rather than waiting for a busy machine.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeExit, startChild, waitUntil } from '../../scripts/lib/children.js';
import { botCommand, botEnvironment, httpOk, repoRoot } from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import { startAzurite } from '../support/azurite.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';

export interface StartupFigure {
  /** Wall time per run, ms. */
  wallMs: number[];
  /** CPU time (user + system) per run, ms; undefined where /proc is not available. */
  cpuMs: (number | undefined)[];
}

// Settings that would switch the bot to production mode, blanked so that a developer's .env cannot either.
const PRODUCTION_SETTINGS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'STORAGE_ACCOUNT_URL', 'ALLOWED_TENANT_IDS'];

/** CPU time of this process's waited-for children so far (Linux: cutime + cstime in /proc/self/stat), in ms. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces: cutime and cstime are 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    // USER_HZ is 100 on every Linux this runs on.
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

const elapsed = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

/** `runs` starts of `node dist/bot/main.js`, each until `/healthz` answers 200, then stopped. */
export async function botStartup(runs: number): Promise<StartupFigure> {
  const azurite = await startAzurite();
  const figure: StartupFigure = { wallMs: [], cpuMs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const port = await freePort();
      const blanked = Object.fromEntries(PRODUCTION_SETTINGS.map((name) => [name, '']));
      const env = {
        ...process.env,
        ...blanked,
        PORT: String(port),
        HOST: '127.0.0.1',
        STORAGE_CONNECTION_STRING: azurite.connectionString,
        LOG_LEVEL: 'warn',
      };
      const cpuBefore = childrenCpuMs();
      const started = process.hrtime.bigint();
      const bot = startChild({ name: 'bot', ...botCommand('compiled'), cwd: repoRoot, env: botEnvironment(env) });
      await waitUntil('the bot /healthz', () => httpOk(`http://127.0.0.1:${port}/healthz`), {
        timeoutMs: START_TIMEOUT_MS,
        child: bot,
        intervalMs: 5,
      });
      figure.wallMs.push(elapsed(started));
      const exit = await bot.stop();
      if (exit.code !== 0 && exit.signal !== 'SIGTERM') throw new Error(`the bot stopped badly (${describeExit(exit)}):\n${bot.tail()}`);
      const cpuAfter = childrenCpuMs();
      figure.cpuMs.push(cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined);
    }
  } finally {
    await azurite.stop();
  }
  return figure;
}

/** `runs` spawns of the compiled `mtvp check <plan>`, one after the other, each until it exits. */
export async function mtvpCheck(plan: string, runs: number): Promise<StartupFigure> {
  const figure: StartupFigure = { wallMs: [], cpuMs: [] };
  const args = [join(repoRoot, 'bin/mtvp.js'), 'check', plan];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = childrenCpuMs();
    const started = process.hrtime.bigint();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    figure.wallMs.push(elapsed(started));
    const cpuAfter = childrenCpuMs();
    figure.cpuMs.push(cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined);
    if (code !== 0 && code !== 1) throw new Error(`mtvp check ${plan} exited with ${code}`);
  }
  return figure;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
