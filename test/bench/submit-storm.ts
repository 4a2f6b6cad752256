// `npm run bench` (issue 12, "Tests and figures"): 1,000 concurrent `log intervisie` submits and 200 duplicates (the
// same card pressed again: Teams redelivering, a double click) over HTTP against the compiled bot on Azurite. Every
// request is sent at once. Afterwards: stored sessions = distinct cards, none lost, no confirmation of a session that
// is not stored, and the region read (storage/tables/region-mirror.ts) sees the same sessions as the practices' own.
// `npm run bench -- storm [--submits=1000 --duplicates=200 --practices=50]` runs only this.
import { randomUUID } from 'node:crypto';
import pLimit from 'p-limit';
import { idFromKey } from '../../storage/keys.js';
import { buildState } from '../../scripts/lib/build-state.js';
import { LOGGED_MARK, intervisieSubmit } from './activities.js';
import { percentile, runRound, type Turn } from './load.js';
import { fmt, fmtInt, machine, table } from './measure.js';
import { addDays, benchPractice, seedLinkedPractice } from './seed.js';
import { botExit, startTurnStack } from './turn-stack.js';

export interface StormSize {
  submits: number;
  duplicates: number;
  practices: number;
}

const arg = (argv: readonly string[], name: string, fallback: number): number => {
  const found = argv.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.slice(name.length + 3));
};

export function stormSize(argv: readonly string[]): StormSize {
  return { submits: arg(argv, 'submits', 1_000), duplicates: arg(argv, 'duplicates', 200), practices: arg(argv, 'practices', 50) };
}

/** Bench practices of the storm: after the turn bench's, so both can share nothing by accident. */
const STORM_FIRST = 5_000;

export async function submitStorm(size: StormSize = stormSize([])): Promise<{ ok: boolean }> {
  const build = buildState();
  if (build.state !== 'fresh') throw new Error(`${build.detail}: run \`npm run build\` first (\`npm run bench\` does)`);
  console.log(`\nSubmit storm (issue 12 §3); machine: ${machine()}`);
  const stack = await startTurnStack();
  try {
    const practices = Array.from({ length: size.practices }, (_, i) => benchPractice(STORM_FIRST + i));
    // a few at a time: the seed is not what is measured, and a loaded machine must not time it out
    const seedLimit = pLimit(4);
    await Promise.all(practices.map((p) => seedLimit(() => seedLinkedPractice(stack.stores, p))));
    const date = addDays(new Date().toISOString().slice(0, 10), -1);
    const cards = Array.from({ length: size.submits }, (_, i) => ({ practice: i % size.practices, cardId: randomUUID() }));
    // a duplicate is the same card (same id, same values) sent again in a new activity
    const sends = [...cards, ...cards.slice(0, size.duplicates)].map((c) =>
      intervisieSubmit(practices[c.practice]?.teamId ?? '', date, c.cardId),
    );
    const started = process.hrtime.bigint();
    const turns: Turn[] = (await runRound(stack.botUrl, sends.length, sends.length, (i) => sends[i] ?? {})).flat();
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const crashed = botExit(stack.bot);
    if (crashed) throw new Error(`the bot stopped during the storm: ${crashed}`);

    const stored = (await Promise.all(practices.map((p) => stack.stores.intervisie.list(p.id)))).flat();
    const storedIds = new Set(stored.map((s) => s.id));
    const lost = cards.filter((c) => !storedIds.has(idFromKey(c.cardId))).length;
    const confirmed = turns.filter((t) => t.ok && t.body.includes(LOGGED_MARK));
    const falselyConfirmed = confirmed.filter((t) => {
      const cardId = (t.sent as { value?: { cardId?: string } }).value?.cardId ?? '';
      return !storedIds.has(idFromKey(cardId));
    }).length;
    const failed = turns.filter((t) => !t.ok).length;
    // a card whose every answer failed but whose session is stored: the user was not told it was
    const confirmedCards = new Set(confirmed.map((t) => (t.sent as { value?: { cardId?: string } }).value?.cardId));
    const storedUntold = cards.filter((c) => storedIds.has(idFromKey(c.cardId)) && !confirmedCards.has(c.cardId)).length;
    const region = await stack.stores.records.listByRegion('hoog');
    const ours = new Set(practices.map((p) => p.id));
    const inRegion = region.filter((r) => ours.has(r.practice.id)).reduce((n, r) => n + r.records.intervisie.length, 0);
    const ms = turns.map((t) => t.ms);
    console.log(
      table(
        [
          'sent',
          'distinct',
          'stored',
          'lost',
          'confirmed',
          'confirmed, not stored',
          'failed',
          'region read',
          'wall s',
          'p50 ms',
          'p95 ms',
          'max ms',
        ],
        [
          [
            fmtInt(sends.length),
            fmtInt(cards.length),
            fmtInt(stored.length),
            fmtInt(lost),
            fmtInt(confirmed.length),
            fmtInt(falselyConfirmed),
            fmtInt(failed),
            fmtInt(storedUntold),
            fmtInt(inRegion),
            fmt(wallMs / 1000, 1),
            fmtInt(percentile(ms, 50)),
            fmtInt(percentile(ms, 95)),
            fmtInt(Math.max(...ms)),
          ],
        ],
      ),
    );
    console.log(
      `${fmtInt(size.submits)} cards over ${size.practices} practice teams, all sent at once with ${fmtInt(size.duplicates)} of them again; ` +
        '"lost": a distinct card not stored; "failed": no 200 answer. Goal: stored = distinct, lost 0, ' +
        'confirmed-not-stored 0, region read = stored.',
    );
    // What the turns that did not confirm answered, grouped (status line or error), so a "NOT met" says why.
    const reasons = new Map<string, number>();
    for (const t of turns.filter((x) => !(x.ok && x.body.includes(LOGGED_MARK)))) {
      // the first text of the answer card (its title), or the error
      const title = /"text":"([^"]{1,80})"/.exec(t.body)?.[1];
      const reason = `${t.ok ? '200' : 'no answer'}: ${title ?? t.body.slice(0, 80).replace(/\s+/g, ' ')}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of reasons) console.log(`  not confirmed ×${n}: ${reason}`);
    const ok = stored.length === cards.length && lost === 0 && falselyConfirmed === 0 && inRegion === stored.length;
    console.log(`Storm ${ok ? 'met' : 'NOT met'}. Machine after the run: ${machine()}`);
    return { ok };
  } finally {
    await stack.stop();
  }
}
