// Hostile field types and sizes found by the fuzz run (test/fuzz/) are a 400 at the edge, not a failed turn inside.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../bot/main.js';
import { message, memoryLogger, post, replies, startTestApp, textOf } from './support.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const base = message('help');
const conversation = base['conversation'] as Record<string, unknown>;

describe('the activity shape (issue 12, fuzz findings)', () => {
  it.each([
    ['membersRemoved that is not a list', { ...base, type: 'conversationUpdate', membersRemoved: 7 }],
    ['membersAdded with an entry without id', { ...base, type: 'conversationUpdate', membersAdded: [{ name: 'x' }] }],
    ['a control character in the conversation id', { ...base, conversation: { ...conversation, id: 'a:chat\u0007' } }],
    ['a non-ASCII conversation id (it goes into a header)', { ...base, conversation: { ...conversation, id: 'a:chät-😀' } }],
    ['a conversation id of 100,000 characters', { ...base, conversation: { ...conversation, id: `a:${'x'.repeat(100_000)}` } }],
    ['a file: serviceUrl', { ...base, serviceUrl: 'file:///etc/passwd' }],
    ['a serviceUrl that is not a URL', { ...base, serviceUrl: 'not a url' }],
    ['a locale of 10,000 characters', { ...base, locale: 'nl'.repeat(5_000) }],
    ['text that is an object', { ...base, text: { __proto__: 'x' } }],
    ['entities that is a string', { ...base, entities: 'mention' }],
    ['entities that is null (botbuilder reads its length)', { ...base, entities: null }],
    ['channelData that is a list', { ...base, channelData: [1, 2] }],
  ])('refuses %s with 400 before any turn runs', async (_name, body) => {
    const { logger, lines } = memoryLogger();
    app = await startTestApp({}, { logger });
    const res = await post(app, body);
    expect(res.status).toBe(400);
    expect(lines().filter((l) => l['msg'] === 'turn failed')).toEqual([]);
  });

  it('still serves an ordinary activity with optional fields set to null', async () => {
    app = await startTestApp();
    const [reply] = await replies(app, { ...base, replyToId: null, name: null, locale: null, text: 'help', channelData: null });
    expect(textOf(reply!)).toContain('Wat kan ik voor je doen?');
  });

  it('serves a conversationUpdate whose lists are null, without a failed turn', async () => {
    const { logger, lines } = memoryLogger();
    app = await startTestApp({}, { logger });
    const res = await post(app, { ...base, type: 'conversationUpdate', membersAdded: null, membersRemoved: null, attachments: null });
    expect(res.status).toBe(200);
    expect(lines().filter((l) => l['msg'] === 'turn failed')).toEqual([]);
  });
});
