// Roles × scope (issue 11 §1), the rest of the roles table (roles.test.ts: manager / member in the practice's channel;
// roles-consultant.test.ts: the consultant): every practice command and every card action, with practice A's payload,
// in personal chat as a member of A's team (same as the channel: a manager's actions still need a manager), in personal
// chat as someone in no practice team, in another team's channel (linked to practice B, or to none) and from another
// tenant. Outside A's scope each is refused with a clear Dutch message or answered without A; nothing of A is written.
import { afterEach, describe, expect, it } from 'vitest';
import { VERBS } from '../../cards/verbs.js';
import { createMemoryBackend } from '../../storage/memory/index.js';
import { buildStores } from '../../storage/tables/stores.js';
import {
  TENANT,
  activity,
  replies,
  startTestApp,
  textOf,
  startConnector,
  type ActivityOptions,
  type FakeConnector,
} from '../bot/support.js';
// practice A's card payloads (linkPractice carries A's AGB code)
import { VALID } from '../support/payloads.js';
import { ANNE, AS_JAN, COMMANDS, JAN, MANAGER_VERBS, NEEDS, REFUSED, snapshot } from './roles-support.js';
import { TEAM, allText, seedPractice, startHarness, type Harness, closeAll } from './support.js';

const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';
const TEAM_B = '19:team-b@thread.tacv2';
const NO_PRACTICE = '19:team-none@thread.tacv2';
/** Practice A by a name no form shows as an example nor a payload carries: seen in an answer, it leaked. */
const A_NAME = 'Huisartsenpraktijk Zonnehoek';
const AS_ANNE = { extra: { from: { id: '29:user-1', name: 'Anne de Vries', aadObjectId: ANNE } } };

type Outside =
  'personal, in no practice team' | 'team of practice B' | 'team without a practice' | 'other tenant, channel' | 'other tenant, personal';
const OUTSIDE: readonly Outside[] = [
  'personal, in no practice team',
  'team of practice B',
  'team without a practice',
  'other tenant, channel',
  'other tenant, personal',
];

const NOT_LINKED = 'Dit team is nog niet gekoppeld aan een praktijk';
const NOT_LINKED_PERSONAL = 'Je bent nog geen lid van een team dat aan een praktijk is gekoppeld';
const LINK_IN_CHANNEL = 'Een praktijk koppel je in het kanaal van het praktijkteam';
/** What a turn that needs a practice hears in each scope outside practice A; in B's team it acts for B (no refusal). */
const REFUSAL: Record<Outside, string | undefined> = {
  'personal, in no practice team': NOT_LINKED_PERSONAL,
  'team of practice B': undefined,
  'team without a practice': NOT_LINKED,
  'other tenant, channel': NOT_LINKED,
  'other tenant, personal': NOT_LINKED_PERSONAL,
};

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

/**
 * Practice A (this tenant, Anne its manager, Jan a member) and practice B in another team. Teams answers that Anne and
 * Jan are members of A's team, except for `outsider` (nobody is); a user of another tenant is asked the same and still
 * never sees A.
 */
async function start(outsider = false): Promise<{ x: Harness; url: string }> {
  const team = outsider ? [] : ['29:user-1', '29:user-2', ANNE, JAN];
  connector = await startConnector({ members: { [TEAM]: team, [TEAM_B]: [] }, names: { [ANNE]: 'Anne de Vries', [JAN]: 'Jan Bakker' } });
  h = await startHarness();
  await seedPractice(h.stores, { name: A_NAME, tenantId: TENANT, managers: [{ id: ANNE, name: 'Anne de Vries' }] });
  await seedPractice(h.stores, {
    id: '76543210',
    agb: '76543210',
    name: 'Huisartsenpraktijk De Beuk',
    teamId: TEAM_B,
    channelId: TEAM_B,
    tenantId: TENANT,
  });
  return { x: h, url: connector.url };
}

function teamChannel(team: string): ActivityOptions {
  return { conversationId: team, extra: { channelData: { team: { id: team }, channel: { id: team } } } };
}

function where(scope: Outside, url: string): ActivityOptions {
  const o: Record<Outside, ActivityOptions> = {
    'personal, in no practice team': { channel: false },
    'team of practice B': teamChannel(TEAM_B),
    'team without a practice': teamChannel(NO_PRACTICE),
    // the same team id in another tenant: even then not A
    'other tenant, channel': { tenantId: OTHER_TENANT },
    'other tenant, personal': { channel: false, tenantId: OTHER_TENANT },
  };
  return { serviceUrl: url, ...o[scope] };
}

