// The reminders job's evaluation (issue 11 §3) with memory stores and a fake clock: which practices are due at `now`
// (working day, hour, holiday, frequency, snooze, off), one bundled card per practice to its channel, nothing when all
// is on track or the channel stopped accepting the bot, and a plan that fails a newer rule-set version.
import { describe, expect, it } from 'vitest';
import { evaluateReminders } from '../../dialogs/reminders/evaluate.js';
import { createMemoryStores } from '../../storage/memory/index.js';
import type { Practice, Stores } from '../../storage/ports.js';
import type { ReminderSettings } from '../../rules/reminder-settings.js';
import { expectValidCard, texts } from '../cards/card-checks.js';
import { PRACTICE, TEAM } from './support.js';

// Monday 30 November 2026, 09:30 in Amsterdam (CET = UTC+1).
const MONDAY_0930 = new Date('2026-11-30T08:30:00Z');
const WRITE = { actor: { id: 'seed' }, idempotencyKey: 'seed', at: '2024-01-01T00:00:00.000Z' };

async function seed(stores: Stores, over: Partial<Practice> = {}): Promise<Practice> {
  const practice = { ...PRACTICE, ...over };
  await stores.practices.save(practice, { ...WRITE, idempotencyKey: `seed-${practice.id}` });
  await stores.references.save({
    conversationId: practice.channelId ?? TEAM,
    practiceId: practice.id,
    kind: 'channel',
    reference: { conversation: { id: practice.channelId ?? TEAM } },
    updatedAt: WRITE.at,
  });
  return practice;
}

const evaluate = (stores: Stores, now: Date = MONDAY_0930) => evaluateReminders({ stores, now, rhoTeams: {} });
const settings = (s: Partial<ReminderSettings>): ReminderSettings => ({
  frequency: 'weekly',
  weekday: 1,
  hour: 9,
  snoozed: {},
  off: [],
  ...s,
});

/** A practice that starts next quarter: nothing missed, at risk or due within 14 days. */
const ON_TRACK: Partial<Practice> = {
  id: '07654321',
  agb: '07654321',
  name: 'Het Baken',
  startDate: '2027-04-01',
  teamId: '19:baken@thread.tacv2',
  channelId: '19:baken@thread.tacv2',
};

describe('reminders: one bundled card per due practice', () => {
  it('posts one card to the practice channel with the items, reason "reminder" and the ISO week as period', async () => {
    const stores = createMemoryStores();
    await seed(stores);
    const [message, ...rest] = await evaluate(stores);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      job: 'reminders',
      conversationId: TEAM,
      reason: 'reminder',
      period: '2026-W49',
      practiceId: PRACTICE.id,
      region: 'hoog',
    });
    expect(message?.cards).toHaveLength(1);
    const card = message?.cards[0] ?? {};
    expect(JSON.stringify(card)).not.toContain('${');
    const text = texts(expectValidCard({ card: card as never, warnings: [] }));
    expect(text).toContain('Herinnering voor Huisartsenpraktijk De Linde');
    expect(text).toContain('Er is nog geen plan opgeslagen');
    expect(text).toContain('Later herinneren');
    expect(text).toContain('Uitzetten');
    expect(message?.summary).toMatch(/aandacht bij Huisartsenpraktijk De Linde/);
  });

  it('evaluating again in the same period gives the same outbox key (job, conversation, reason, period)', async () => {
    const stores = createMemoryStores();
    await seed(stores);
    const first = await evaluate(stores);
    expect(await evaluate(stores)).toEqual(first);
    const key = (ms: typeof first) => ms.map((m) => [m.job, m.conversationId, m.reason, m.period]);
    const later = await evaluate(stores, new Date('2026-12-03T13:00:00Z'));
    expect(key(later)).toEqual(key(first));
  });

  it('nothing when all is on track', async () => {
    const stores = createMemoryStores();
    await seed(stores, ON_TRACK);
    expect(await evaluate(stores)).toEqual([]);
  });

  it('skips a practice whose channel stopped accepting the bot, and one without a team', async () => {
    const stores = createMemoryStores();
    await seed(stores);
    await seed(stores, { ...ON_TRACK, startDate: PRACTICE.startDate, teamId: undefined });
    expect(await evaluate(stores)).toHaveLength(1);
    // Practice.channelInactive is set by delivery (bot/jobs); here the practice is read with it set.
    const inactive = { since: WRITE.at, status: 403, reason: 'bot removed' };
    const records: Stores['records'] = {
      get: (id) => stores.records.get(id),
      listByRegion: async (region) =>
        (await stores.records.listByRegion(region)).map((p) => ({ ...p, practice: { ...p.practice, channelInactive: inactive } })),
    };
    expect(await evaluate({ ...stores, records })).toEqual([]);
  });
});

