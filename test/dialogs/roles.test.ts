// Roles (issue 11 §1), as a table: every command and card action, done by a practice manager and by a team member
// who is not one, in the practice's channel. A refused action says who the managers are and writes nothing but its
// audit entry; an allowed one is never refused. Plus: the linker becomes the first manager, managers add and remove.
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../cards/verbs.js';
import { AUDIT } from '../../dialogs/shared/ids.js';
import { startConnector, TENANT, type FakeConnector } from '../bot/support.js';
import { VALID } from '../support/payloads.js';
import { ANNE, AS_JAN, COMMANDS, JAN, MANAGER_VERBS, REFUSED, snapshot } from './roles-support.js';
import { PRACTICE, TEAM, allText, seedPractice, startHarness, type Harness, closeAll } from './support.js';

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

async function start(): Promise<{ h: Harness; url: string }> {
  connector = await startConnector({ members: { [TEAM]: [ANNE, JAN] }, names: { [ANNE]: 'Anne de Vries', [JAN]: 'Jan Bakker' } });
  h = await startHarness();
  await seedPractice(h.stores, { managers: [{ id: ANNE, name: 'Anne de Vries' }] });
  return { h, url: connector.url };
}

describe('roles: every card action × manager / member', () => {
  it.each(VERBS.map((v) => [v, MANAGER_VERBS.includes(v)] as const))('%s (manager only: %s)', async (verb, managerOnly) => {
    const { h: x, url } = await start();
    const payload = { ...VALID[verb], ...(verb === 'linkPractice' ? { agb: PRACTICE.agb } : {}) };
    const before = await snapshot(x);
    const member = allText(await x.submit(payload, { serviceUrl: url, ...AS_JAN }));
    if (managerOnly) {
      expect(member).toContain(REFUSED);
      expect(member).toContain('Anne de Vries');
      expect(await snapshot(x)).toBe(before);
      const refusals = (await x.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.permissionRefused);
      expect(refusals.map((e) => [e.actor, e.detail?.['what']])).toEqual([[JAN, verb === 'startLink' ? 'linkPractice' : verb]]);
    } else expect(member).not.toContain(REFUSED);
    expect(allText(await x.submit(payload, { serviceUrl: url }))).not.toContain(REFUSED);
  });
});

describe('roles: every command × manager / member', () => {
  it.each(COMMANDS)('%s ("%s", manager only: %s)', async (_id, phrase, managerOnly) => {
    const { h: x, url } = await start();
    const before = await snapshot(x);
    const member = allText(await x.say(phrase, { serviceUrl: url, ...AS_JAN }));
    if (managerOnly) expect(member).toContain(REFUSED);
    else expect(member).not.toContain(REFUSED);
    expect(await snapshot(x)).toBe(before);
    expect(allText(await x.say(phrase, { serviceUrl: url }))).not.toContain(REFUSED);
  });

  it('the practice commands of another team are not this practice: nothing shown, nothing written', async () => {
    const { h: x, url } = await start();
    const before = await snapshot(x);
    const other = {
      serviceUrl: url,
      conversationId: '19:other@thread.tacv2',
      extra: { channelData: { team: { id: '19:other@thread.tacv2' } } },
    };
    expect(allText(await x.say('status', other))).not.toContain('De Linde');
    expect(await snapshot(x)).toBe(before);
  });
});

describe('tenants (issue 12 §5)', () => {
  it("a practice linked in another tenant is not this turn's practice; the same tenant in upper case is", async () => {
    h = await startHarness();
    await seedPractice(h.stores, { tenantId: TENANT });
    const foreign = allText(await h.say('status', { tenantId: '99999999-9999-4999-8999-999999999999' }));
    expect(foreign).toContain('Nog geen praktijk gekoppeld');
    expect(foreign).not.toContain('De Linde');
    expect(allText(await h.say('status', { tenantId: TENANT.toUpperCase() }))).toContain('Status Huisartsenpraktijk De Linde');
  });
});

describe('managers (issue 11 §1)', () => {
  it('the person who links a practice is its first manager', async () => {
    h = await startHarness();
    await h.submit({ ...VALID.linkPractice, agb: '12345678' });
    // a practice linked now is identified by tenant and AGB code (storage/practice-id.ts): found here by its team
    expect((await h.stores.practices.findByTeam(TEAM))?.value).toMatchObject({
      agb: '12345678',
      managers: [{ id: ANNE, name: 'Anne de Vries' }],
    });
  });

  it('a manager adds a team member and removes a manager; a member sees the list read-only; the last one stays', async () => {
    const { h: x, url } = await start();
    const asMember = allText(await x.say('beheerders', { serviceUrl: url, ...AS_JAN }));
    expect(asMember).toContain('Beheerders van Huisartsenpraktijk De Linde');
    expect(asMember).toContain('Alleen een beheerder kan beheerders toevoegen of verwijderen.');
    const card = allText(await x.say('beheerders', { serviceUrl: url }));
    expect(card).toContain('Toevoegen als beheerder');
    expect(card).toContain('Jan Bakker');

    const added = await x.execute({ verb: 'addManager', cardId: VALID.addManager.cardId, memberId: JAN }, { serviceUrl: url });
    expect(JSON.stringify(added.card)).toContain('Jan Bakker is nu beheerder.');
    expect((await x.stores.practices.get(PRACTICE.id))?.value.managers?.map((m) => m.id)).toEqual([ANNE, JAN]);
    // now Jan may choose interventions
    expect(allText(await x.say('kies interventies', { serviceUrl: url, ...AS_JAN }))).not.toContain(REFUSED);

    const removed = await x.execute(
      { verb: 'removeManager', cardId: VALID.removeManager.cardId, memberId: ANNE },
      { serviceUrl: url, ...AS_JAN },
    );
    expect(JSON.stringify(removed.card)).toContain('Anne de Vries is geen beheerder meer.');
    const last = await x.execute(
      { verb: 'removeManager', cardId: VALID.removeManager.cardId, memberId: JAN },
      { serviceUrl: url, ...AS_JAN },
    );
    expect(JSON.stringify(last.card)).toContain('minstens één beheerder');
    expect((await x.stores.practices.get(PRACTICE.id))?.value.managers?.map((m) => m.id)).toEqual([JAN]);
    expect((await x.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.managersChanged)).toHaveLength(2);
  });

  it('refuses to add someone who is not in the team', async () => {
    const { h: x, url } = await start();
    const r = await x.execute({ verb: 'addManager', cardId: VALID.addManager.cardId, memberId: 'not-in-team' }, { serviceUrl: url });
    expect(JSON.stringify(r.card)).toContain('geen lid (meer) van het team');
    expect((await x.stores.practices.get(PRACTICE.id))?.value.managers).toEqual([{ id: ANNE, name: 'Anne de Vries' }]);
  });

  it('a practice linked before roles: its linker (audit log) is the manager; without one every member is', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    expect(allText(await h.say('kies interventies', AS_JAN))).not.toContain(REFUSED);
    await h.stores.audit.append({
      practiceId: PRACTICE.id,
      action: AUDIT.practiceLinked,
      actor: ANNE,
      at: '2024-01-01T00:00:00.000Z',
      detail: { by: 'Anne de Vries' },
    });
    expect(allText(await h.say('kies interventies', AS_JAN))).toContain(`${REFUSED} (Anne de Vries)`);
    expect(allText(await h.say('kies interventies'))).not.toContain(REFUSED);
  });
});
