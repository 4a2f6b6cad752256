// End to end, the RHO consultant (issue 11 §4) in the Agents Playground: the Playground's team is allowed as HOOG's
// consultant channel (RHO_TEAMS) and links itself; `samenvatting` shows the region's practices with the chart;
// "Details" opens a practice's status; "Exporteer CSV" answers with a link that downloads a CSV that parses.
// Then the weekly summary through the job trigger (issue 11 §2): `POST /api/jobs/weekly-summary` evaluates, writes the
// outbox and delivers proactively into the channel, without a turn.
import { describe, expect, it } from 'vitest';
import { createTableStores } from '../../storage/tables/index.js';
import type { Practice } from '../../storage/ports.js';
import { askInChannel, cards, clickAndWaitForCard, openConversation, screenshotAt, step, waitForCard } from '../support/browser.js';
import { usePlayground } from '../support/playground-suite.js';
import { SLOW_TEST_TIMEOUT_MS, START_TIMEOUT_MS } from '../support/timeouts.js';
import { parseCsv } from '../support/csv.js';

const TEAM = '19:de-linde-general@thread.tacv2';
const AT = { actor: { id: 'e2e-seed' }, at: new Date().toISOString() };

/** The trigger's shared secret for this stack only (≥ 32 characters). */
const JOBS_SECRET = 'e2e-jobs-secret-0123456789abcdefghij';

const { page, logs, connectionString, botUrl } = usePlayground(
  async (p) => {
    await openConversation(p, 'General');
    await waitForCard(p, /Welkom/, { timeout: START_TIMEOUT_MS });
  },
  { env: { RHO_TEAMS: `hoog:${TEAM}`, JOBS_SECRET } },
);

function practice(n: number, subregion: string, startDate: string): Practice {
  const id = String(30_000_000 + n);
  return {
    id,
    agb: id,
    name: `Praktijk ${['De Eik', 'Het Anker', 'De Brug', 'Zonnehof', 'De Vaart', 'Lindenhof'][n] ?? n}`,
    region: 'hoog',
    subregion,
    startDate,
    normpraktijken: 1.5,
    gps: 2,
    otherFunding: [],
    teamId: `19:e2e-${n}@thread.tacv2`,
  };
}

describe('the RHO consultant in the Agents Playground', () => {
  it(
    'links the team as HOOG consultant channel, shows the summary with its chart, opens Details and downloads the export',
    async () => {
      const stores = await createTableStores({ connectionString: connectionString(), allowInsecureConnection: true, createTables: false });
      const starts = ['2023-01-01', '2024-01-01', '2025-01-01', '2025-07-01', '2026-01-01', '2026-10-01'];
      for (const [n, start] of starts.entries()) {
        const p = practice(n, n % 2 === 0 ? 'apeldoorn' : 'deventer', start);
        await stores.practices.save(p, { ...AT, idempotencyKey: `e2e-${p.id}` });
      }
      await stores.intervisie.add(
        practice(1, 'deventer', '').id,
        { date: '2024-03-12', minutes: 60, gpsPresent: 2, participants: 4, topic: 'GGZ' },
        { ...AT, idempotencyKey: 'e2e-i1' },
      );

      const refused = await step(page(), 'rho-refused', logs, () => askInChannel(page(), 'samenvatting', /geen RHO-kanaal/));
      const form = await step(page(), 'rho-link-form', logs, () =>
        clickAndWaitForCard(refused, 'Koppel als RHO-kanaal', /RHO-kanaal koppelen/),
      );
      await form.getByRole('radio', { name: /HOOG/ }).first().check();
      await step(page(), 'rho-link', logs, () => clickAndWaitForCard(form, 'Koppelen', /is nu het RHO-kanaal van HOOG/));

      const summary = await step(page(), 'rho-summary', logs, () => askInChannel(page(), 'samenvatting', /Samenvatting HOOG/));
      const text = await summary.innerText();
      expect(text).toContain('Praktijken per status');
      expect(text).toContain('6 praktijken');
      expect(text).toMatch(/apeldoorn[\s\S]*deventer/);
      // The chart's legend, under bars drawn as styled columns (docs/screenshots/rho-summary-chart.png shows them).
      expect(text).toMatch(/■ Gemist\s+■ Risico\s+■ Op koers/);
      await screenshotAt(page(), summary, 'rho-summary-chart', 'start');

      const details = summary.getByRole('button', { name: 'Details', exact: true }).first();
      const before = await cards(page())
        .filter({ hasText: /^Status Praktijk/ })
        .count();
      await details.click();
      const status = await step(page(), 'rho-details', logs, () => waitForCard(page(), /^Status Praktijk/, { after: before }));
      expect(await status.innerText()).not.toContain('Intervisie loggen');

      const ready = await step(page(), 'rho-export', logs, () =>
        clickAndWaitForCard(summary, 'Exporteer CSV', /De export van HOOG staat klaar/),
      );
      const href = await ready.getByRole('link').first().getAttribute('href');
      expect(href).toMatch(/\/mtvp-exports\/hoog\/.+\.csv\?.*sig=/);
      const res = await fetch(href ?? '');
      expect(res.status).toBe(200);
      const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
      expect(rows[0]?.[0]).toBe('Soort');
      expect(rows.filter((r) => r[0] === 'Praktijk')).toHaveLength(6);
      expect(rows.some((r) => r[0] === 'Intervisie' && r[9] === '12-03-2024')).toBe(true);

      const shown = await cards(page())
        .filter({ hasText: /Samenvatting HOOG/ })
        .count();
      const triggered = await fetch(`${botUrl()}/api/jobs/weekly-summary`, {
        method: 'POST',
        headers: { authorization: `Bearer ${JOBS_SECRET}` },
      });
      expect(triggered.status).toBe(200);
      expect(await triggered.json()).toMatchObject({ evaluated: 1, queued: 1, sent: 1, failed: 0 });
      const weekly = await step(page(), 'rho-weekly', logs, () => waitForCard(page(), /Samenvatting HOOG/, { after: shown }));
      expect(await weekly.innerText()).toContain('Praktijken per status');
      // The same week again: the outbox already holds it, nothing is sent twice.
      const again = await fetch(`${botUrl()}/api/jobs/weekly-summary`, {
        method: 'POST',
        headers: { authorization: `Bearer ${JOBS_SECRET}` },
      });
      expect(await again.json()).toMatchObject({ evaluated: 1, queued: 0, sent: 0 });
    },
    SLOW_TEST_TIMEOUT_MS * 2,
  );
});