describe('roles × scope: every command outside practice A', () => {
  it.each(OUTSIDE.flatMap((scope) => COMMANDS.map(([id, phrase]) => [scope, id, phrase] as const)))(
    '%s: %s ("%s")',
    async (scope, id, phrase) => {
      const { x, url } = await start(scope === 'personal, in no practice team');
      const before = await snapshot(x, true);
      const text = allText(await x.say(phrase, where(scope, url)));
      const refusal = REFUSAL[scope];
      if (NEEDS.commands[id] !== 'none' && refusal !== undefined) expect(text).toContain(refusal);
      // always an answer (a refusal, a notice, B's card), never silence
      expect(text.trim()).not.toBe('');
      expect(text).not.toContain(A_NAME);
      expect(await snapshot(x, true)).toBe(before);
    },
  );
});

describe('roles × scope: every card action with practice A’s payload outside practice A', () => {
  it.each(OUTSIDE.flatMap((scope) => VERBS.map((verb) => [scope, verb] as const)))('%s: %s', async (scope, verb) => {
    const { x, url } = await start(scope === 'personal, in no practice team');
    const before = await snapshot(x, true);
    const text = allText(await x.submit(VALID[verb], where(scope, url)));
    const refusal = REFUSAL[scope];
    if (NEEDS.verbs[verb] !== 'none' && refusal !== undefined) expect(text).toContain(refusal);
    // always an answer (a refusal, a notice, B's card), never silence
    expect(text.trim()).not.toBe('');
    expect(text).not.toContain(A_NAME);
    expect(await snapshot(x, true)).toBe(before);
  });
});

/** Picks practice A in personal chat the way a member does: a practice command picks the only one by itself. */
async function pick(x: Harness, url: string, as: ActivityOptions): Promise<ActivityOptions> {
  const o = { channel: false, serviceUrl: url, ...as };
  expect(allText(await x.say('status', o))).toContain(`Je werkt in deze chat voor **${A_NAME}**`);
  return o;
}

describe('roles × scope: personal chat as a member of practice A’s team is the channel', () => {
  it.each(COMMANDS)('%s ("%s", manager only: %s)', async (id, phrase, managerOnly) => {
    const { x, url } = await start();
    const before = await snapshot(x);
    const member = allText(await x.say(phrase, await pick(x, url, AS_JAN)));
    if (id === 'linkPractice') expect(member).toContain(LINK_IN_CHANNEL);
    else if (managerOnly) expect(member).toContain(REFUSED);
    else expect(member).not.toContain(REFUSED);
    expect(await snapshot(x)).toBe(before);
    expect(allText(await x.say(phrase, await pick(x, url, AS_ANNE)))).not.toContain(REFUSED);
  });

  it.each(VERBS.map((v) => [v, MANAGER_VERBS.includes(v)] as const))('%s (manager only: %s)', async (verb, managerOnly) => {
    const { x, url } = await start();
    const asJan = await pick(x, url, AS_JAN);
    const before = await snapshot(x);
    const member = allText(await x.submit(VALID[verb], asJan));
    if (verb === 'startLink' || verb === 'linkPractice') expect(member).toContain(LINK_IN_CHANNEL);
    else if (managerOnly) {
      expect(member).toContain(REFUSED);
      expect(await snapshot(x)).toBe(before);
    } else expect(member).not.toContain(REFUSED);
    expect(allText(await x.submit(VALID[verb], await pick(x, url, AS_ANNE)))).not.toContain(REFUSED);
  });
});

describe('roles × scope: a link from another tenant in a team that carries practice A’s team id', () => {
  it('is refused and leaves A’s team index alone: another instance (a fresh store) still finds A by its team', async () => {
    const backend = createMemoryBackend();
    const app = await startTestApp({}, { stores: backend.stores });
    try {
      await seedPractice(backend.stores, { name: A_NAME, tenantId: TENANT });
      const link = activity('message', { channel: true, tenantId: OTHER_TENANT, extra: { value: VALID.linkPractice } });
      const text = (await replies(app, link)).map(textOf).join('\n');
      expect(text).toContain('Je bent geen lid van het team van deze praktijk');
      expect(text).not.toContain(A_NAME);
      expect((await buildStores(backend.table).practices.findByTeam(TEAM))?.value.name).toBe(A_NAME);
    } finally {
      await app.close();
    }
  });
});
