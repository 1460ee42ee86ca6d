/**
 * Rate limits: a token bucket per client (a session token, or the address for requests
 * without one). A client over its rate is refused (HTTP 429, or a refused WebSocket
 * message) and nobody else notices. Buckets idle long enough to be full are dropped.
 */
export interface Rate { perSecond: number; burst: number }

export const LIMITS = {
  /** A team's actions and reads: a human plus two bots end a week with a burst of actions. */
  team: { perSecond: 40, burst: 120 } as Rate,
  /** Join attempts per address: slow enough that guessing codes is hopeless. */
  join: { perSecond: 1, burst: 30 } as Rate,
  /** The facilitator's requests. */
  facilitator: { perSecond: 50, burst: 200 } as Rate,
  /** Anything else (health, static files) per address. */
  other: { perSecond: 100, burst: 400 } as Rate,
};

/** The largest message a client may send (an action is well under 1 KB). */
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** An event's creation may carry a scenario file (at most 1 MB) and the team list. */
export const MAX_EVENT_BYTES = 1024 * 1024 + 64 * 1024;

export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly rate: Rate, private readonly now: () => number = Date.now) {}

  /** Take one token for `key`; false when the client is over its rate. */
  take(key: string): boolean {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size > 50_000) this.prune(t);
      b = { tokens: this.rate.burst, at: t };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.rate.burst, b.tokens + ((t - b.at) / 1000) * this.rate.perSecond);
      b.at = t;
    }
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  private prune(t: number): void {
    const full = (this.rate.burst / this.rate.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (t - b.at > full) this.buckets.delete(k);
  }
}
