// "stop" as a new post (issue 13 §7) across two instances of the bot on the same Azure Tables (Azurite): the wizard
// runs in thread 1 on one instance, "stop" is posted as a new thread on the other, and the first instance then
// treats the wizard's card as done. Nothing about running wizards is kept in a process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/main.js';
import { seedPractice, TEAM } from '../dialogs/support.js';
import { startAzurite, type AzuriteTables } from '../support/azurite.js';
import { BOT_ID, message, replies, testConfig, textOf, type ReplyActivity } from './support.js';

let azurite: AzuriteTables;
let first: App;
let second: App;

beforeAll(async () => {
  azurite = await startAzurite();
  first = await createApp(testConfig({ STORAGE_CONNECTION_STRING: azurite.connectionString }));
  second = await createApp(testConfig({ STORAGE_CONNECTION_STRING: azurite.connectionString }));
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await azurite?.stop();
});

const MENTION = { type: 'mention', text: '<at>MTVP-assistent</at>', mentioned: { id: BOT_ID, name: 'MTVP-assistent' } };
const allText = (rs: readonly ReplyActivity[]) => rs.map(textOf).join('\n');

function inThread(n: number, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return message(`<at>MTVP-assistent</at> ${text}`, {
    channel: true,
    conversationId: `${TEAM};messageid=${n}`,
    extra: { entities: [MENTION], ...extra },
  });
}

describe('"stop" as a new post on another instance, on Azurite', () => {
  it('ends the wizard the user runs in another thread, and the first instance then treats its card as done', async () => {
    await seedPractice(first.stores);
    const started = allText(await replies(first, inThread(1, 'kies interventies 1')));
    const cardId = /"verb":"chooseInterventions","cardId":"([0-9a-f-]{36})"/.exec(started)?.[1];
    expect(cardId).toBeDefined();

    expect(allText(await replies(second, inThread(2, 'stop')))).toContain('Gestopt: kies interventies (jaar 1). Er is niets opgeslagen.');
    const value = { verb: 'chooseInterventions', cardId, year: '1', element: 'awp', nav: 'next', selected: 'awp.lean' };
    expect(allText(await replies(first, inThread(1, '', { value, text: undefined })))).toContain('Deze kaart is al afgehandeld');
    expect(allText(await replies(first, inThread(3, 'stop')))).toContain('Er loopt niets dat ik kan stoppen.');
  });
});
