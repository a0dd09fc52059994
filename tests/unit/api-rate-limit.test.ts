import { describe, expect, it } from "vitest";
import { clientAddress, rateLimitKey } from "@/lib/client-address";
import { createRateLimiter, type RatePolicy } from "@/lib/domain/token-bucket";
import { parseEnv } from "@/lib/env";

/** A limiter on a clock the test moves by hand. */
function limiterAt(policy: RatePolicy, options: { maxKeys?: number } = {}) {
  const clock = { ms: Date.UTC(2026, 10, 21, 12) };
  const limiter = createRateLimiter(policy, { now: () => clock.ms, ...options });
  return { limiter, advance: (ms: number) => (clock.ms += ms) };
}

const takeMany = (limiter: { take(key: string): { allowed: boolean } }, key: string, n: number) =>
  Array.from({ length: n }, () => limiter.take(key).allowed).filter(Boolean).length;

describe("the API's token bucket", () => {
  it("allows the burst at once and refuses the next request, counting down what remains", () => {
    const { limiter } = limiterAt({ perMinute: 120, burst: 60 });
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 59 });
    expect(takeMany(limiter, "a", 58)).toBe(58);
    expect(limiter.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take("a")).toMatchObject({ allowed: false, remaining: 0 });
  });

  it("refills at the per-minute rate: one request every 500 ms at 120 a minute, never more than the burst", () => {
    const { limiter, advance } = limiterAt({ perMinute: 120, burst: 60 });
    takeMany(limiter, "a", 60);
    advance(499);
    expect(limiter.take("a").allowed).toBe(false);
    advance(1);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    advance(10_000);
    expect(takeMany(limiter, "a", 100)).toBe(20);
    advance(60 * 60_000);
    expect(takeMany(limiter, "a", 100)).toBe(60);
  });

  it("sustains the per-minute rate over a long run", () => {
    const { limiter, advance } = limiterAt({ perMinute: 120, burst: 10 });
    let allowed = 0;
    for (let second = 0; second <= 600; second++) {
      allowed += takeMany(limiter, "a", 5);
      if (second < 600) advance(1000);
    }
    // Ten minutes at 120 a minute, plus the burst the bucket started with.
    expect(allowed).toBe(10 * 120 + 10);
  });

  it("says in whole seconds, rounded up, when the next request will be allowed; a refused request takes nothing", () => {
    const { limiter, advance } = limiterAt({ perMinute: 6, burst: 2 });
    takeMany(limiter, "a", 2);
    expect(limiter.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 10 });
    advance(4_000);
    expect(limiter.take("a")).toMatchObject({ retryAfterSeconds: 6 });
    expect(limiter.take("a")).toMatchObject({ retryAfterSeconds: 6 });
    advance(5_500);
    expect(limiter.take("a")).toMatchObject({ retryAfterSeconds: 1 });
    advance(500);
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("never asks for less than a second, even at a high rate", () => {
    const { limiter } = limiterAt({ perMinute: 6000, burst: 1 });
    limiter.take("a");
    expect(limiter.take("a")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("keeps each address's budget apart", () => {
    const { limiter } = limiterAt({ perMinute: 60, burst: 3 });
    expect(takeMany(limiter, "203.0.113.7", 5)).toBe(3);
    expect(limiter.take("203.0.113.8")).toEqual({ allowed: true, remaining: 2 });
    expect(takeMany(limiter, "2001:db8:1:2::/64", 5)).toBe(3);
    expect(limiter.take("203.0.113.7").allowed).toBe(false);
  });

  it("does not refill the same time twice when the clock steps back", () => {
    const { limiter, advance } = limiterAt({ perMinute: 60, burst: 2 });
    takeMany(limiter, "a", 2);
    advance(-30_000);
    expect(limiter.take("a").allowed).toBe(false);
    advance(30_000);
    expect(limiter.take("a").allowed).toBe(false);
    advance(1_000);
    expect(limiter.take("a").allowed).toBe(true);
  });

  it("keeps a bounded number of addresses, forgetting quiet ones (full buckets) first, then the least recently seen", () => {
    const { limiter, advance } = limiterAt({ perMinute: 60, burst: 5 }, { maxKeys: 100 });
    for (let i = 0; i < 99; i++) limiter.take(`quiet-${i}`);
    advance(60_000);
    takeMany(limiter, "busy", 5);
    for (let i = 0; i < 50; i++) limiter.take(`new-${i}`);
    expect(limiter.size).toBe(51);
    expect(limiter.take("busy").allowed).toBe(false);
    // A flood of new addresses: "busy" keeps asking, so it stays tracked and keeps being refused.
    for (let i = 0; i < 1000; i++) {
      limiter.take(`flood-${i}`);
      if (i % 10 === 0) expect(limiter.take("busy").allowed).toBe(false);
      expect(limiter.size).toBeLessThanOrEqual(100);
    }
  });
});

describe("the client's address", () => {
  const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

  it("is the socket's address that next start puts in X-Forwarded-For when the client sent none", () => {
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(headers("::1"), 0)).toBe("::1");
  });

  it("is the entry the outermost trusted proxy appended: what the client wrote to the left of it is ignored", () => {
    expect(clientAddress(headers("1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("1.1.1.1,203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientAddress(headers("evil, 1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("is unknown without the header, with fewer entries than trusted proxies, or when the entry is not an address", () => {
    expect(clientAddress(headers(), 0)).toBeNull();
    expect(clientAddress(headers("203.0.113.7"), 2)).toBeNull();
    expect(clientAddress(headers("1.1.1.1, <script>"), 1)).toBeNull();
    expect(clientAddress(headers(""), 0)).toBeNull();
    expect(clientAddress(headers("unknown"), 0)).toBeNull();
    expect(clientAddress(headers("999.1.1.1"), 0)).toBeNull();
  });

  it("drops a port and IPv6 brackets that some proxies write", () => {
    expect(clientAddress(headers("203.0.113.7:51234"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headers("[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientAddress(headers("[2001:DB8::1]"), 1)).toBe("2001:db8::1");
  });

  it("counts an IPv6 client by its /64, which it can rotate addresses within, and an unknown one in one shared budget", () => {
    expect(rateLimitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:0db8:0001:0002:0:0:0:9")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:3::1")).not.toBe(rateLimitKey("2001:db8:1:2::1"));
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("64:ff9b::203.0.113.7")).toBe("64:ff9b:0:0::/64");
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey(null)).toBe("unknown");
  });
});

describe("the rate limit's settings", () => {
  it("default to 120 a minute with a burst of 60 per address, behind no proxy", () => {
    expect(parseEnv({})).toMatchObject({ PARLEY_API_RATE_PER_MINUTE: 120, PARLEY_API_RATE_BURST: 60, PARLEY_TRUSTED_PROXIES: 0 });
  });

  it("are read from the environment and refused when they are not whole numbers in range", () => {
    expect(parseEnv({ PARLEY_API_RATE_PER_MINUTE: " 600 ", PARLEY_API_RATE_BURST: "100", PARLEY_TRUSTED_PROXIES: "1" })).toMatchObject({
      PARLEY_API_RATE_PER_MINUTE: 600,
      PARLEY_API_RATE_BURST: 100,
      PARLEY_TRUSTED_PROXIES: 1,
    });
    expect(() => parseEnv({ PARLEY_API_RATE_PER_MINUTE: "0" })).toThrow(/PARLEY_API_RATE_PER_MINUTE/);
    expect(() => parseEnv({ PARLEY_API_RATE_BURST: "lots" })).toThrow(/PARLEY_API_RATE_BURST/);
    expect(() => parseEnv({ PARLEY_TRUSTED_PROXIES: "-1" })).toThrow(/PARLEY_TRUSTED_PROXIES/);
  });
});
