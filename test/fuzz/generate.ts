// Seeded hostile traffic for POST /api/messages: typed messages, card submits and Action.Execute invokes for every
// verb with random and hostile values, other activities, and raw bodies the edge must refuse. fast-check samples it
// from a seed, so a run is reproduced exactly by its seed and count.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { VERBS } from '../../cards/verbs.js';
import { SCHEMAS } from '../../dialogs/features.js';
import { PRESSURE_POINTS, TEAM_SIZES } from '../../rules/advise/guided.js';
import { ELEMENTS, METRICS } from '../../rules/model.js';

export const BOT_ID = '28:mtvp-bot';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
/** The seeded practice's team (test/dialogs/support.ts PRACTICE). */
import { TEAM } from '../dialogs/support.js';
export { TEAM };
/** The seeded practice's manager: half the turns act as them, so manager-only verbs run too. */
export const MANAGER = '00000000-0000-0000-0000-0000000000a1';

export interface FuzzRequest {
  kind: string;
  headers: Record<string, string>;
  body: string | Buffer;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const COMMANDS = [
  'help',
  'hulp',
  '?',
  'stop',
  'status',
  'plan',
  'koppel praktijk',
  'log intervisie',
  'log aantallen',
  'kies interventies',
  'advies',
  'welke interventie past',
  'beheerders',
  'kies praktijk',
  'samenvatting',
  'link practice',
  'log counts',
  'managers',
  'summary',
  'koppel als RHO-kanaal',
  'mijlpaal',
  'route',
];
const VALID = [
  '2025-03-10',
  '2024-01-01',
  '2023-12-31',
  '10-03-2025',
  '90',
  '3',
  '5',
  '0',
  '-1',
  '1e9',
  '2.5',
  'NaN',
  'hoog',
  'eemland',
  'cohaesie',
  'rijn-en-duin',
  'apeldoorn',
  '01234567',
  '12345678',
  '2025',
  '2024',
  'true',
  'false',
  '[]',
  '{}',
  'null',
  'Verwijzingen',
  'Anne de Vries',
  MANAGER,
  '123456782',
  'geboren op 12 maart 1948',
  'a,b,c',
  '["x"]',
];

/** Values a card would send, by field name: most payloads start from these, so the handlers and the writes run. */
const PLAUSIBLE: Record<string, readonly string[]> = {
  name: ['De Linde', 'Praktijk 𝕏 ünïcode'],
  agb: ['01234567', '12345678'],
  region: ['hoog', 'eemland', 'cohaesie', 'rijn-en-duin'],
  subregion: ['apeldoorn', ''],
  startQuarter: ['2024-01-01', '2025-04-01'],
  normpraktijken: ['2.5', '1'],
  gps: ['3', '1'],
  firstInterventionStart: ['', '2024-03-01'],
  funding: ['', 'none'],
  year: ['1', '2', '3', '2025'],
  element: [...ELEMENTS, 'any'],
  nav: ['next', 'back', 'review', 'save'],
  selected: ['', 'awp-1', 'gg-1,sn-2'],
  justifications: ['', '{}'],
  pressure: [...PRESSURE_POINTS],
  teamSize: [...TEAM_SIZES],
  question: ['telefoon druk', 'te veel administratie'],
  id: ['awp-1', 'x'],
  date: ['2025-03-10', '2024-02-29', '2025-03-15'],
  minutes: ['90', '60'],
  gpsPresent: ['3', '2'],
  participants: ['5', '8'],
  gpsAttending: ['', 'AdV, JJ'],
  topic: ['Verwijzingen', 'Samenwerking wijk'],
  note: ['', 'overleg 12-03-25'],
  metric: [...METRICS],
  from: ['2025-01-01'],
  to: ['2025-03-31'],
  value: ['12', '0'],
  milestone: ['praktijkplan', 'x'],
  by: ['Anne de Vries'],
  intervention: ['awp-1', 'x'],
  route: ['a', 'b'],
  memberId: [MANAGER, '00000000-0000-0000-0000-0000000000b2'],
  practiceId: ['01234567', '99999999'],
  then: ['status', 'plan', ''],
  args: ['', 'x'],
};

/** Field names of a verb's payload schema (z.object, possibly piped or wrapped). */
function fieldsOf(schema: unknown): string[] {
  let s: unknown = schema;
  for (let depth = 0; depth < 6 && typeof s === 'object' && s !== null; depth += 1) {
    if ('shape' in s && typeof s.shape === 'object' && s.shape !== null) return Object.keys(s.shape);
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    s = def?.['in'] ?? def?.['innerType'] ?? def?.['schema'];
  }
  return [];
}
const FIELDS: Record<string, string[]> = Object.fromEntries(
  VERBS.map((v) => [v, fieldsOf(SCHEMAS[v]).filter((f) => f !== 'verb' && f !== 'cardId')]),
);

// Just over the caps that matter: a card's 2,000, a Table property's 30,000 characters.
const hugeString = fc
  .tuple(
    fc.constantFrom('a', 'x ', '9', 'é', '𝕏', '\u0000', '<at>', '12-03-1948 ', 'intervisie '),
    fc.constantFrom(1_000, 2_001, 10_000, 35_000),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
const text = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VALID) },
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
);
/** Any JSON value, prototype keys included (JSON.parse makes them own properties, as a parsed request body has). */
const jsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })),
          fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown),
  },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), { maxLength: 5 }) },
);

