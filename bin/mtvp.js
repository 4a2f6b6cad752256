#!/usr/bin/env node
// `npx mtvp …`: the CLI is TypeScript, run through tsx (a runtime dependency) without a build step.
// rules/cli/main.ts reports its own errors; this catch only covers a broken install, still without a stack trace.
import { register } from 'tsx/esm/api';

try {
  register();
  await import('../rules/cli/main.ts');
} catch (err) {
  process.stderr.write(`mtvp: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
