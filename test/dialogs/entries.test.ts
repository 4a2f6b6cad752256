// Correcting and deleting entries (issue 13 §5), as transcripts: a manager corrects a session and deletes a count on
// the corrections card (in place, one confirmation each), status follows, a double click records once, an entry
// changed by someone else meanwhile is refused, and a member who is not a manager is told who can do it.
import { afterEach, describe, expect, it } from 'vitest';
import { AUDIT } from '../../dialogs/shared/ids.js';
import { CARD_1, CARD_2, CARD_3, PRACTICE, allText, seedPractice, startHarness, type Harness } from './support.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const CARD_4 = '44444444-4444-4444-8444-444444444444';
const JAN = '00000000-0000-0000-0000-0000000000a2';
const AS_JAN = { extra: { from: { id: '29:user-2', name: 'Jan Bakker', aadObjectId: JAN } } };
const SESSION = { date: '2025-03-10', minutes: '90', gpsPresent: '3', participants: '5', topic: 'Verwijzen naar de GGZ', note: '' };

/** The data of the first button with this verb on a card. */
function buttonOf(card: unknown, verb: string): Record<string, string> {
  const found: Record<string, string>[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (typeof x === 'object' && x !== null) {
      const o = x as Record<string, unknown>;
      // a button's data (an Action.Execute also carries the verb itself, next to its data)
      if (o['verb'] === verb && o['type'] === undefined) found.push(o as Record<string, string>);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  const [first] = found;
  if (first === undefined) throw new Error(`no ${verb} button on ${JSON.stringify(card)}`);
  return first;
}

async function withSession(x: Harness): Promise<void> {
  expect(allText(await x.submit({ verb: 'logIntervisie', cardId: CARD_1, ...SESSION }))).toContain('Intervisie vastgelegd');
}

describe('corrections (issue 13 §5)', () => {
  it('a manager corrects a session: the logging form prefilled, saved in place, status follows, the old one marked', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await withSession(h);
    const list = await h.say('correcties');
    expect(allText(list)).toContain('Intervisie 10-03-2025 · Verwijzen naar de GGZ · 90 min, 3 huisartsen');
    const edit = await h.execute({ ...buttonOf(list, 'editEntry'), cardId: CARD_2 });
    const form = JSON.stringify(edit.card);
    expect(form).toContain('Intervisie wijzigen');
    expect(form).toContain('"value":"Verwijzen naar de GGZ"');
    const target = buttonOf(edit.card, 'correctIntervisie');
    const saved = await h.execute({ ...target, ...SESSION, date: '2025-03-11', minutes: '60', gpsPresent: '2' });
    const text = JSON.stringify(saved.card);
    expect(text).toContain('Gewijzigd: Intervisie 10-03-2025 · Verwijzen naar de GGZ · 90 min, 3 huisartsen is nu Intervisie 11-03-2025');
    expect(text).toContain('gewijzigd door Anne de Vries op 15-03-2025');
    expect(saved.replies).toEqual([]);
    expect((await h.stores.records.get(PRACTICE.id)).intervisie).toEqual([{ date: '2025-03-11', minutes: 60, gpsPresent: 2 }]);
    expect((await h.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.entryCorrected)).toHaveLength(1);
  });

  it('refuses an implausible correction with a field error on the same form, and stores nothing', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await withSession(h);
    const edit = await h.execute({ ...buttonOf(await h.say('correcties'), 'editEntry'), cardId: CARD_2 });
    const refused = await h.execute({ ...buttonOf(edit.card, 'correctIntervisie'), ...SESSION, date: '2099-01-01' });
    const text = JSON.stringify(refused.card);
    expect(text).toContain('Intervisie wijzigen');
    expect(text).toMatch(/toekomst/);
    expect(buttonOf(refused.card, 'correctIntervisie')['entry']).toBe(buttonOf(edit.card, 'correctIntervisie')['entry']);
    expect((await h.stores.intervisie.list(PRACTICE.id)).map((s) => s.date)).toEqual(['2025-03-10']);
  });

  it('a manager deletes a count after confirming on the card; a double click records once; the history shows who', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    const ctx = { actor: { id: 'seed' }, idempotencyKey: 'count-1', at: '2025-03-14T09:00:00.000Z' };
    await h.stores.counts.add(PRACTICE.id, { metric: 'wor-referrals', from: '2025-01-01', to: '2025-03-14', value: 12 }, ctx);
    const list = await h.say('corrections');
    const ask = await h.execute({ ...buttonOf(list, 'removeEntry'), cardId: CARD_2 });
    expect(JSON.stringify(ask.card)).toContain('Weet je zeker dat je dit wilt verwijderen?');
    expect((await h.stores.records.get(PRACTICE.id)).counts).toHaveLength(1);
    const yes = { ...buttonOf(ask.card, 'confirmRemoveEntry'), cardId: CARD_3 };
    const [first, second] = [await h.execute(yes), await h.execute(yes)];
    for (const done of [first, second]) expect(JSON.stringify(done.card)).toContain('Verwijderd: ');
    expect(JSON.stringify(first.card)).toContain('verwijderd door Anne de Vries op 15-03-2025');
    expect((await h.stores.records.get(PRACTICE.id)).counts).toEqual([]);
    expect((await h.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.entryRemoved)).toHaveLength(1);
    expect((await h.stores.counts.history(PRACTICE.id)).map((e) => e.removed?.byName)).toEqual(['Anne de Vries']);
  });

  it('status follows a deleted session', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await withSession(h);
    const before = allText(await h.say('status'));
    const ask = await h.execute({ ...buttonOf(await h.say('correcties'), 'removeEntry'), cardId: CARD_2 });
    await h.execute({ ...buttonOf(ask.card, 'confirmRemoveEntry'), cardId: CARD_3 });
    const after = allText(await h.say('status'));
    expect(before).toMatch(/1 sessie/);
    expect(after).not.toMatch(/1 sessie/);
    expect((await h.stores.records.get(PRACTICE.id)).intervisie).toEqual([]);
  });

  it('an entry another manager changed meanwhile is not overwritten: a clear message, the list as it is now', async () => {
    h = await startHarness();
    await seedPractice(h.stores);
    await withSession(h);
    const list = await h.say('correcties');
    const ask = await h.execute({ ...buttonOf(list, 'removeEntry'), cardId: CARD_2 });
    await h.execute({ ...buttonOf(ask.card, 'confirmRemoveEntry'), cardId: CARD_3 });
    // the first card, still showing the entry as it was, tries to change it
    const late = await h.execute({ ...buttonOf(list, 'editEntry'), cardId: CARD_4 });
    expect(JSON.stringify(late.card)).toContain('Iemand anders heeft deze registratie intussen gewijzigd of verwijderd');
    const stale = await h.execute({ ...buttonOf(list, 'removeEntry'), verb: 'confirmRemoveEntry', cardId: CARD_4 });
    expect(JSON.stringify(stale.card)).toContain('Er is niets overschreven');
    expect((await h.stores.audit.list(PRACTICE.id)).filter((e) => e.action === AUDIT.entryRemoved)).toHaveLength(1);
  });

  it('a member who is not a manager is told who can, and nothing is written', async () => {
    h = await startHarness();
    await seedPractice(h.stores, { managers: [{ id: '00000000-0000-0000-0000-0000000000a1', name: 'Anne de Vries' }] });
    await withSession(h);
    const list = await h.say('correcties');
    const refused = allText(await h.say('correcties', AS_JAN));
    expect(refused).toContain('Dit mag alleen een beheerder van de praktijk');
    expect(refused).toContain('Anne de Vries');
    const click = allText(await h.submit({ ...buttonOf(list, 'removeEntry'), verb: 'confirmRemoveEntry', cardId: CARD_2 }, AS_JAN));
    expect(click).toContain('Anne de Vries');
    expect((await h.stores.intervisie.list(PRACTICE.id)).map((s) => s.topic)).toEqual([SESSION.topic]);
  });
});
