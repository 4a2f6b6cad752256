#!/usr/bin/env node
// `npm run build` (also run by `prepare`, so `npm ci` builds): TypeScript → dist/ with tsc, plus the JSON assets, then
// the bot, the job CLI and `mtvp` bundled over tsc's output with esbuild (scripts/lib/bundle.js: a faster start).
//   node scripts/build.js              clean build with type checking
//   node scripts/build.js --if-stale   nothing when dist/ already matches the sources (npm start, the test setup)
//   node scripts/build.js --no-check   emit without type checking (the test setup: `npm test` type-checks first)
//   node scripts/build.js --prepare    `prepare` (npm ci, npm install): --if-stale, and without TypeScript installed
//                                      (`--omit=dev`) a note instead of failing the install
// Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  ASSET_EXTENSIONS,
  buildState,
  OUT_DIR,
  repoRoot,
  SOURCE_DIRS,
  sourceFiles,
  sourceFingerprint,
  sourceStats,
  STAMP_FILE,
} from './lib/build-state.js';
import { bundle, BUNDLES } from './lib/bundle.js';

const args = new Set(process.argv.slice(2));
const say = (/** @type {string} */ line) => void process.stderr.write(`build: ${line}\n`);

/** @returns {string | undefined} */
function tscPath() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

async function build() {
  const tsc = tscPath();
  if (!tsc) {
    // `npm ci --omit=dev` runs `prepare` too, without the compiler: build before pruning (docs/deploy.md).
    say(
      `typescript is not installed (npm ci --omit=dev?), so ${OUT_DIR}/ is not built. Build with the dev dependencies: npm ci && npm run build.`,
    );
    return args.has('--prepare') ? 0 : 1;
  }
  // Hash first: a file saved while tsc runs leaves a stamp that no longer matches, so the next run rebuilds.
  const stats = sourceStats();
  const fingerprint = sourceFingerprint();
  rmSync(join(repoRoot, STAMP_FILE), { force: true });
  // Only what this build writes: dist/ also holds the Teams app package (npm run package).
  for (const dir of SOURCE_DIRS) rmSync(join(repoRoot, OUT_DIR, dir), { recursive: true, force: true });

  const started = Date.now();
  const tscArgs = [tsc, '-p', join(repoRoot, 'tsconfig.build.json'), ...(args.has('--no-check') ? ['--noCheck'] : [])];
  const run = spawnSync(process.execPath, tscArgs, { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) {
    say(`tsc failed (${run.signal ?? `exit code ${run.status}`}); ${OUT_DIR}/ is incomplete.`);
    return 1;
  }
  // tsc emits only the JSON files that are imported; a file read at run time (e.g. `mtvp rules validate` reads every
  // rule set) must be there as well, and a deleted one must not linger.
  let copied = 0;
  for (const file of sourceFiles()) {
    if (!SOURCE_DIRS.some((dir) => file.startsWith(`${dir}/`)) || !ASSET_EXTENSIONS.some((ext) => file.endsWith(ext))) continue;
    const target = join(repoRoot, OUT_DIR, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(repoRoot, file), target);
    copied += 1;
  }
  try {
    await bundle(repoRoot, join(repoRoot, OUT_DIR));
  } catch (err) {
    say(`bundling failed (${err instanceof Error ? err.message : String(err)}); ${OUT_DIR}/ is incomplete.`);
    return 1;
  }
  writeFileSync(join(repoRoot, STAMP_FILE), `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString(), stats }, null, 2)}\n`);
  say(`${OUT_DIR}/ built in ${((Date.now() - started) / 1000).toFixed(1)} s (${copied} JSON assets copied, ${BUNDLES.length} bundles).`);
  return 0;
}

/** Same sources, new file times (a `git checkout` back and forth): record them, so the quick check holds again. */
function refreshStats() {
  const file = join(repoRoot, STAMP_FILE);
  const stamp = JSON.parse(readFileSync(file, 'utf8'));
  const stats = sourceStats();
  if (stamp.stats !== stats) writeFileSync(file, `${JSON.stringify({ ...stamp, stats }, null, 2)}\n`);
}

if (args.has('--if-stale') || args.has('--prepare')) {
  const { state, detail } = buildState();
  if (state === 'fresh') refreshStats();
  if (state === 'fresh' || state === 'no-sources') process.exit(0);
  say(`${detail}; building…`);
}
process.exitCode = await build();
