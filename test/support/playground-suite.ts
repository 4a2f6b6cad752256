// One e2e test file = one stack (Azurite, bot, Playground) and one headless Chromium, started before its tests and
// stopped after them; tests reach the page and, for failure messages, the stack's logs.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openPlayground, type PlaygroundSession } from './browser.js';
import { startStack, type Stack, type StackOptions } from './stack.js';

export interface PlaygroundSuite {
  page(): Page;
  logs(): Promise<string>;
  /** The stack's storage (Azurite Table and blob), e.g. to seed practices. */
  connectionString(): string;
  /** The bot's base URL, e.g. to drive the job trigger. */
  botUrl(): string;
}

/** Registers the file's beforeAll/afterAll; `ready` runs once the Playground is open (e.g. open a conversation). */
export function usePlayground(ready?: (page: Page) => Promise<void>, options: StackOptions = {}): PlaygroundSuite {
  let stack: Stack | undefined;
  let session: PlaygroundSession | undefined;
  const page = (): Page => {
    if (!session) throw new Error('the Playground did not open');
    return session.page;
  };

  beforeAll(async () => {
    stack = await startStack(options);
    session = await openPlayground(stack.playgroundUrl);
    await ready?.(session.page);
  });

  afterAll(async () => {
    await session?.close();
    await stack?.stop();
  });

  const connectionString = (): string => {
    if (!stack) throw new Error('the stack did not start');
    return stack.connectionString;
  };
  const botUrl = (): string => {
    if (!stack) throw new Error('the stack did not start');
    return stack.botUrl;
  };
  return { page, logs: async () => (stack ? stack.logs() : ''), connectionString, botUrl };
}
