import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, CARD_2, PRACTICE, TEAM, allText, cardOf, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LINK = {
  verb: 'linkPractice',
  cardId: CARD_1,
  name: 'Huisartsenpraktijk De Linde',
  agb: '0123 4567',
  region: 'hoog',
  subregion: 'apeldoorn',
  startQuarter: '2024-01-01',
  normpraktijken: '2,5',
  gps: '3',
  firstInterventionStart: '',
  funding: 'tbhz:zelfmetingen',
};

describe('koppel praktijk', () => {
  it('shows the link card in Dutch, saves the practice with the team and audits it', async () => {
    h = await startHarness();
    const form = allText(await h.say('koppel praktijk'));
    expect(form).toContain('AGB');
    const done = allText(await h.submit(LINK));
    expect(done).toContain('Huisartsenpraktijk De Linde (AGB 01234567) is gekoppeld aan dit team');
    const saved = await h.stores.practices.findByTeam(TEAM);
    expect(saved?.value).toMatchObject({
      id: '01234567',
      region: 'hoog',
      normpraktijken: 2.5,
      gps: 3,
      startDate: '2024-01-01',
      teamId: TEAM,
      otherFunding: [{ scheme: 'tbhz', project: 'zelfmetingen' }],
    });
    expect((await h.stores.audit.list('01234567')).map((a) => a.action)).toEqual(['practice.linked']);
  });

  it('records a double click once', async () => {
    h = await startHarness();
    await h.submit(LINK);
    const again = allText(await h.submit(LINK));
    expect(again).not.toContain('ander team');
    expect(await h.stores.practices.listByRegion('hoog')).toHaveLength(1);
  });

  it('refuses a bad AGB code and normpraktijken with the card again, naming the fields and keeping the input', async () => {
    h = await startHarness();
    const rs = await h.submit({ ...LINK, agb: '1234', normpraktijken: '12' });
    const text = allText(rs);
    expect(text).toContain('AGB-code');
    expect(text).toContain('Normpraktijken');
    expect(JSON.stringify(cardOf(rs))).toContain('Huisartsenpraktijk De Linde');
    expect(await h.stores.practices.listByRegion('hoog')).toEqual([]);
  });

  it.each([
    ['in 2099', '2099-04-01'],
    ['before the start', '2023-12-01'],
  ])('refuses a first-intervention date %s with a visible Dutch field error (issue 13 §6)', async (_name, date) => {
    h = await startHarness();
    const rs = await h.submit({ ...LINK, firstInterventionStart: date });
    expect(allText(rs)).toContain('kies een datum in programmajaar 1: op of na de startdatum en binnen 12 maanden daarna.');
    expect(await h.stores.practices.listByRegion('hoog')).toEqual([]);
    const ok = await h.submit({ ...LINK, cardId: CARD_2, firstInterventionStart: '2024-12-31' });
    expect((await h.stores.practices.listByRegion('hoog')).map((p) => p.firstInterventionStart)).toEqual(['2024-12-31']);
    expect(allText(ok)).not.toContain('programmajaar 1');
  });

  it('prefills the card for a linked team and saves an edit with its etag', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(JSON.stringify(cardOf(await h.say('koppel praktijk')))).toContain('Huisartsenpraktijk De Linde');
    const done = allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '4' }));
    expect(done).toContain('zijn bijgewerkt');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.gps).toBe(4);
  });

  it('refuses an AGB code that is linked to another team', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { teamId: '19:other@thread.tacv2' });
    const text = allText(await h.submit(LINK));
    expect(text).toContain('al aan een ander team gekoppeld');
  });

  it('points to the team channel in a personal chat', async () => {
    h = await startHarness();
    expect(allText(await h.say('koppel praktijk', { channel: false }))).toContain('kanaal van het praktijkteam');
  });

  it('guards the practice name against patient data too (issue 12 §4)', async () => {
    h = await startHarness();
    const text = allText(await h.submit({ ...LINK, name: 'Praktijk 123456782' }));
    expect(text).toContain('lijkt op patiëntgegevens');
    expect(text).not.toContain('123456782');
    expect(await h.stores.practices.get(LINK.agb.replace(/\s/g, ''))).toBeUndefined();
  });

  it('answers in English for an English client', async () => {
    h = await startHarness();
    const text = allText(await h.submit(LINK, { locale: 'en-US' }));
    expect(text).toContain('is linked to this team');
  });

  it('links an RHO team as the consultant channel of its region when RHO_TEAMS allows it (issue 11 §1)', async () => {
    h = await startHarness(undefined, { RHO_TEAMS: `hoog:19:other@thread.tacv2, eemland:${TEAM}` });
    expect(allText(await h.submit({ verb: 'startLinkConsultant', cardId: CARD_1 }))).toContain('HOOG');
    expect(allText(await h.submit({ verb: 'linkConsultantChannel', cardId: CARD_2, region: 'eemland' }))).toContain(
      'RHO-kanaal van Huisartsen Eemland',
    );
    expect((await h.stores.consultantChannels.get('eemland'))?.teamId).toBe(TEAM);
  });

  it('refuses a team RHO_TEAMS does not list, names the setting and the team id, audits it and changes nothing', async () => {
    h = await startHarness(undefined, { RHO_TEAMS: 'hoog:19:other@thread.tacv2' });
    const text = allText(await h.submit({ verb: 'linkConsultantChannel', cardId: CARD_2, region: 'hoog' }));
    expect(text).toContain('niet toegestaan als RHO-kanaal van HOOG');
    expect(text).toContain(`RHO_TEAMS`);
    expect(text).toContain(`hoog:${TEAM}`);
    expect(await h.stores.consultantChannels.get('hoog')).toBeUndefined();
    expect((await h.stores.audit.list('region:hoog')).map((e) => [e.action, e.detail?.['teamId']])).toEqual([['consultant.refused', TEAM]]);
  });

  it("does not let an unlisted team replace the region's consultant channel", async () => {
    h = await startHarness(undefined, { RHO_TEAMS: 'eemland:19:rho-eemland@thread.tacv2' });
    const rho = {
      teamId: '19:rho-eemland@thread.tacv2',
      channelId: '19:rho-eemland@thread.tacv2',
      linkedBy: 'u9',
      linkedAt: '2025-01-01T00:00:00.000Z',
    };
    await h.stores.consultantChannels.set({ region: 'eemland', ...rho }, { actor: { id: 'u9' }, idempotencyKey: 'seed', at: rho.linkedAt });
    const text = allText(await h.submit({ verb: 'linkConsultantChannel', cardId: CARD_2, region: 'eemland' }));
    expect(text).toContain('er is niets gewijzigd');
    expect((await h.stores.consultantChannels.get('eemland'))?.teamId).toBe(rho.teamId);
  });

  it('says a practice command needs a linked practice', async () => {
    h = await startHarness();
    expect(allText(await h.say('log intervisie'))).toContain('koppel praktijk');
  });
});
