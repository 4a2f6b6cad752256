// The RHO consultant (issue 11 §1, §4): `samenvatting` in the region's consultant channel lists the region's practices,
// most urgent first; "Details" shows a practice's status read-only; other teams and other regions get nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { TENANT } from '../bot/support.js';
import { CARD_1, CARD_2, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

const RHO = '19:rho-hoog@thread.tacv2';
const IN_RHO = {
  conversationId: RHO,
  extra: { channelData: { tenant: { id: TENANT }, team: { id: RHO, name: 'HOOG consulenten' }, channel: { id: RHO, name: 'General' } } },
};
const WRITE = { actor: { id: 'u1', name: 'Anne de Vries' }, idempotencyKey: 'plan-1', at: '2025-01-05T09:00:00.000Z' };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function start(): Promise<Harness> {
  const x = await startHarness(undefined, { RHO_TEAMS: `hoog:${RHO}` });
  await x.submit({ verb: 'linkConsultantChannel', cardId: CARD_1, region: 'hoog' }, IN_RHO);
  expect((await x.stores.consultantChannels.get('hoog'))?.teamId).toBe(RHO);
  // De Linde (HOOG, year 2, no intervisie in year 1: missed), Het Baken (HOOG, starts next quarter), one in Eemland
  await seedPractice(x.stores);
  await x.stores.plans.saveVersion(
    {
      practiceId: PRACTICE.id,
      year: 2,
      interventions: [{ id: 'awp.triage-training' }],
      verdict: { ok: false, ruleSet: 'hoog@2024.1', errors: 1, warnings: 0, ruleIds: [] },
    },
    WRITE,
  );
  await seedPractice(x.stores, {
    id: '07654321',
    agb: '07654321',
    name: 'Gezondheidscentrum Het Baken',
    startDate: '2025-04-01',
    teamId: '19:baken@thread.tacv2',
  });
  await seedPractice(x.stores, {
    id: '05555555',
    agb: '05555555',
    name: 'Praktijk Eemzicht',
    region: 'eemland',
    subregion: undefined,
    teamId: '19:eem@thread.tacv2',
  });
  return x;
}

describe('RHO summary on demand', () => {
  it("lists the region's practices, most urgent first, with year, plan verdict, open items and the next deadline", async () => {
    h = await start();
    const text = allText(await h.say('samenvatting', IN_RHO));
    expect(text).toContain('Samenvatting HOOG · 15-03-2025');
    expect(text).toContain('2 praktijken');
    expect(text).not.toContain('Eemzicht');
    expect(text.indexOf('Huisartsenpraktijk De Linde')).toBeLessThan(text.indexOf('Gezondheidscentrum Het Baken'));
    expect(text).toContain('jaar 2 · plan voldoet niet');
    expect(text).toContain('nog niet gestart · nog geen plan');
    expect(text).toContain('Details');
  });

  it('"Details" shows the practice\'s status read-only; a practice of another region is refused', async () => {
    h = await start();
    const details = allText(await h.submit({ verb: 'openPracticeStatus', cardId: CARD_2, practiceId: PRACTICE.id }, IN_RHO));
    expect(details).toContain('Status Huisartsenpraktijk De Linde');
    expect(details).not.toContain('Intervisie loggen');
    expect(details).not.toContain('Afvinken');
    const other = allText(await h.submit({ verb: 'openPracticeStatus', cardId: CARD_2, practiceId: '05555555' }, IN_RHO));
    expect(other).toContain('hoort niet bij de regio van dit RHO-kanaal');
    expect(other).not.toContain('Eemzicht');
  });

  it('a practice team or a team that is no RHO channel gets no summary and no details', async () => {
    h = await start();
    expect(allText(await h.say('samenvatting'))).toContain('dit team is (nog) geen RHO-kanaal');
    const details = allText(await h.submit({ verb: 'openPracticeStatus', cardId: CARD_2, practiceId: '07654321' }));
    expect(details).toContain('geen RHO-kanaal');
    expect(details).not.toContain('Het Baken');
  });

  it('shows the chart, groups by subregion, filters on a typed or chosen subregion and pages with Volgende/Vorige', async () => {
    h = await start();
    for (let n = 0; n < 45; n += 1) {
      const id = String(20_000_000 + n);
      await seedPractice(h.stores, { id, agb: id, name: `Praktijk ${n}`, subregion: 'deventer', teamId: `19:t${n}@thread.tacv2` });
    }
    const text = allText(await h.say('samenvatting', IN_RHO));
    expect(text).toContain('Praktijken per status');
    expect(text).toContain('Deel 1 van 2');
    expect(text).toContain('Volgende');
    expect(text).toContain('Exporteer CSV');
    expect(text.indexOf('"apeldoorn"')).toBeLessThan(text.indexOf('"deventer"'));

    const page2 = await h.execute({ verb: 'summaryPage', cardId: CARD_2, page: 1, filter: '*' }, IN_RHO);
    const second = JSON.stringify(page2.card);
    expect(second).toContain('Deel 2 van 2');
    expect(second).toContain('Vorige');
    expect(second).not.toContain('Praktijken per status');

    const typed = allText(await h.say('samenvatting Apeldoorn', IN_RHO));
    expect(typed).toContain('Samenvatting HOOG · apeldoorn');
    expect(typed).toContain('Huisartsenpraktijk De Linde');
    expect(typed).not.toContain('Praktijk 3');
    const chosen = JSON.stringify((await h.execute({ verb: 'summaryPage', cardId: CARD_2, page: 0, filter: 'deventer' }, IN_RHO)).card);
    expect(chosen).toContain('Praktijk 3');
    expect(chosen).not.toContain('De Linde');
    expect(allText(await h.say('samenvatting zutphen', IN_RHO))).toContain(
      'Subregio “zutphen” ken ik niet in deze regio. Kies er een: apeldoorn, deventer.',
    );
  });
});
