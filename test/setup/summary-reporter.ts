// CI reads the plain closing line `N passed, N failed` (STACK.md, CI); vitest's own summary is not one it knows.
// The line must not call a broken run green, so beyond failed tests it counts as failed:
// - every test that did not pass under a suite or module whose own hook failed or timed out (its tests were
//   skipped and never ran); a test skipped on purpose (`it.skip`) elsewhere does not count;
// - a module that failed without a failed test (it did not import, or an afterAll failed): 1;
// - a module that never finished (the run was cut short): its tests, at least 1;
// - every error outside a test (unhandled errors and rejections);
// - an interrupted run, or one that never reached its end (a failing globalSetup such as the build): at least 1.
// Whenever the failed count is above 0 the exit code is non-zero. test/setup/summary-reporter.test.ts proves it.
import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason, TestSuite, Vitest } from 'vitest/node';

interface Summary {
  passed: number;
  failed: number;
}

/** A suite (or the module) on the way up from a test has an error of its own: a hook failed or timed out. */
function brokenAbove(test: TestCase): boolean {
  for (let parent: TestSuite | TestModule = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}

function moduleSummary(mod: TestModule): Summary {
  const unfinished = mod.state() === 'queued' || mod.state() === 'pending';
  let passed = 0;
  let failed = 0;
  for (const test of mod.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed') passed += 1;
    // A skipped or pending test under a failed hook never ran; one skipped on purpose (`it.skip`) elsewhere is no failure.
    else if (state === 'failed' || unfinished || brokenAbove(test)) failed += 1;
  }
  if ((unfinished || mod.state() === 'failed') && failed === 0) failed = 1;
  return { passed, failed };
}

function summarize(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): Summary {
  const total = modules
    .map(moduleSummary)
    .reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), { passed: 0, failed: 0 });
  total.failed += unhandledErrors.length;
  if (reason !== 'passed' && total.failed === 0) total.failed = 1;
  return total;
}

export default class SummaryReporter implements Reporter {
  #watch = false;
  #final: Summary | undefined;
  #seen: Summary = { passed: 0, failed: 0 };

  onInit(vitest: Vitest): void {
    this.#watch = vitest.config.watch;
    // The line is written as the process exits, so that it is the last line even when vitest prints errors after
    // the run (a failing globalSetup such as the build). A run that never reaches onTestRunEnd (a crash) still gets
    // one, with what ran so far and at least 1 failed.
    process.once('exit', (code) => {
      if (this.#final) this.#print(this.#final);
      else if (code !== 0) this.#print({ passed: this.#seen.passed, failed: Math.max(this.#seen.failed, 1) });
    });
  }

  onTestCaseResult(test: TestCase): void {
    const state = test.result().state;
    if (state === 'passed') this.#seen.passed += 1;
    else if (state === 'failed') this.#seen.failed += 1;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const summary = summarize(testModules, unhandledErrors, reason);
    if (summary.failed > 0 && !process.exitCode) process.exitCode = 1;
    if (this.#watch) this.#print(summary);
    else this.#final = summary;
  }

  #print({ passed, failed }: Summary): void {
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
