// "Exporteer CSV" (issue 11 §4) against Azurite's blob service: the link downloads a CSV for Dutch Excel (BOM, `;`,
// Dutch dates, decimal comma) that parses, with the region's practices, requirements and logs, under the region's folder
// with a random name; valid 24 hours; audited on the region. Another team gets nothing and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobExports } from '../../storage/blob/exports.js';
import { TENANT } from '../bot/support.js';
import { startAzurite, type AzuriteTables } from '../support/azurite.js';
import { parseCsv } from '../support/csv.js';
import { CARD_1, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

const RHO = '19:rho-hoog@thread.tacv2';
const IN_RHO = {
  conversationId: RHO,
  extra: { channelData: { tenant: { id: TENANT }, team: { id: RHO, name: 'HOOG consulenten' }, channel: { id: RHO, name: 'General' } } },
};

let azurite: AzuriteTables;
let h: Harness;
beforeAll(async () => {
  azurite = await startAzurite(undefined, { blob: true });
  // A real clock: Azurite checks the link's expiry against the time now.
  h = await startHarness(
    new Date(),
    { RHO_TEAMS: `hoog:${RHO}` },
    { exports: createBlobExports({ connectionString: azurite.connectionString, container: 'mtvp-exports' }) },
  );
  await h.submit({ verb: 'linkConsultantChannel', cardId: CARD_1, region: 'hoog' }, IN_RHO);
  await seedPractice(h.stores, { name: 'Praktijk "De Linde"; Apeldoorn', startDate: '2024-01-01' });
  await seedPractice(h.stores, {
    id: '07654321',
    agb: '07654321',
    name: '=Het Baken',
    subregion: 'deventer',
    teamId: '19:baken@thread.tacv2',
  });
  const at = { actor: { id: 'u1' }, at: new Date().toISOString() };
  await h.stores.intervisie.add(
    PRACTICE.id,
    { date: '2024-05-14', minutes: 90, gpsPresent: 2, participants: 5, topic: 'GGZ' },
    { ...at, idempotencyKey: 'i1' },
  );
  await h.stores.counts.add(
    PRACTICE.id,
    { metric: 'wor-referrals', from: '2024-01-01', to: '2024-03-31', value: 2.5 },
    { ...at, idempotencyKey: 'c1' },
  );
});
afterAll(async () => {
  await h?.close();
  await azurite?.stop();
});

const linkOf = (text: string): string => {
  const url = /\((http:\/\/127\.0\.0\.1:\d+\/[^)\s"\\]+)\)/.exec(text)?.[1];
  if (url === undefined) throw new Error(`no link in ${text}`);
  return url;
};

describe('RHO export', () => {
  it('the link downloads a CSV for Dutch Excel with practices, requirements and logs, valid 24 hours, audited', async () => {
    const text = allText(await h.say('exporteer csv', IN_RHO));
    expect(text).toContain('De link werkt 24 uur');
    const url = linkOf(text);
    const link = new URL(url);
    expect(link.pathname).toMatch(/^\/devstoreaccount1\/mtvp-exports\/hoog\/\d{4}-\d{2}-\d{2}-[0-9a-f-]{36}\.csv$/);
    expect(link.searchParams.get('sp')).toBe('r');
    const hours = (Date.parse(link.searchParams.get('se') ?? '') - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThanOrEqual(24);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]).toEqual([
      'Soort',
      'AGB',
      'Praktijk',
      'Subregio',
      'Programmajaar',
      'Onderwerp',
      'Status',
      'Waarde',
      'Norm',
      'Datum',
      'Termijn',
      'Toelichting',
    ]);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    const kinds = new Set(rows.slice(1).map((r) => r[0]));
    expect([...kinds].sort()).toEqual(['Eis', 'Intervisie', 'Praktijk', 'Telling']);
    expect(rows.find((r) => r[0] === 'Praktijk' && r[1] === PRACTICE.id)?.[2]).toBe('Praktijk "De Linde"; Apeldoorn');
    // A name Excel would run as a formula stays text.
    expect(rows.find((r) => r[0] === 'Praktijk' && r[1] === '07654321')?.[2]).toBe("'=Het Baken");
    expect(rows.find((r) => r[0] === 'Intervisie')?.slice(7, 10)).toEqual(['90', '', '14-05-2024']);
    expect(rows.find((r) => r[0] === 'Telling')?.slice(7, 11)).toEqual(['2,5', '', '01-01-2024', '31-03-2024']);
    for (const r of rows.slice(1)) for (const d of [r[9], r[10]]) if (d) expect(d).toMatch(/^\d{2}-\d{2}-\d{4}$/);

    const entries = await h.stores.audit.list('region:hoog');
    const exported = entries.find((e) => e.action === 'summary.exported');
    expect(exported?.detail).toMatchObject({ blob: link.pathname.replace('/devstoreaccount1/mtvp-exports/', ''), practices: 2 });
  });

  it('a subregion exports only its practices; without the signature the blob is not readable', async () => {
    const url = linkOf(allText(await h.say('exporteer csv deventer', IN_RHO)));
    const rows = parseCsv((await (await fetch(url)).text()).replace(/^\uFEFF/, ''));
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['07654321']));
    expect((await fetch(url.split('?')[0] ?? '')).status).toBeGreaterThanOrEqual(400);
  });

  it('another team gets no export and nothing is written', async () => {
    const before = (await h.stores.audit.list('region:hoog')).length;
    expect(allText(await h.say('exporteer csv'))).toContain('dit team is (nog) geen RHO-kanaal');
    expect(await h.stores.audit.list('region:hoog')).toHaveLength(before);
  });
});
