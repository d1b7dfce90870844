// A token bucket per client: `burst` requests at once, refilled at `perMinute`. Pure (the
// clock is passed in), so the server keeps one in memory and tests drive time by hand.

export type RateLimit = { perMinute: number; burst: number };

type Bucket = { tokens: number; at: number };

/** Creates a limiter; `take(client, nowMs)` is true when the client may go ahead. */
export function createRateLimiter({ perMinute, burst }: RateLimit, maxClients = 10_000) {
  const buckets = new Map<string, Bucket>();
  const refill = (b: Bucket, now: number) => {
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 60_000) * perMinute);
    b.at = now;
  };
  return {
    take(client: string, now: number): boolean {
      let bucket = buckets.get(client);
      if (!bucket) {
        // Forget the oldest clients rather than grow without bound under a flood of new ones.
        if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
        bucket = { tokens: burst, at: now };
        buckets.set(client, bucket);
      }
      refill(bucket, now);
      // Refills are sums of fractions: 0.9999999999 of a token is a token.
      if (bucket.tokens < 1 - 1e-9) return false;
      bucket.tokens -= 1;
      return true;
    },
    /** Gives back what a take() used, e.g. after a sign-in that turned out right. */
    refund(client: string): void {
      const bucket = buckets.get(client);
      if (bucket) bucket.tokens = Math.min(burst, bucket.tokens + 1);
    },
  };
}
