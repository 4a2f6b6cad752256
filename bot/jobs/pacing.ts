// Pacing of proactive sends to Teams' limits (issue 11 §5; learn.microsoft.com "Rate limiting for bots"): per bot and
// conversation 7 messages in any 1 s, 8 in 2 s, 60 in 30 s; per app and tenant 50 requests a second.
//
// The tenant limit is a p-queue in strict (sliding window) mode whose task *is* the request, so its start is the
// moment the request leaves. A conversation has three windows at once, which one p-queue cannot express; its messages
// go one at a time (a p-queue of concurrency 1, so cards keep their order) and each request first waits until the
// conversation's own log of send times has room in all three windows. Because nothing else of that conversation is
// sent meanwhile, room found before the tenant queue is still there when the request leaves.
import { setTimeout as sleep } from 'node:timers/promises';
import PQueue from 'p-queue';

export interface RateWindow {
  max: number;
  ms: number;
}

export interface DeliveryLimits {
  perConversation: readonly RateWindow[];
  perTenant: RateWindow;
  /** Added to every window: requests leave a little further apart than the limit, so network jitter cannot break it. */
  marginMs: number;
}

export const TEAMS_LIMITS: DeliveryLimits = {
  perConversation: [
    { max: 7, ms: 1_000 },
    { max: 8, ms: 2_000 },
    { max: 60, ms: 30_000 },
  ],
  perTenant: { max: 50, ms: 1_000 },
  marginMs: 40,
};

/** Send times of one conversation, newest last, kept as long as the longest window. */
class SendLog {
  private readonly stamps: number[] = [];
  constructor(private readonly windows: readonly RateWindow[]) {}

  /** How long until one more send fits every window (0: now). */
  waitMs(now: number): number {
    let wait = 0;
    for (const { max, ms } of this.windows) {
      const inWindow = this.stamps.filter((t) => t > now - ms);
      const oldest = inWindow[inWindow.length - max];
      if (inWindow.length >= max && oldest !== undefined) wait = Math.max(wait, oldest + ms - now);
    }
    return wait;
  }

  record(now: number): void {
    this.stamps.push(now);
    const longest = Math.max(...this.windows.map((w) => w.ms));
    while (this.stamps.length > 0 && (this.stamps[0] ?? now) <= now - longest) this.stamps.shift();
  }
}

interface Conversation {
  order: PQueue;
  log: SendLog;
}

export class Pacer {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tenants = new Map<string, PQueue>();

  constructor(private readonly limits: DeliveryLimits = TEAMS_LIMITS) {}

  private conversation(id: string): Conversation {
    let found = this.conversations.get(id);
    if (found === undefined) {
      const windows = this.limits.perConversation.map((w) => ({ max: w.max, ms: w.ms + this.limits.marginMs }));
      found = { order: new PQueue({ concurrency: 1 }), log: new SendLog(windows) };
      this.conversations.set(id, found);
    }
    return found;
  }

  private tenant(id: string): PQueue {
    let found = this.tenants.get(id);
    if (found === undefined) {
      const { max, ms } = this.limits.perTenant;
      found = new PQueue({ intervalCap: max, interval: ms + this.limits.marginMs, strict: true });
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
    for (let wait = log.waitMs(performance.now()); wait > 0; wait = log.waitMs(performance.now())) await sleep(wait);
    return this.tenant(tenantId).add(() => {
      log.record(performance.now());
      return send();
    });
  }
}
