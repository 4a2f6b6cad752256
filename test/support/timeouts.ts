// Every timeout and wait limit of the test suite, in one place (with vitest.config.ts, which reads it): generous,
// because CI machines are shared 2-core machines with other load, where a suite that passes in 90 s on a quiet
// machine took 15 min (STACK.md, CI). A limit only ends a test that hangs; a passing test never waits for it, so a
// generous one costs nothing. Tests do not pass their own shorter numbers: use these names.

/** vitest `testTimeout`: one test. */
export const TEST_TIMEOUT_MS = 60_000;
/** vitest `hookTimeout`: beforeAll/afterAll, e.g. Azurite, the bot, the Playground and Chromium for an e2e file. */
export const HOOK_TIMEOUT_MS = 300_000;
/** One test that drives several bot turns through the Playground, or spawns and waits for many processes. */
export const SLOW_TEST_TIMEOUT_MS = 180_000;
/** A child process (Azurite, the bot, the Playground) or the Playground page to become ready. */
export const START_TIMEOUT_MS = 120_000;
/** One bot answer to appear in the Playground, and any other single browser action or wait (Playwright default). */
export const REPLY_TIMEOUT_MS = 60_000;
/** A child process to stop after SIGTERM before it gets SIGKILL. */
export const STOP_GRACE_MS = 10_000;
