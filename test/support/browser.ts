// Headless Debian Chromium driving the Agents Playground, with the selectors known to work (STACK.md).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPLY_TIMEOUT_MS, START_TIMEOUT_MS } from './timeouts.js';

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
  // Every click, fill and wait without its own limit (Playwright's default is 30 s).
  context.setDefaultTimeout(REPLY_TIMEOUT_MS);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // The Playground's UI asks a font CDN; on this closed network that would only hang.
    await page.route('**/*', (route) => (LOOPBACK.has(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    await page.goto(url);
    await page.getByRole('treeitem', { name: /Personal Chat/ }).waitFor({ timeout: START_TIMEOUT_MS });
    return { page, context, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function openConversation(page: Page, name: Conversation): Promise<void> {
  await page
    .getByRole('treeitem', { name: new RegExp(name) })
    .first()
    .click();
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

export function countCards(page: Page, text: string | RegExp): Promise<number> {
  return cards(page).filter({ hasText: text }).count();
}

/**
 * Waits until a card containing `text` is on screen and returns it. With `after` (a count taken before sending),
 * only a card that was not there yet counts, so an older card cannot pass for the answer.
 */
export async function waitForCard(page: Page, text: string | RegExp, options: { after?: number; timeout?: number } = {}): Promise<Locator> {
  const card = cards(page)
    .filter({ hasText: text })
    .nth(options.after ?? 0);
  await card.waitFor({ state: 'visible', timeout: options.timeout ?? REPLY_TIMEOUT_MS });
  return card;
}

/** Checks `ready` every 100 ms until it holds; for UI state that has no event to wait for. */
async function poll(what: string, ready: () => Promise<boolean>, timeoutMs = REPLY_TIMEOUT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/*
 * Card inputs as the Playground renders them (Fluent UI v9), found by their visible label:
 * Input.Text → textbox; Input.Date → a DatePicker combobox that accepts a typed date; ChoiceSet
 * style compact → a Combobox whose options open in a listbox outside the card; ChoiceSet expanded
 * with isMultiSelect → checkboxes named "<label> <choice title>".
 */

/** An Input.Text by its label. */
export async function fillText(card: Locator, label: string, value: string): Promise<void> {
  await card.getByRole('textbox', { name: label, exact: true }).fill(value);
}

/** An Input.Date by its label; `iso` is yyyy-mm-dd, which the card submits unchanged. */
export async function fillDate(card: Locator, label: string, iso: string): Promise<void> {
  const input = card.getByRole('combobox', { name: label, exact: true });
  // Typed as yyyy/mm/dd: the picker parses text with Date.parse, which reads "2026-11-24" as UTC midnight but
  // "2026/11/24" as local midnight, the way it reads the card's min/max. With the ISO form a date equal to `max`
  // (e.g. today) counts as after it, and the Playground silently refuses to submit the card.
  await input.fill(iso.replaceAll('-', '/'));
  // The picker takes a typed date on blur and shows it formatted ("5 oktober 2026"); empty means it rejected it.
  await input.press('Tab');
  await poll(`the date picker "${label}" to accept ${iso}`, async () => (await input.inputValue()) !== '');
}

/** A compact Input.ChoiceSet by its label: open it and click the option with this title. */
export async function chooseOption(page: Page, card: Locator, label: string, title: string): Promise<void> {
  const box = card.getByRole('combobox', { name: label, exact: true });
  await box.click();
  // The listbox is rendered at the end of the page, not inside the card; only the open one is visible.
  await page.getByRole('listbox').getByRole('option', { name: title, exact: true }).click();
  // The option list closes and the box shows the choice on the next render.
  await poll(`"${label}" to show "${title}"`, async () => (await box.inputValue()) === title);
}

/** One checkbox of a multi-select Input.ChoiceSet (label `label`), by its choice title. */
export async function setChoice(card: Locator, label: string, title: string, checked = true): Promise<void> {
  await card.getByRole('checkbox', { name: `${label} ${title}`, exact: true }).setChecked(checked);
}

/** The channel thread (the post and its replies) a card is in. */
export function threadOf(card: Locator): Locator {
  return card.locator('xpath=ancestor::div[@role="group" and contains(@class, "fui-Card")][1]');
}

let threadTags = 0;

/**
 * The thread of `card`, found again however its cards change: an answer in place replaces the very card whose text
 * located it, so the thread is tagged once and found by its tag.
 */
async function stableThread(card: Locator): Promise<Locator> {
  const next = `thread-${(threadTags += 1)}`;
  // A thread tagged before keeps its tag: locators of earlier answers are built on it.
  const tag = await threadOf(card).evaluate((el, value) => {
    const known = el.getAttribute('data-e2e-thread');
    if (known !== null) return known;
    el.setAttribute('data-e2e-thread', value);
    return value;
  }, next);
  return card.page().locator(`[data-e2e-thread="${tag}"]`);
}

/**
 * Clicks a button on `card` and returns the bot's answer: the card with `text` in the same thread, either the
 * clicked card replaced in place (Action.Execute) or a new card below it (Action.Submit).
 */
export async function clickAndWaitForCard(
  card: Locator,
  button: string,
  text: string | RegExp,
  options: { timeout?: number } = {},
): Promise<Locator> {
  const thread = await stableThread(card);
  const before = await thread.locator('.ac-adaptiveCard').filter({ hasText: text }).count();
  await card.getByRole('button', { name: button, exact: true }).click();
  const answer = thread.locator('.ac-adaptiveCard').filter({ hasText: text }).nth(before);
  await answer.waitFor({ state: 'visible', timeout: options.timeout ?? REPLY_TIMEOUT_MS });
  return answer;
}

/**
 * Posts `text` to the bot in the open channel and returns its answer: a new card with `answer` in the new thread,
 * which the Playground shows at the top.
 */
export async function askInChannel(
  page: Page,
  text: string,
  answer: string | RegExp,
  options: { timeout?: number } = {},
): Promise<Locator> {
  const before = await countCards(page, answer);
  await sendInChannel(page, text);
  await waitForCard(page, answer, { ...options, after: before });
  return page
    .locator('div.fui-Card[role="group"]')
    .filter({ hasText: text })
    .first()
    .locator('.ac-adaptiveCard')
    .filter({ hasText: answer })
    .first();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A viewport screenshot with `target` scrolled into view (`block` as in scrollIntoView): a readable picture of one
 * card, not the whole page.
 */
export async function screenshotAt(page: Page, target: Locator, name: string, block: ScrollLogicalPosition = 'center'): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  await target.evaluate((el, where) => el.scrollIntoView({ block: where }), block);
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
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
