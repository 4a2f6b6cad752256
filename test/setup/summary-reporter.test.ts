// The closing `N passed, N failed` line (test/setup/summary-reporter.ts) on a run that goes wrong in every way the
// line used to hide: vitest run on the fixture suites in test/setup/fixtures/ (*.fixture.ts, which the main run does
// not include), as a child process with the real reporter.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/build-state.js';

interface Run {
  code: number | null;
  output: string;
  lastLine: string;
}

function vitest(config: string, ...filters: string[]): Promise<Run> {
  // The child is a vitest of its own, not a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const args = [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', `test/setup/fixtures/${config}`, ...filters];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = output.trimEnd().split('\n');
      resolve({ code, output, lastLine: lines[lines.length - 1] ?? '' });
    });
  });
}

let broken: Run;
let healthy: Run;
let noStart: Run;

beforeAll(async () => {
  [broken, healthy, noStart] = await Promise.all([
    vitest('vitest.fixture.config.ts'),
    vitest('vitest.fixture.config.ts', 'passes.fixture'),
    vitest('vitest.setup-fails.config.ts', 'passes.fixture'),
  ]);
});

describe('the summary line', () => {
  it('counts every test that did not run because of a failure, and errors outside tests', () => {
    // passed: passes 2, before-all-throws 1, test-fails 1, after-all-throws 1, unhandled 1.
    // failed: before-all-throws 3 (their beforeAll threw; the it.skip does not count), before-all-times-out 2,
    // import-fails 1 (nothing collected), test-fails 1, after-all-throws 1 (no test failed), unhandled 1 (the error).
    expect(broken.lastLine, broken.output).toBe('6 passed, 9 failed');
    expect(broken.code, broken.output).not.toBe(0);
  });

  it('closes a run whose globalSetup fails (as the build would) with a failure, as its last line', () => {
    expect(noStart.lastLine, noStart.output).toBe('0 passed, 1 failed');
    expect(noStart.code, noStart.output).not.toBe(0);
  });

  it('reports a clean run as clean, with exit code 0', () => {
    expect(healthy.lastLine, healthy.output).toBe('2 passed, 0 failed');
    expect(healthy.code, healthy.output).toBe(0);
  });
});
