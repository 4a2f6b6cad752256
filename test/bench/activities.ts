// The two turns of the turn bench as Teams sends them (issue 10 §5), shaped like test/bot/support.ts builds them: a
// channel message in a linked practice's team, with the bot @mentioned, and a `log intervisie` card submit
// (Action.Submit: the card's inputs arrive as activity.value). deliveryMode `expectReplies`: the replies come back in the
// HTTP response, so no connector is needed and the latency is the whole turn.
import { randomUUID } from 'node:crypto';

export const BENCH_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:mtvp-bot', name: 'MTVP-assistent' };
const MENTION = `<at>${BOT.name}</at>`;
// Nothing listens here: a turn that wanted to call Teams (it should not, in a practice's own channel) fails loudly.
const SERVICE_URL = 'http://127.0.0.1:9/_connector';

/** The General channel of bench team `n`; its id is the team id, as in Teams. */
export const benchTeamId = (n: number): string => `19:bench-team-${n}@thread.tacv2`;

function channelActivity(teamId: string, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    id: `bench-${randomUUID()}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    locale: 'nl-NL',
    from: { id: '29:bench-user', name: 'Anne de Vries', aadObjectId: '00000000-0000-0000-0000-0000000000b1' },
    recipient: BOT,
    conversation: { id: teamId, tenantId: BENCH_TENANT, conversationType: 'channel', isGroup: true },
    channelData: { tenant: { id: BENCH_TENANT }, team: { id: teamId, name: 'Bench' }, channel: { id: teamId, name: 'General' } },
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

/** `@MTVP-assistent <command>` in the team's General channel. */
export function commandActivity(teamId: string, command: string): Record<string, unknown> {
  return channelActivity(teamId, {
    text: `${MENTION} ${command}`,
    entities: [{ type: 'mention', text: MENTION, mentioned: BOT }],
  });
}

/** A `log intervisie` card submitted with a new card id (the idempotency key): one new session. */
export function intervisieSubmit(teamId: string, date: string, cardId: string = randomUUID()): Record<string, unknown> {
  const value = {
    verb: 'logIntervisie',
    cardId,
    date,
    minutes: '90',
    gpsPresent: '2',
    participants: '4',
    gpsAttending: '',
    topic: 'Verwijzingen naar de fysiotherapeut',
    note: '',
  };
  return channelActivity(teamId, { value });
}

/** The title of the confirmation card (rules/i18n/nl.ts `intervisie.loggedTitle`): the submit was stored. */
export const LOGGED_MARK = 'Intervisie vastgelegd';
