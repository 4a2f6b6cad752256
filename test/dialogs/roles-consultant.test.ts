// Roles × scope for the RHO consultant (issue 11 §1), part of the roles table (roles.test.ts): every consultant command
// and card action in personal chat and in a group chat, for a member of the region's consultant team (served, asked of
// Teams on every turn), someone who is not (refused in Dutch, pointing to the RHO channel), a turn while Teams cannot
// answer (refused, never a yes) and a user of another tenant (refused; Teams not even asked). Nothing is written when
// refused: no export, no audit entry, no practice change.
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportStore } from '../../storage/ports.js';
import { TENANT, BOT_ID, startConnector, type FakeConnector } from '../bot/support.js';
import { CARD_1, CARD_2, PRACTICE, allText, seedPractice, startHarness, type Harness, closeAll } from './support.js';

const RHO = '19:rho-hoog@thread.tacv2';
const USER = '29:user-1';
const IN_RHO = {
  conversationId: RHO,
  extra: { channelData: { tenant: { id: TENANT }, team: { id: RHO, name: 'HOOG consulenten' }, channel: { id: RHO, name: 'General' } } },
};
const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';

type Scope = 'personal' | 'groupChat';
type Role = 'consultant' | 'not a member' | 'Teams down' | 'other tenant';

/** What a consultant can ask outside the channel: each command and card action of the summary. */
const ASKS = [
  { name: 'samenvatting', say: 'samenvatting', served: 'Samenvatting HOOG' },
  { name: 'exporteer csv', say: 'exporteer csv', served: 'De export van HOOG staat klaar' },
  {
    name: 'Details',
    submit: { verb: 'openPracticeStatus', cardId: CARD_2, practiceId: PRACTICE.id },
    served: 'Status Huisartsenpraktijk De Linde',
  },
  { name: 'Volgende', submit: { verb: 'summaryPage', cardId: CARD_2, page: 0 }, served: 'Samenvatting HOOG' },
  { name: 'Exporteer CSV', submit: { verb: 'exportCsv', cardId: CARD_2 }, served: 'De export van HOOG staat klaar' },
] as const;

const REFUSAL: Record<Exclude<Role, 'consultant'>, string> = {
  'not a member': 'Je bent geen lid van zo’n team',
  'Teams down': 'Ik kon bij Teams niet nagaan of je lid bent van het RHO-team (HOOG)',
  'other tenant': 'Je bent geen lid van zo’n team',
};

let h: Harness | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  await closeAll(h, connector);
  [h, connector] = [undefined, undefined];
});

/** Exports kept in memory: what was published, to see that a refusal publishes nothing. */
function memoryExports(): ExportStore & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    publish: (file) => {
      paths.push(file.path);
      return Promise.resolve(`https://exports.example/${file.path}`);
    },
  };
}

async function start(role: Role): Promise<{ x: Harness; exports: ReturnType<typeof memoryExports>; url: string }> {
  connector = await startConnector({
    members: { [RHO]: role === 'not a member' ? ['29:someone-else'] : [USER] },
    ...(role === 'Teams down' ? { membersStatus: 500 } : {}),
  });
  const exports = memoryExports();
  h = await startHarness(undefined, { RHO_TEAMS: `hoog:${RHO}` }, { exports });
  await h.submit({ verb: 'linkConsultantChannel', cardId: CARD_1, region: 'hoog' }, IN_RHO);
  await seedPractice(h.stores);
  return { x: h, exports, url: connector.url };
}

/** The scope's conversation, as Teams sends it (a group chat belongs to no team and @mentions the bot). */
function where(
  scope: Scope,
  role: Role,
  url: string,
): { channel: false; serviceUrl: string; tenantId?: string; extra?: Record<string, unknown> } {
  const tenantId = role === 'other tenant' ? OTHER_TENANT : TENANT;
  if (scope === 'personal') return { channel: false, serviceUrl: url, tenantId };
  const mention = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };
  return {
    channel: false,
    serviceUrl: url,
    tenantId,
    extra: { entities: [mention], conversation: { id: '19:group-1@thread.v2', tenantId, conversationType: 'groupChat', isGroup: true } },
  };
}

async function written(x: Harness, exports: { paths: string[] }): Promise<string> {
  return JSON.stringify([
    exports.paths,
    await x.stores.audit.list('region:hoog'),
    await x.stores.audit.list(PRACTICE.id),
    await x.stores.practices.get(PRACTICE.id),
  ]);
}

const CASES = (['personal', 'groupChat'] as const).flatMap((scope) =>
  (['consultant', 'not a member', 'Teams down', 'other tenant'] as const).flatMap((role) =>
    // Teams down costs the SDK's own retries (seconds): one command and one card action per scope
    ASKS.filter((ask) => role !== 'Teams down' || ask.name === 'samenvatting' || ask.name === 'Details').map(
      (ask) => [scope, role, ask.name, ask] as const,
    ),
  ),
);

describe('roles × scope: the RHO consultant outside the consultant channel', () => {
  it.each(CASES)('%s, %s: %s', async (scope, role, _name, ask) => {
    const { x, exports, url } = await start(role);
    const before = await written(x, exports);
    const o = where(scope, role, url);
    const text = allText(
      'say' in ask ? await x.say(scope === 'groupChat' ? `<at>MTVP-assistent</at> ${ask.say}` : ask.say, o) : await x.submit(ask.submit, o),
    );
    if (role === 'consultant') {
      expect(text).toContain(ask.served);
      expect(text).not.toContain('Niet toegestaan');
      // read-only: the status a consultant opens has no buttons that log or tick off
      expect(text).not.toContain('Intervisie loggen');
      expect(connector?.memberLookups).toEqual([`${RHO} ${USER}`]);
      return;
    }
    expect(text).toContain(REFUSAL[role]);
    expect(text).not.toContain('Samenvatting HOOG');
    expect(text).not.toContain('Koppel als RHO-kanaal');
    expect(await written(x, exports)).toBe(before);
    // the SDK retries a 500 itself: the same question, several times
    expect(new Set(connector?.memberLookups)).toEqual(new Set(role === 'other tenant' ? [] : [`${RHO} ${USER}`]));
  });

  it('asks Teams again on the next turn: removed from the RHO team, refused at once', async () => {
    const { x, url } = await start('consultant');
    expect(allText(await x.say('samenvatting', where('personal', 'consultant', url)))).toContain('Samenvatting HOOG');
    await connector?.close();
    connector = await startConnector({ members: { [RHO]: [] } });
    expect(allText(await x.say('samenvatting', where('personal', 'consultant', connector.url)))).toContain(REFUSAL['not a member']);
  });
});
