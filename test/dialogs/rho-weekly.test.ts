// The weekly RHO summary's evaluation (issue 11 §4): one message per linked and allowed consultant channel, for the ISO
// week, its cards each below 80 KB, every practice of the region once, subregions grouped, the chart, the deadlines and
// the channels that stopped accepting the bot on the first card; nothing for a channel the operator no longer allows.
import { describe, expect, it } from 'vitest';
import { cardBytes, MAX_CARD_BYTES, summaryCards } from '../../dialogs/rho-summary/pages.js';
import { summarise } from '../../dialogs/rho-summary/rows.js';
import { evaluateWeeklySummary } from '../../dialogs/rho-summary/weekly.js';
import { isoWeek } from '../../rules/reminder-calendar.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import type { Stores } from '../../storage/ports.js';
import { FIXED_NOW, PRACTICE, seedPractice } from './support.js';

const RHO = '19:rho-hoog@thread.tacv2';
const EEM = '19:rho-eemland@thread.tacv2';
const AT = { actor: { id: 'u1' }, idempotencyKey: 'k', at: '2025-01-01T00:00:00.000Z' };

/** Every TextBlock text of a card, in order. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  return [...(o.type === 'TextBlock' && typeof o.text === 'string' ? [o.text] : []), ...Object.values(o).flatMap(texts)];
}

async function region(stores: Stores, practices: number): Promise<void> {
  await stores.consultantChannels.set({ region: 'hoog', teamId: RHO, channelId: RHO, linkedBy: 'u1', linkedAt: AT.at }, AT);
  await stores.consultantChannels.set({ region: 'eemland', teamId: EEM, channelId: EEM, linkedBy: 'u1', linkedAt: AT.at }, AT);
  for (let n = 0; n < practices; n += 1) {
    const id = String(10_000_000 + n);
    await seedPractice(stores, {
      id,
      agb: id,
      // Long names make big rows: the pages must still stay below the limit.
      name: `Huisartsenpraktijk ${n} ${'ruime naam '.repeat(15)}`.trim(),
      subregion: n % 3 === 0 ? 'deventer' : 'apeldoorn',
      teamId: `19:team-${n}@thread.tacv2`,
    });
  }
  await seedPractice(stores, {
    ...PRACTICE,
    id: '05555555',
    agb: '05555555',
    name: 'Praktijk Eemzicht',
    region: 'eemland',
    teamId: '19:eem@thread.tacv2',
  });
}

describe('weekly RHO summary', () => {
  it('isoWeek follows ISO 8601 at the year ends', () => {
    expect(isoWeek('2025-03-15')).toBe('2025-W11');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
  });

  it('one message for the allowed region: paged below 80 KB, every practice once, grouped, with chart and lists', async () => {
    const stores = createMemoryStores();
    await region(stores, 130);
    const messages = await evaluateWeeklySummary({ stores, now: FIXED_NOW, rhoTeams: { hoog: [RHO] } });
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m).toMatchObject({ job: 'weekly-summary', conversationId: RHO, reason: 'weekly', period: '2025-W11', region: 'hoog' });
    expect(m?.summary).toContain('130 praktijken');
    const cards = m?.cards ?? [];
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards) expect(cardBytes(card as never)).toBeLessThan(MAX_CARD_BYTES);
    const all = cards.map(texts);
    const names = all.flat().filter((x) => x.startsWith('Huisartsenpraktijk '));
    expect(new Set(names).size).toBe(130);
    expect(names).toHaveLength(130);
    expect(all.flat()).not.toContain('Praktijk Eemzicht');
    const first = all[0] ?? [];
    expect(first).toContain('Praktijken per status');
    expect(first.join('\n')).toContain(`Deel 1 van ${cards.length}`);
    // apeldoorn before deventer, each named once as its group's header across the pages that start it
    const flat = all.flat();
    expect(flat.indexOf('apeldoorn')).toBeLessThan(flat.lastIndexOf('deventer'));
    expect(all.slice(1).some((c) => c.includes('Praktijken per status'))).toBe(false);
  });

  it('nothing for a linked channel the operator no longer allows, nor for a region without a channel', async () => {
    const stores = createMemoryStores();
    await region(stores, 2);
    expect(await evaluateWeeklySummary({ stores, now: FIXED_NOW, rhoTeams: { hoog: ['19:other@thread.tacv2'] } })).toEqual([]);
    const eem = await evaluateWeeklySummary({ stores, now: FIXED_NOW, rhoTeams: { eemland: [EEM], cohaesie: ['19:x@thread.tacv2'] } });
    expect(eem.map((x) => x.region)).toEqual(['eemland']);
  });

  it('lists the practices whose channel stopped accepting the bot, with the date, and counts them', () => {
    const records = { plans: [], intervisie: [], counts: [] };
    const inactive = { ...PRACTICE, channelInactive: { since: '2025-03-01T08:00:00.000Z', status: 403, reason: 'bot removed' } };
    const summaries = [
      summarise({ practice: inactive, records }, '2025-03-15'),
      summarise({ practice: { ...PRACTICE, id: '02', name: 'B' }, records }, '2025-03-15'),
    ];
    const [card, more] = summaryCards({
      locale: 'nl',
      newId: () => '11111111-1111-4111-8111-111111111111',
      regionName: 'HOOG',
      today: '2025-03-15',
      summaries,
      paging: true,
    });
    expect(more).toBeUndefined();
    const all = texts(card).join('\n');
    expect(all).toContain('Kanaal neemt geen berichten van de bot meer aan');
    expect(all).toContain('- Huisartsenpraktijk De Linde (bot niet meer welkom sinds 01-03-2025)');
    expect(all).toContain('1 kanaal neemt de bot niet meer aan.');
  });
});
