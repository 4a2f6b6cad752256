// Headless Debian Chromium driving the Agents Playground, with the selectors known to work (STACK.md).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google on this closed network (STACK.md).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const BOT_NAME = 'MTVP-assistent';
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/e2e/', import.meta.url));

/** Long enough for a turn through Azurite and the mocked connector on a busy CI machine. */
const REPLY_TIMEOUT_MS = 15_000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export interface PlaygroundSession {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

export type Conversation = 'General' | 'MTVP' | 'Personal Chat';

export async function openPlayground(url: string): Promise<PlaygroundSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'mtvp-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const close = async (): Promise<void> => {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // The Playground's UI asks a font CDN; on this closed network that would only hang.
    await page.route('**/*', (route) => (LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await page.goto(url);
    await page.getByRole('treeitem', { name: /Personal Chat/ }).waitFor({ timeout: 30_000 });
    return { page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function openConversation(page: Page, name: Conversation): Promise<void> {
  await page.getByRole('treeitem', { name: new RegExp(name) }).first().click();
}

/** The new-post box of a channel: type `@`, pick the bot, then the text, then Post. */
export async function sendInChannel(page: Page, text: string): Promise<void> {
  const box = page.locator('[role="group"] div[contenteditable="true"][role="textbox"]').first();
  await box.click();
  await page.keyboard.type('@');
  await page.getByRole('menuitem', { name: BOT_NAME }).click();
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post' }).click();
}

export async function sendInPersonal(page: Page, text: string): Promise<void> {
  const box = page.locator('div[contenteditable="true"][role="textbox"]').last();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export function cards(page: Page): Locator {
  return page.locator('.ac-adaptiveCard');
}

export function lastCard(page: Page): Locator {
  return cards(page).last();
}

export function countCards(page: Page, text: string | RegExp): Promise<number> {
  return cards(page).filter({ hasText: text }).count();
}

/**
 * Waits until a card containing `text` is on screen and returns it. With `after` (a count taken before sending),
 * only a card that was not there yet counts, so an older card cannot pass for the answer.
 */
export async function waitForCard(page: Page, text: string | RegExp, options: { after?: number; timeout?: number } = {}): Promise<Locator> {
  const card = cards(page).filter({ hasText: text }).nth(options.after ?? 0);
  await card.waitFor({ state: 'visible', timeout: options.timeout ?? REPLY_TIMEOUT_MS });
  return card;
}

export async function clickCardButton(page: Page, name: string | RegExp): Promise<void> {
  await lastCard(page).getByRole('button', { name }).click();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Runs one step; on failure adds a screenshot and the stack's logs to the error, so a red CI run says what the
 * person would have seen and what the bot and the Playground printed.
 */
export async function step<T>(page: Page, name: string, logs: () => Promise<string>, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const shot = await screenshot(page, `failed-${name}`).catch((e: unknown) => `(no screenshot: ${String(e)})`);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`e2e step "${name}" failed: ${message}\nscreenshot: ${shot}\n${await logs()}`, { cause: error });
  }
}