describe('reminders: when', () => {
  it.each([
    ['Monday 08:30, before the practice hour', '2026-11-30T07:30:00Z'],
    ['Saturday', '2026-12-05T10:00:00Z'],
    ['after working hours', '2026-12-01T17:30:00Z'],
    ['tweede paasdag (Monday 6 April 2026)', '2026-04-06T08:30:00Z'],
    ['Koningsdag (Monday 27 April 2026)', '2026-04-27T08:30:00Z'],
  ])('not due: %s', async (_, at) => {
    const stores = createMemoryStores();
    await seed(stores);
    expect(await evaluate(stores, new Date(at))).toEqual([]);
  });

  it('the day after a holiday Monday, from the practice hour', async () => {
    const stores = createMemoryStores();
    await seed(stores);
    expect(await evaluate(stores, new Date('2026-04-07T06:30:00Z'))).toEqual([]); // 08:30 CEST
    expect((await evaluate(stores, new Date('2026-04-07T07:00:00Z'))).map((m) => m.period)).toEqual(['2026-W15']);
  });

  it('the practice day and hour, two-weekly and off', async () => {
    const stores = createMemoryStores();
    await seed(stores, { reminders: settings({ weekday: 3, hour: 14 }) });
    expect(await evaluate(stores)).toEqual([]);
    expect(await evaluate(stores, new Date('2026-12-02T12:59:00Z'))).toEqual([]);
    expect(await evaluate(stores, new Date('2026-12-02T13:00:00Z'))).toHaveLength(1);
    const off = createMemoryStores();
    await seed(off, { reminders: settings({ frequency: 'off' }) });
    expect(await evaluate(off)).toEqual([]);
    const fortnight = createMemoryStores();
    await seed(fortnight, { reminders: settings({ frequency: 'two-weekly' }) });
    const periods = await Promise.all(
      ['2026-11-30T08:30:00Z', '2026-12-07T08:30:00Z', '2026-12-14T08:30:00Z'].map(
        async (at) => (await evaluate(fortnight, new Date(at)))[0]?.period,
      ),
    );
    expect(periods.every((p) => p?.endsWith('+2'))).toBe(true);
    expect(new Set(periods).size).toBe(2);
  });
});

describe('reminders: snooze and off per reason', () => {
  it('a snoozed reason is left out until its date; a reason turned off stays out; all out → no card', async () => {
    const stores = createMemoryStores();
    const all = await seed(stores);
    const [before] = await evaluate(stores);
    const reasons = ['nextYear', 'intervisie', 'counts', 'praktijkplan', 'milestones', 'planCheck'] as const;
    await stores.practices.save(
      { ...all, reminders: settings({ snoozed: { nextYear: '2026-12-07' }, off: reasons.filter((r) => r !== 'nextYear') }) },
      { ...WRITE, idempotencyKey: 'snooze' },
      (await stores.practices.get(all.id))?.etag,
    );
    expect(texts(before?.cards[0] as never)).toContain('Keuze van het programmajaar');
    expect(await evaluate(stores)).toEqual([]);
    const back = await evaluate(stores, new Date('2026-12-07T08:30:00Z'));
    expect(back.map((m) => m.period)).toEqual(['2026-W50']);
    const text = texts(back[0]?.cards[0] as never);
    expect(text).toContain('Keuze van het programmajaar');
    expect(text).not.toContain('Intervisie loggen');
  });
});

describe('reminders: a new rule-set version', () => {
  it('a saved plan that passed by an older version and fails now is an item with its findings and sources', async () => {
    const stores = createMemoryStores();
    await seed(stores);
    await stores.plans.saveVersion(
      {
        practiceId: PRACTICE.id,
        year: 1,
        interventions: [],
        verdict: { ok: true, ruleSet: 'hoog@2023', errors: 0, warnings: 0, ruleIds: [] },
      },
      { ...WRITE, idempotencyKey: 'plan-1' },
    );
    const [message] = await evaluate(stores);
    const text = texts(message?.cards[0] as never);
    expect(text).toContain('Plan en nieuwe regels');
    expect(text).toMatch(/voldoet niet aan de regels die nu gelden \(hoog@[\d.]+\)/);
    expect(text).toContain('Getoetst met een nieuwere versie dan bij het opslaan: jaar 1');
    expect(text).toMatch(/⛔ .*Bron: /s);
  });
});

describe('reminders: the channel conversation', () => {
  it("posts to the reference of the practice's own channel, not a thread or another chat; one reference query per run", async () => {
    const stores = createMemoryStores();
    await seed(stores);
    const other = { practiceId: PRACTICE.id, reference: {}, updatedAt: '2026-11-29T10:00:00.000Z' };
    await stores.references.save({ ...other, conversationId: `${TEAM};messageid=1764412800000`, kind: 'channel' });
    await stores.references.save({ ...other, conversationId: 'a:personal-chat', kind: 'personal' });
    await seed(stores, ON_TRACK);
    const linde = '19:linde@thread.tacv2';
    await seed(stores, { id: '01111111', agb: '01111111', name: 'De Linde', teamId: linde, channelId: linde });
    let queries = 0;
    const references: Stores['references'] = {
      ...stores.references,
      save: (ref) => stores.references.save(ref),
      get: (id) => stores.references.get(id),
      markInactive: (id, inactive) => stores.references.markInactive(id, inactive),
      listByPractice: (id) => {
        queries += 1;
        return stores.references.listByPractice(id);
      },
      listChannels: () => {
        queries += 1;
        return stores.references.listChannels();
      },
    };
    const messages = await evaluate({ ...stores, references });
    expect(messages.map((m) => m.conversationId).sort()).toEqual([linde, TEAM].sort());
    // two cards, one query for the channel references of all practices
    expect(queries).toBe(1);
  });

  it('without a reference of its channel yet, a practice gets nothing (the bot has not heard from that channel)', async () => {
    const stores = createMemoryStores();
    await stores.practices.save(PRACTICE, WRITE);
    expect(await evaluate(stores)).toEqual([]);
  });
});
