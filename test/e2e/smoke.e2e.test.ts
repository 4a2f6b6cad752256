// End to end: Azurite, the bot and the Agents Playground for real, driven in headless Chromium,
// asserting what a person sees (STYLE.md §7.5).
import { describe, expect, it } from 'vitest';
import { countCards, openConversation, screenshot, sendInChannel, sendInPersonal, step, waitForCard } from '../support/browser.js';
import { usePlayground } from '../support/playground-suite.js';
import { SLOW_TEST_TIMEOUT_MS } from '../support/timeouts.js';

const { page, logs } = usePlayground();

describe('the MTVP-assistent in the Agents Playground', () => {
  it(
    'shows the practice team from .playground: General, MTVP and the group chat',
    async () => {
      await step(page(), 'conversations', logs, async () => {
        for (const name of [/General/, /MTVP/, /Praktijkoverleg De Linde/, /Personal Chat/]) {
          await page().getByRole('treeitem', { name }).first().waitFor();
        }
      });
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    'greets the practice team channel in Dutch once it is installed',
    async () => {
      const card = await step(page(), 'welcome', logs, async () => {
        await openConversation(page(), 'General');
        return waitForCard(page(), /Welkom/);
      });
      const text = await card.innerText();
      expect(text).toMatch(/Meer Tijd voor de Patiënt/);
      expect(text).toMatch(/koppel/i);
      expect(text).not.toMatch(/Welcome/);
      await screenshot(page(), 'welcome-channel');
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    'answers "help" in the personal chat with the Dutch help card',
    async () => {
      const card = await step(page(), 'help-personal', logs, async () => {
        await openConversation(page(), 'Personal Chat');
        await page().getByRole('textbox').last().waitFor();
        const before = await countCards(page(), /kies interventies/);
        await sendInPersonal(page(), 'help');
        return waitForCard(page(), /kies interventies/, { after: before });
      });
      const text = await card.innerText();
      expect(text).toMatch(/log intervisie/);
      expect(text).toMatch(/welke interventie past/);
      expect(text).not.toMatch(/choose interventions/);
      await screenshot(page(), 'help-personal');
    },
    SLOW_TEST_TIMEOUT_MS,
  );

  it(
    'answers an @mention in the channel',
    async () => {
      await step(page(), 'help-channel', logs, async () => {
        await openConversation(page(), 'General');
        await waitForCard(page(), /Welkom/);
        const before = await countCards(page(), /kies interventies/);
        await sendInChannel(page(), 'help');
        await waitForCard(page(), /kies interventies/, { after: before });
      });
      await screenshot(page(), 'help-channel');
    },
    SLOW_TEST_TIMEOUT_MS,
  );
});
