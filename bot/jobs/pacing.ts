// Pacing of proactive sends to Teams' limits (issue 11 §5; learn.microsoft.com "Rate limiting for bots"): per bot and
// conversation 7 messages in any 1 s, 8 in 2 s, 60 in 30 s; per app and tenant 50 requests a second.
//
// Teams counts a request when it arrives, which lies between the moment it left and the moment its answer came back.
// So a request here counts from its answer, or from when it left plus `transitMs` if the answer is slower than that:
// nothing can then arrive inside a window it was not counted in, without a fixed margin on every window. With a fast
// connector (the test connector, or Teams nearby) a window costs 1 s plus one round trip. `transitMs` is 1 s: with
// 100 ms, a busy event loop (a GC pause, 64 storage writes at once) held requests longer than that before they arrived,
// so some counted too early and came back 429 (20–46 per 1,000 on a quiet machine, each slowing delivery through the
// adaptive margin); with 1 s none did, and only an answer slower than 1 s frees its slot before the answer came.
//
// - Tenant: a p-queue of concurrency 50 whose task is the request *and* the window after it: a slot is given back a
//   window after the request counted, so at most 50 count in any window. A 429 keeps its slot for its Retry-After.
// - Conversation: three windows at once, which one p-queue cannot express; its messages go one at a time (a p-queue of
//   concurrency 1, so cards keep their order) and each request first waits until the conversation's own log of
//   request times has room in all three windows. Nothing else of that conversation is sent meanwhile.
// - Adaptive margin: every 429 adds `adaptive.stepMs` to all windows (up to `maxMs`); each answered request takes
//   `decayMs` off again, so a burst of 429s (another sender on the same app, a slower Teams) slows delivery down and
//   it speeds up again slowly once Teams accepts again.
import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';
import { failureOf } from './retry.js';

export interface RateWindow {
  max: number;
  ms: number;
}

export interface DeliveryLimits {
  perConversation: readonly RateWindow[];
  perTenant: RateWindow;
  /** Longest a request is taken to travel to Teams: it counts from its answer, or from when it left plus this. */
  transitMs: number;
  adaptive: { stepMs: number; maxMs: number; decayMs: number };
}

export const TEAMS_LIMITS: DeliveryLimits = {
  perConversation: [
    { max: 7, ms: 1_000 },
    { max: 8, ms: 2_000 },
    { max: 60, ms: 30_000 },
  ],
  perTenant: { max: 50, ms: 1_000 },
  transitMs: 1_000,
  adaptive: { stepMs: 20, maxMs: 250, decayMs: 0.5 },
};

/** Waits until performance.now() reached `deadline`: a timer counts from the event loop's cached time and can fire early. */
async function until(deadline: number): Promise<void> {
  for (let wait = deadline - performance.now(); wait > 0; wait = deadline - performance.now()) await sleep(Math.ceil(wait));
}

/** Request times of one conversation, newest last, kept as long as the longest window. */
class RequestLog {
  private readonly stamps: number[] = [];
  constructor(
    private readonly windows: readonly RateWindow[],
    private readonly keepMs: number,
  ) {}

  /** How long until one more request fits every window, each `extraMs` longer (0: now). */
  waitMs(now: number, extraMs: number): number {
    let wait = 0;
    for (const { max, ms } of this.windows) {
      const inWindow = this.stamps.filter((t) => t > now - ms - extraMs);
      const oldest = inWindow[inWindow.length - max];
      if (inWindow.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + ms + extraMs - now);
    }
    return wait;
  }

  record(at: number): void {
    this.stamps.push(at);
    while (this.stamps.length > 0 && (this.stamps[0] ?? at) <= at - this.keepMs) this.stamps.shift();
  }
}

interface Conversation {
  order: PQueue;
  log: RequestLog;
}

export class Pacer {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tenants = new Map<string, PQueue>();
  private extra = 0;

  constructor(private readonly limits: DeliveryLimits = TEAMS_LIMITS) {}

  /** The adaptive margin now, in ms (0 until Teams answered 429). */
  get marginMs(): number {
    return this.extra;
  }

  private conversation(id: string): Conversation {
    let found = this.conversations.get(id);
    if (found === undefined) {
      const { perConversation, adaptive } = this.limits;
      const keepMs = Math.max(...perConversation.map((w) => w.ms)) + adaptive.maxMs;
      found = { order: new PQueue({ concurrency: 1 }), log: new RequestLog(perConversation, keepMs) };
      this.conversations.set(id, found);
    }
    return found;
  }

  private tenant(id: string): PQueue {
    let found = this.tenants.get(id);
    if (found === undefined) {
      found = new PQueue({ concurrency: this.limits.perTenant.max });
      this.tenants.set(id, found);
    }
    return found;
  }

  /** Runs `work` (a message: one or more requests through `request`) after the conversation's earlier work. */
  inOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    return this.conversation(conversationId).order.add(work);
  }

  /** One request, at the first moment both the conversation's and the tenant's limits allow it. */
  async request<T>(conversationId: string, tenantId: string, send: () => Promise<T>): Promise<T> {
    const { log } = this.conversation(conversationId);
    for (let wait = log.waitMs(performance.now(), this.extra); wait > 0; wait = log.waitMs(performance.now(), this.extra))
      await sleep(Math.ceil(wait));
    return new Promise<T>((resolve, reject) => {
      // The slot is held for the request and the window after it; the caller has its answer as soon as it came.
      void this.tenant(tenantId).add(async () => {
        const left = performance.now();
        const outcome = await send().then(
          (value) => ({ ok: true as const, value }),
          (err: unknown) => ({ ok: false as const, err }),
        );
        const counted = Math.min(performance.now(), left + this.limits.transitMs);
        log.record(counted);
        const failure = outcome.ok ? undefined : failureOf(outcome.err);
        const { adaptive } = this.limits;
        this.extra =
          failure?.status === 429 ? Math.min(adaptive.maxMs, this.extra + adaptive.stepMs) : Math.max(0, this.extra - adaptive.decayMs);
        if (outcome.ok) resolve(outcome.value);
        else reject(outcome.err);
        const window = Math.max(this.limits.perTenant.ms + this.extra, failure?.status === 429 ? (failure.retryAfterMs ?? 0) : 0);
        await until(counted + window);
      });
    });
  }
}
