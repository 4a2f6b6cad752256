import { afterEach, describe, expect, it } from 'vitest';
import { CARD_1, CARD_2, CARD_3, PRACTICE, TEAM, allText, cardOf, seedPractice, startHarness, type Harness } from './support.js';
import { TENANT } from '../bot/support.js';

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

/** The ETag the practice form carries in its save button's data. */
function etagOf(card: Record<string, unknown>): string {
  const found = /"verb":"linkPractice","cardId":"[^"]+","etag":"((?:[^"\\]|\\.)*)"/.exec(JSON.stringify(card));
  if (found?.[1] === undefined) throw new Error('no etag on the form');
  return JSON.parse(`"${found[1]}"`) as string;
}

/** A practice linked now is identified by tenant and AGB code (storage/practice-id.ts). */
const LINKED_ID = `01234567@${TENANT}`;
const OTHER_TENANT = '0badc0de-0000-4000-8000-00000000beef';
const STRANGER_TEAM = '19:stranger@thread.tacv2';
/** A channel of a team in another tenant. */
const stranger = {
  tenantId: OTHER_TENANT,
  conversationId: STRANGER_TEAM,
  extra: {
    channelData: { tenant: { id: OTHER_TENANT }, team: { id: STRANGER_TEAM }, channel: { id: STRANGER_TEAM } },
    from: { id: '29:stranger', name: 'Onbekende', aadObjectId: '00000000-0000-0000-0000-00000000dead' },
  },
};

const BERT = { id: '29:user-2', name: 'Bert Bakker', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };

describe('koppel praktijk', () => {
  it('refuses a form opened before someone else saved, naming who and when and showing what is stored now', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const anne = etagOf(cardOf(await h.say('koppel praktijk')));
    const bert = etagOf(cardOf(await h.say('koppel praktijk', { extra: { from: BERT } })));
    expect(bert).toBe(anne);
    expect(allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '4', etag: bert }, { extra: { from: BERT } }))).toContain(
      'zijn bijgewerkt',
    );

    // Anne's form still has the old version: her change is refused, Bert's stays
    const refused = await h.submit({ ...LINK, cardId: CARD_3, name: 'Praktijk Anne', etag: anne });
    const text = allText(refused);
    expect(text).toContain('Niet opgeslagen: Bert Bakker heeft de gegevens van deze praktijk op 15-03-2025 gewijzigd');
    expect(text).toContain('Huisartsenpraktijk De Linde, AGB 01234567, regio HOOG, start Q1 2024, 2,5 normpraktijken, 4 huisartsen');
    expect(JSON.stringify(cardOf(refused))).toContain('"verb":"startLink"');
    expect((await h.stores.practices.get(PRACTICE.id))?.value).toMatchObject({ name: 'Huisartsenpraktijk De Linde', gps: 4 });

    // opened again, the form carries the new version and saves
    const again = etagOf(cardOf(await h.submit({ verb: 'startLink', cardId: CARD_1 })));
    expect(again).not.toBe(anne);
    const saved = allText(
      await h.submit({ ...LINK, cardId: '44444444-4444-4444-8444-444444444444', name: 'Praktijk Anne', gps: '4', etag: again }),
    );
    expect(saved).toContain('zijn bijgewerkt');
    expect((await h.stores.practices.get(PRACTICE.id))?.value).toMatchObject({ name: 'Praktijk Anne', gps: 4 });
  });

  it('refuses a form without a version once the practice exists, and answers a repeated save as saved', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.submit({ ...LINK, gps: '5' }))).toContain('Niet opgeslagen');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.gps).toBe(3);
    const etag = etagOf(cardOf(await h.say('koppel praktijk')));
    expect(allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '5', etag }))).toContain('zijn bijgewerkt');
    // Teams delivers the same press again: the stored version is this save's own, not someone else's
    expect(allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '5', etag }))).toContain('zijn bijgewerkt');
  });

  it('shows the link card in Dutch, saves the practice with the team and audits it', async () => {
    h = await startHarness();
    const form = allText(await h.say('koppel praktijk'));
    expect(form).toContain('AGB');
    const done = allText(await h.submit(LINK));
    expect(done).toContain('Huisartsenpraktijk De Linde (AGB 01234567) is gekoppeld aan dit team');
    const saved = await h.stores.practices.findByTeam(TEAM);
    expect(saved?.value).toMatchObject({
      id: LINKED_ID,
      agb: '01234567',
      tenantId: TENANT,
      region: 'hoog',
      normpraktijken: 2.5,
      gps: 3,
      startDate: '2024-01-01',
      teamId: TEAM,
      otherFunding: [{ scheme: 'tbhz', project: 'zelfmetingen' }],
    });
    expect((await h.stores.audit.list(LINKED_ID)).map((a) => a.action)).toEqual(['practice.linked']);
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
    const form = cardOf(await h.say('koppel praktijk'));
    expect(JSON.stringify(form)).toContain('Huisartsenpraktijk De Linde');
    const done = allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '4', etag: etagOf(form) }));
    expect(done).toContain('zijn bijgewerkt');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.gps).toBe(4);
  });

  it('refuses an AGB code that is linked to another team of the same tenant', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { id: LINKED_ID, tenantId: TENANT, teamId: '19:other@thread.tacv2' });
    const text = allText(await h.submit(LINK));
    expect(text).toContain('al aan een ander team gekoppeld');
  });

  it('lets a team in another tenant neither lock the practice out nor learn that it is linked', async () => {
    h = await startHarness();
    const alone = allText(await h.submit(LINK));
    await h.close();
    h = await startHarness();
    const strangerAnswer = allText(await h.submit({ ...LINK, name: 'Nep' }, stranger));
    expect(strangerAnswer).toContain('is gekoppeld aan dit team');
    // the real team links the code as if nobody had: same answer, its own practice
    expect(allText(await h.submit(LINK))).toBe(alone);
    expect((await h.stores.practices.findByTeam(TEAM))?.value).toMatchObject({ id: LINKED_ID, name: 'Huisartsenpraktijk De Linde' });
    expect((await h.stores.practices.findByTeam(STRANGER_TEAM))?.value).toMatchObject({ id: `01234567@${OTHER_TENANT}`, name: 'Nep' });
    // and the other way round: the stranger's answer does not depend on the real practice either
    expect(
      allText(await h.submit({ ...LINK, cardId: CARD_2, name: 'Nep' }, { ...stranger, conversationId: '19:stranger-2@thread.tacv2' })),
    ).not.toContain('ander team');
  });

  it('keeps a practice linked before tenants were part of its id, also when its tenant links it from a new team', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { tenantId: TENANT.toUpperCase(), teamId: '19:old-team@thread.tacv2' });
    expect(allText(await h.submit(LINK))).toContain('al aan een ander team gekoppeld');
    const old = await h.stores.practices.get(PRACTICE.id);
    const moved = { actor: { id: 'seed' }, idempotencyKey: 'moved', at: '2024-02-01T00:00:00.000Z' };
    await h.stores.practices.save({ ...PRACTICE, tenantId: TENANT.toUpperCase() }, moved, old?.etag);
    expect((await h.stores.practices.findByTeam(TEAM))?.value.id).toBe(PRACTICE.id);
    const form = cardOf(await h.say('koppel praktijk'));
    expect(allText(await h.submit({ ...LINK, cardId: CARD_2, gps: '4', etag: etagOf(form) }))).toContain('zijn bijgewerkt');
    expect((await h.stores.practices.get(PRACTICE.id))?.value.gps).toBe(4);
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
