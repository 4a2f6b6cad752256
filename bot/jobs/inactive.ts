// A conversation that answered 403/404 (bot removed, blocked, conversation gone; issue 11 §5): marked on its stored
// reference (delivery skips it from then on) and, for a practice's channel, on the practice (the RHO summary lists
// it), with an ETag'd save. The next turn the bot receives from that team clears both (bot/teams-bot.ts).
import { ConcurrencyError } from '../../storage/errors.js';
import type { Inactive, Practice, Stores, StoredReference, Versioned, WriteContext } from '../../storage/ports.js';

const ATTEMPTS = 3;

const jobContext = (what: string, at: string): WriteContext => ({
  actor: { id: 'mtvp-jobs', name: 'MTVP-assistent' },
  idempotencyKey: what,
  at,
});

/** Saves the practice changed by `change` on the latest read, again when another write came first. */
async function updatePractice(
  stores: Stores,
  practiceId: string,
  change: (p: Practice) => Practice | undefined,
  ctx: WriteContext,
): Promise<Versioned<Practice> | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await stores.practices.get(practiceId);
    const next = current === undefined ? undefined : change(current.value);
    if (current === undefined || next === undefined) return current;
    try {
      return await stores.practices.save(next, ctx, current.etag);
    } catch (err) {
      if (!(err instanceof ConcurrencyError) || attempt >= ATTEMPTS) throw err;
    }
  }
}

export async function markInactive(stores: Stores, ref: StoredReference, inactive: Inactive): Promise<void> {
  await stores.references.markInactive(ref.conversationId, inactive);
  if (ref.practiceId === undefined || ref.kind !== 'channel') return;
  const ctx = jobContext(`inactive|${ref.conversationId}|${inactive.since}`, inactive.since);
  await updatePractice(
    stores,
    ref.practiceId,
    (p) => (p.channelInactive === undefined ? { ...p, channelInactive: inactive } : undefined),
    ctx,
  );
}

/** A turn from the practice's team: the bot is there again, so its channel is no longer inactive. */
export async function clearChannelInactive(stores: Stores, practice: Versioned<Practice>, now: Date): Promise<Versioned<Practice>> {
  const since = practice.value.channelInactive?.since;
  if (since === undefined) return practice;
  const ctx = jobContext(`active|${practice.value.id}|${since}`, now.toISOString());
  const cleared = await updatePractice(
    stores,
    practice.value.id,
    ({ channelInactive, ...rest }) => (channelInactive === undefined ? undefined : rest),
    ctx,
  );
  return cleared ?? practice;
}