const fieldValue = (field: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...(PLAUSIBLE[field] ?? ['x'])) },
    { weight: 2, arbitrary: jsonValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A card payload for `verb`: each field plausible, hostile or missing, with hostile extra keys; some cards pressed twice. */
const payload = fc.constantFrom(...VERBS).chain((verb) => {
  const fields = FIELDS[verb] ?? [];
  return fc
    .tuple(
      fc.tuple(...fields.map((f) => fieldValue(f).map((v) => [f, v] as const))),
      fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS), jsonValue), { maxLength: 2 }),
      fc.oneof(
        { weight: 6, arbitrary: fc.uuid() },
        { weight: 2, arbitrary: fc.constantFrom('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222') },
        { weight: 1, arbitrary: text },
      ),
      fc.oneof({ weight: 19, arbitrary: fc.constant<unknown>(verb) }, { weight: 1, arbitrary: jsonValue }),
    )
    .map(([values, hostile, cardId, v]) => {
      const entries = [['verb', v], ['cardId', cardId], ...values.filter(([, x]) => x !== undefined), ...hostile];
      const body = entries.map(([k, val]) => `${JSON.stringify(k)}:${JSON.stringify(val) ?? 'null'}`).join(',');
      return JSON.parse(`{${body}}`) as Record<string, unknown>;
    });
});

const conversation = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .constantFrom('channel', 'channel', 'channel', 'personal', 'groupChat')
      .chain((kind) => fc.integer({ min: 0, max: 5 }).map((n) => ({ kind, id: kind === 'channel' ? TEAM : `a:${kind}-${n}` }))),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('channel', 'personal'), text).map(([kind, id]) => ({ kind, id: id === '' ? 'a:empty' : id })),
  },
);

interface Envelope {
  conversation: { kind: string; id: string };
  asManager: boolean;
  expectReplies: boolean;
  locale: string;
  hostileChannelData: unknown;
  serviceUrl: string | undefined;
  activityId: number;
}
const envelope = fc.record({
  conversation,
  asManager: fc.boolean(),
  // mostly the replies in the response body; the rest go through the connector stand-in
  expectReplies: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
  activityId: fc.integer({ min: 0, max: 2 ** 40 }),
  locale: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('nl-NL', 'en-US', 'en-GB', 'nl') }, { weight: 1, arbitrary: text }),
  hostileChannelData: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: jsonValue }),
  serviceUrl: fc.oneof(
    { weight: 19, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('http://127.0.0.1:9/x', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd') },
  ),
});

