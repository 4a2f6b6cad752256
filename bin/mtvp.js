#!/usr/bin/env node
// `npx mtvp …` (RULES.md §6): runs the compiled CLI, dist/rules/cli/main.js, which `npm ci` builds (`prepare`).
// In a development checkout whose sources changed since the last build (a new rule-set file, an edited rule), it runs
// those sources through tsx instead: slower, same output and exit codes, never outdated rules. `npm run build` makes
// it fast again. rules/cli/main.ts reports its own errors; the catch below only covers a broken install, still
// without a stack trace.
import { buildState, repoRoot } from '../scripts/lib/build-state.js';

// URLs rather than literal specifiers, so the type checker (checkJs) does not follow them into dist/.
const COMPILED = new URL('../dist/rules/cli/main.js', import.meta.url).href;
const SOURCE = new URL('../rules/cli/main.ts', import.meta.url).href;

/** @param {string} detail */
async function runSources(detail) {
  const hint = `${detail}; run \`npm run build\` in ${repoRoot}`;
  /** @type {() => unknown} */
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    throw new Error(hint);
  }
  // Only a person at a terminal sees this: scripts and outside checks read stderr as the contract's messages.
  if (process.stderr.isTTY)
    process.stderr.write(`mtvp: ${detail}; running the TypeScript sources (slower). \`npm run build\` makes mtvp fast again.\n`);
  register();
  await import(SOURCE);
}

try {
  const { state, detail } = buildState();
  if (state === 'fresh' || state === 'no-sources') await import(COMPILED);
  else await runSources(detail);
} catch (err) {
  process.stderr.write(`mtvp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
