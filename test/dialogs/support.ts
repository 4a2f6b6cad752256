// Drives the real bot with dialogs/' handlers over HTTP (expectReplies), memory stores and a fixed clock.
import * as z from 'zod';
import type { Env } from '../../bot/config.js';
import type { App, AppDeps } from '../../bot/main.js';
import type { Practice, Stores } from '../../storage/ports.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import {
  BOT_ID,
  FIXED_NOW,
  activity,
  message,
  replies,
  startTestApp,
  textOf,
  type ActivityOptions,
  type ReplyActivity,
} from '../bot/support.js';

export { FIXED_NOW, textOf, type ReplyActivity };

export interface Harness {
  app: App;
  stores: Stores;
  /** A typed message; in a channel with the bot @mentioned. */
  say(text: string, o?: ActivityOptions): Promise<ReplyActivity[]>;
  /** A card button (Action.Submit): the payload is what Teams sends as activity.value. */
  submit(value: Record<string, unknown>, o?: ActivityOptions): Promise<ReplyActivity[]>;
  /**
   * A Universal Action (Action.Execute invoke) as Teams sends it: `card` is what replaces the clicked card (the
   * invoke response), `replies` the new messages of the turn.
   */
  execute(value: Record<string, unknown>, o?: ActivityOptions): Promise<Executed>;
  close(): Promise<void>;
}

const MENTION = '<at>MTVP-assistent</at>';

export interface Executed {
  card: Record<string, unknown>;
  replies: ReplyActivity[];
}

const InvokeAnswer = z.object({
  type: z.literal('invokeResponse'),
  value: z.object({
    status: z.literal(200),
    body: z.object({ type: z.literal('application/vnd.microsoft.card.adaptive'), value: z.record(z.string(), z.unknown()) }),
  }),
});

/** Splits an expectReplies invoke turn into its invoke response (the card) and its other replies. */
function executed(rs: readonly ReplyActivity[]): Executed {
  const answer = rs.map((r) => InvokeAnswer.safeParse(r)).find((p) => p.success)?.data;
  if (answer === undefined) throw new Error(`no card in the invoke response: ${JSON.stringify(rs)}`);
  return { card: answer.value.body.value, replies: rs.filter((r) => r.type !== 'invokeResponse') };
}

export async function startHarness(now: Date = FIXED_NOW, env: Env = {}, deps: Pick<AppDeps, 'exports'> = {}): Promise<Harness> {
  const stores = createMemoryStores();
  const app = await startTestApp(env, { stores, now: () => now, ...deps });
  const channel = (o: ActivityOptions = {}): ActivityOptions => ({ channel: true, ...o });
  return {
    app,
    stores,
    say: (text, o) => {
      const opts = channel(o);
      if (!opts.channel) return replies(app, message(text, opts));
      const entities = [{ type: 'mention', text: MENTION, mentioned: { id: BOT_ID, name: 'MTVP-assistent' } }];
      return replies(app, message(`${MENTION} ${text}`, { ...opts, extra: { ...opts.extra, entities } }));
    },
    submit: (value, o) => replies(app, activity('message', { ...channel(o), extra: { ...o?.extra, value } })),
    execute: async ({ verb, ...data }, o) => {
      const value = { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' };
      const opts = channel(o);
      return executed(
        await replies(
          app,
          activity('invoke', { ...opts, extra: { ...opts.extra, name: 'adaptiveCard/action', value, replyToId: 'card-activity-1' } }),
        ),
      );
    },
    close: () => app.close(),
  };
}

export const CARD_1 = '11111111-1111-4111-8111-111111111111';
export const CARD_2 = '22222222-2222-4222-8222-222222222222';
export const CARD_3 = '33333333-3333-4333-8333-333333333333';

export const TEAM = '19:team-general@thread.tacv2';

export const PRACTICE: Practice = {
  id: '01234567',
  name: 'Huisartsenpraktijk De Linde',
  agb: '01234567',
  region: 'hoog',
  subregion: 'apeldoorn',
  startDate: '2024-01-01',
  normpraktijken: 2.5,
  gps: 3,
  otherFunding: [],
  teamId: TEAM,
  channelId: TEAM,
};

/** A practice linked to the test team, as the link dialog would have saved it. */
export async function seedPractice(stores: Stores, over: Partial<Practice> = {}): Promise<Practice> {
  const practice = { ...PRACTICE, ...over };
  await stores.practices.save(practice, { actor: { id: 'seed' }, idempotencyKey: `seed-${practice.id}`, at: '2024-01-01T00:00:00.000Z' });
  return practice;
}

/** The card of the first reply that has one. */
export function cardOf(rs: readonly ReplyActivity[]): Record<string, unknown> {
  const content = rs.flatMap((r) => r.attachments ?? []).map((a) => a.content)[0];
  if (typeof content !== 'object' || content === null) throw new Error(`no card in ${JSON.stringify(rs)}`);
  return { ...content };
}

export function allText(rs: readonly ReplyActivity[]): string {
  return rs.map(textOf).join('\n');
}

/** Closes what a test started (a harness, a fake connector), in that order; parts it did not start are undefined. */
export async function closeAll(...parts: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  for (const part of parts) await part?.close();
}
