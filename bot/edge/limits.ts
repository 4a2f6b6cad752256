// Rate limits of POST /api/messages (issue 12 §1), in memory and so per instance: with N instances behind a load
// balancer a client gets up to N times the budget. rate-limiter-flexible (maintained, no dependencies) counts fixed
// windows: `points` per `windowSeconds`, so a window's whole budget may arrive as one burst.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateWindow {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface RateLimits {
  /** Failed requests (400, 401, 413, 415) per client IP; past it, every request from that IP gets 429 until the window ends. */
  readonly failedPerIp: RateWindow;
  /** Authenticated activities per tenant. */
  readonly perTenant: RateWindow;
  /** Authenticated activities per conversation (a personal chat, a group chat or a channel thread). */
  readonly perConversation: RateWindow;
}

export interface EdgeLimiter {
  /** Seconds until the IP may try again when it failed too often, else undefined. Costs nothing. */
  ipBlocked(ip: string): Promise<number | undefined>;
  /** Counts one failed request against the IP. */
  failed(ip: string): Promise<void>;
  /** Counts one authenticated activity; seconds to wait when the tenant or the conversation is over its budget. */
  admit(tenantId: string, conversationId: string): Promise<number | undefined>;
}

const limiter = (prefix: string, w: RateWindow): RateLimiterMemory =>
  new RateLimiterMemory({ keyPrefix: prefix, points: w.points, duration: w.windowSeconds });

/** Whole seconds for Retry-After, at least 1 (0 would invite an immediate retry into the same window). */
const retrySeconds = (msBeforeNext: number): number => Math.max(1, Math.ceil(msBeforeNext / 1000));

/** rate-limiter-flexible rejects with its result object when the budget is spent; anything else is a real error. */
async function consume(l: RateLimiterMemory, key: string): Promise<number | undefined> {
  try {
    await l.consume(key);
    return undefined;
  } catch (rejection: unknown) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return retrySeconds(rejection.msBeforeNext);
  }
}

export function createEdgeLimiter(limits: RateLimits): EdgeLimiter {
  const ips = limiter('ip-failed', limits.failedPerIp);
  const tenants = limiter('tenant', limits.perTenant);
  const conversations = limiter('conversation', limits.perConversation);
  return {
    async ipBlocked(ip) {
      const res = await ips.get(ip);
      return res !== null && res.consumedPoints >= limits.failedPerIp.points ? retrySeconds(res.msBeforeNext) : undefined;
    },
    async failed(ip) {
      await ips.penalty(ip, 1);
    },
    async admit(tenantId, conversationId) {
      // The conversation first: one chatty conversation must not spend its tenant's budget once it is refused.
      const conversation = await consume(conversations, `${tenantId}|${conversationId}`);
      if (conversation !== undefined) return conversation;
      return consume(tenants, tenantId);
    },
  };
}
