// vitest globalSetup: the tests spawn the compiled build (the `mtvp` binary, the bot in the end-to-end stack), so
// dist/ must be the build of the sources under test, never an older one. A no-op when it already is (a content
// hash of the sources, scripts/lib/build-state.js); otherwise a build without type checking, which `npm test` has
// just done. In watch mode the same happens before every rerun.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildState, repoRoot } from '../../scripts/lib/build-state.js';

function ensureBuilt(): void {
  if (buildState().state === 'fresh') return;
  const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.js'), '--no-check'], { cwd: repoRoot, stdio: 'inherit' });
  const after = buildState();
  if (run.status !== 0 || after.state !== 'fresh') {
    throw new Error(
      `the build for the tests failed (${run.signal ?? `exit code ${run.status}`}; ${after.detail}); see the output of scripts/build.js above`,
    );
  }
}

export default function setup(project: TestProject): void {
  ensureBuilt();
  project.onTestsRerun(() => ensureBuilt());
}
