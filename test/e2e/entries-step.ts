// The journey's step "an entry corrected" (issue 13 §5), kept apart so the journey's other blocks merge cleanly: the
// manager who linked the practice opens `correcties`, corrects the intervisie session logged before (90 → 120
// minutes: it still counts, so the journey's status step reads the same) on the same card, and the card confirms
// what was stored, with the old one marked.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { askInChannel, clickAndWaitForCard, fillText, screenshot, step } from '../support/browser.js';

export async function correctAnEntry(
  page: Page,
  logs: () => Promise<string>,
  session: { date: string; topic: string; practice: string },
): Promise<Locator> {
  const done = await step(page, 'journey-entry-corrected', logs, async () => {
    const list = await askInChannel(page, 'correcties', new RegExp(`Registraties van ${session.practice}`));
    expect(await list.innerText()).toContain(`Intervisie ${session.date} · ${session.topic} · 90 min, 3 huisartsen`);
    const form = await clickAndWaitForCard(list, 'Wijzigen', /Intervisie wijzigen/);
    await fillText(form, 'Duur in minuten (30–480)', '120');
    return clickAndWaitForCard(form, 'Opslaan', /Gewijzigd: |Controleer deze velden|Iemand anders/);
  });
  const text = await done.innerText();
  expect(text).toContain(`is nu Intervisie ${session.date} · ${session.topic} · 120 min, 3 huisartsen`);
  expect(text).toMatch(new RegExp(`gewijzigd door .+ op ${session.date}`));
  await screenshot(page, 'journey-3b-entry-corrected');
  return done;
}
