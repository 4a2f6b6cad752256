import { defineConfig } from 'vitest/config';
import { HOOK_TIMEOUT_MS, TEST_TIMEOUT_MS } from './test/support/timeouts.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests spawn the compiled build (bin/mtvp.js, the bot in the e2e stack): build it first when it is stale.
    globalSetup: ['test/setup/build.ts'],
    setupFiles: ['test/setup/console-guard.ts'],
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: HOOK_TIMEOUT_MS,
    pool: 'forks',
    // restify 11 touches process.binding('http_parser') whenever a test starts a server; the warning is noise.
    execArgv: ['--disable-warning=DEP0111'],
    reporters: ['default', './test/setup/summary-reporter.ts'],
  },
});
