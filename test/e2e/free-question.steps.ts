// Issue 13 §2 in the e2e journey, as its own block so it merges apart from the other steps: a question in the
// user's own words ("wat moeten we dit jaar nog doen?", no command) shows the status card, not the help card.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { askInChannel, screenshotAt, step } from '../support/browser.js';

export async function freeQuestionShowsStatus(page: Page, logs: () => Promise<string>, practice: string): Promise<void> {
  const status = await step(page, 'journey-free-question', logs, () =>
    askInChannel(page, 'wat moeten we dit jaar nog doen?', /Programmajaar \d+ · stand op/),
  );
  const text = await status.innerText();
  expect(text).toMatch(new RegExp(`^Status ${practice}`));
  expect(text).not.toContain('Dat begreep ik niet');
  expect(text).not.toContain('Bedoel je');
  await screenshotAt(page, status, 'journey-5b-free-question-status');
}