function activityOf(env: Envelope, connectorUrl: string, type: string, extra: Record<string, unknown>): Record<string, unknown> {
  const channel = env.conversation.kind === 'channel';
  return {
    type,
    id: `fz-${env.activityId.toString(36)}`,
    channelId: 'msteams',
    serviceUrl: env.serviceUrl ?? connectorUrl,
    locale: env.locale,
    from: { id: '29:user-1', name: 'Anne de Vries', aadObjectId: env.asManager ? MANAGER : '00000000-0000-0000-0000-0000000000b2' },
    recipient: { id: BOT_ID, name: 'MTVP-assistent' },
    conversation: {
      id: env.conversation.id,
      tenantId: TENANT,
      conversationType: env.conversation.kind,
      ...(channel ? { isGroup: true } : {}),
    },
    channelData: env.hostileChannelData ?? {
      tenant: { id: TENANT },
      ...(channel ? { team: { id: TEAM, name: 'De Linde' }, channel: { id: TEAM, name: 'General' } } : {}),
    },
    ...(env.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    ...extra,
  };
}

const MENTION = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };
const json = (kind: string, body: unknown): FuzzRequest => ({
  kind,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** One request; `connectorUrl` is where the bot's replies and membership questions go. */
export function request(connectorUrl: string): fc.Arbitrary<FuzzRequest> {
  const message = fc
    .tuple(
      envelope,
      fc.oneof(
        fc.constantFrom(...COMMANDS),
        fc.tuple(fc.constantFrom(...COMMANDS), text).map(([c, t]) => `${c} ${t}`),
        text,
      ),
    )
    .map(([env, t]) =>
      json('message', activityOf(env, connectorUrl, 'message', { text: `<at>MTVP-assistent</at> ${t}`, entities: [MENTION] })),
    );
  const submit = fc.tuple(envelope, payload).map(([env, value]) => json('submit', activityOf(env, connectorUrl, 'message', { value })));
  const invoke = fc
    .tuple(envelope, payload, fc.oneof({ weight: 9, arbitrary: fc.constant('adaptiveCard/action') }, { weight: 1, arbitrary: text }))
    .map(([env, data, name]) => {
      const verb = typeof data['verb'] === 'string' ? data['verb'] : '';
      const value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
      return json('invoke', activityOf(env, connectorUrl, 'invoke', { name, value, replyToId: 'card-1' }));
    });
  const other = fc
    .tuple(
      envelope,
      fc.constantFrom('conversationUpdate', 'installationUpdate', 'messageReaction', 'typing', 'event', '', 'x'.repeat(300)),
      jsonValue,
    )
    .map(([env, type, junk]) =>
      json(
        'other',
        activityOf(env, connectorUrl, type || 'unknown', { action: junk, membersAdded: [{ id: BOT_ID }], membersRemoved: junk }),
      ),
    );
  const raw = fc.tuple(envelope, fc.integer({ min: 0, max: 9 }), text).map(([env, n, t]): FuzzRequest => {
    const valid = JSON.stringify(activityOf(env, connectorUrl, 'message', { text: 'help' }));
    switch (n) {
      case 0:
        return { kind: 'raw-gzip', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(valid) };
      case 1:
        return {
          kind: 'raw-gzip-bomb',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: gzipSync(Buffer.alloc(2_000_000, 32)),
        };
      case 2:
        return {
          kind: 'raw-deflate',
          headers: { 'content-type': 'application/json', 'content-encoding': 'deflate, identity' },
          body: valid,
        };
      case 3:
        return {
          kind: 'raw-bad-json',
          headers: { 'content-type': 'application/json' },
          body: valid.slice(0, Math.max(1, valid.length - 7)),
        };
      case 4:
        return { kind: 'raw-text', headers: { 'content-type': 'text/plain' }, body: t };
      case 5:
        return {
          kind: 'raw-proto',
          headers: { 'content-type': 'application/json' },
          body: `{"__proto__":{"polluted":true},"constructor":{"prototype":{"p":1}},${valid.slice(1)}`,
        };
      case 6:
        return { kind: 'raw-scalar', headers: { 'content-type': 'application/json' }, body: JSON.stringify(t) };
      case 7:
        return {
          kind: 'raw-too-large',
          headers: { 'content-type': 'application/json' },
          body: `{"type":"message","text":"${'a'.repeat(1_100_000)}"}`,
        };
      case 8:
        return {
          kind: 'raw-wrong-types',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...JSON.parse(valid), conversation: t, from: 7, recipient: [] }),
        };
      default:
        return { kind: 'raw-empty', headers: { 'content-type': 'application/json' }, body: '' };
    }
  });
  return fc.oneof(
    { weight: 30, arbitrary: message },
    { weight: 25, arbitrary: submit },
    { weight: 25, arbitrary: invoke },
    { weight: 8, arbitrary: other },
    { weight: 12, arbitrary: raw },
  );
}
