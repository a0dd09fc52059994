import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientAddress, rateLimitKey } from "@/lib/client-address";
import { parseEnv } from "@/lib/env";
import { createApiBudget, type ApiBudget } from "@/lib/rate-limits";

// rate-limiter-flexible's memory store reads Date.now() and expires keys with setTimeout, both of
// which vitest's fake timers replace: the budget runs on a clock the test moves by hand.
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 21, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

async function takeMany(budget: ApiBudget, key: string, n: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < n; i++) if ((await budget.take(key)).allowed) allowed++;
  return allowed;
}

describe("the API's budget", () => {
  it("allows the burst at once and refuses the next request, counting down what remains", async () => {
    const budget = createApiBudget({ perMinute: 120, burst: 60 });
    expect(budget.limit).toBe(60);
    expect(await budget.take("a")).toEqual({ allowed: true, remaining: 59 });
    expect(await takeMany(budget, "a", 58)).toBe(58);
    expect(await budget.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(await budget.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
  });

  it("lets 60 requests sent together through and refuses the 61st", async () => {
    const budget = createApiBudget({ perMinute: 120, burst: 60 });
    const verdicts = await Promise.all(Array.from({ length: 61 }, () => budget.take("a")));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(60);
    expect(verdicts[60]).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("then serves the per-minute rate, two a second at 120 a minute, and never more than the burst at once", async () => {
    const budget = createApiBudget({ perMinute: 120, burst: 60 });
    await takeMany(budget, "a", 60);
    vi.advanceTimersByTime(999);
    expect((await budget.take("a")).allowed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await budget.take("a")).toEqual({ allowed: true, remaining: 1 });
    expect(await budget.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect((await budget.take("a")).allowed).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(await takeMany(budget, "a", 100)).toBe(2);
    vi.advanceTimersByTime(60 * 60_000);
    expect(await takeMany(budget, "a", 100)).toBe(60);
  });

  it("gives the burst back once the steady rate would have earned it: after 29 s at 60 and 120 a minute", async () => {
    const budget = createApiBudget({ perMinute: 120, burst: 60 });
    await takeMany(budget, "a", 60);
    vi.advanceTimersByTime(28_000);
    expect(await takeMany(budget, "a", 100)).toBe(2);
    vi.advanceTimersByTime(1_000);
    expect(await takeMany(budget, "a", 100)).toBe(60);
  });

  it("holds an address that never pauses to between the per-minute rate and twice it", async () => {
    const budget = createApiBudget({ perMinute: 120, burst: 60 });
    let allowed = 0;
    for (let second = 0; second <= 600; second++) {
      allowed += await takeMany(budget, "a", 5);
      if (second < 600) vi.advanceTimersByTime(1000);
    }
    // Ten minutes at 120 a minute, plus the burst it started with; at most twice that.
    expect(allowed).toBeGreaterThanOrEqual(10 * 120 + 60);
    expect(allowed).toBeLessThanOrEqual(2 * (10 * 120 + 60));
  });

  it("holds the per-minute rate when it is below the burst: 3 at once, then one a minute", async () => {
    const budget = createApiBudget({ perMinute: 1, burst: 3 });
    expect(await takeMany(budget, "a", 3)).toBe(3);
    expect(await budget.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 60 });
    vi.advanceTimersByTime(60_000);
    expect(await budget.take("a")).toEqual({ allowed: true, remaining: 0 });
    expect(await budget.take("a")).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
  });

  it("says in whole seconds, rounded up, when the next request will be allowed; a refused request takes nothing", async () => {
    const budget = createApiBudget({ perMinute: 6, burst: 2 });
    await takeMany(budget, "a", 2);
    expect(await budget.take("a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 10 });
    vi.advanceTimersByTime(4_000);
    expect(await budget.take("a")).toMatchObject({ retryAfterSeconds: 6 });
    expect(await budget.take("a")).toMatchObject({ retryAfterSeconds: 6 });
    vi.advanceTimersByTime(5_500);
    expect(await budget.take("a")).toMatchObject({ retryAfterSeconds: 1 });
    vi.advanceTimersByTime(500);
    expect((await budget.take("a")).allowed).toBe(true);
  });

  it("never asks for less than a second, even at a high rate", async () => {
    const budget = createApiBudget({ perMinute: 6000, burst: 100 });
    expect(await takeMany(budget, "a", 100)).toBe(100);
    vi.advanceTimersByTime(999);
    expect(await budget.take("a")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it("lets through at once at least what one second of the rate allows, and says so in its limit", async () => {
    const budget = createApiBudget({ perMinute: 600, burst: 1 });
    expect(budget.limit).toBe(10);
    expect(await takeMany(budget, "a", 20)).toBe(10);
  });

  it("keeps each address's budget apart", async () => {
    const budget = createApiBudget({ perMinute: 60, burst: 3 });
    expect(await takeMany(budget, "203.0.113.7", 5)).toBe(3);
    expect(await budget.take("203.0.113.8")).toEqual({ allowed: true, remaining: 2 });
    expect(await takeMany(budget, "2001:db8:1:2::/64", 5)).toBe(3);
    expect((await budget.take("203.0.113.7")).allowed).toBe(false);
  });
});

describe("the client's address", () => {
  const headers = (forwardedFor?: string) =>
    new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor });

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
    expect(parseEnv({})).toMatchObject({
      PARLEY_API_RATE_PER_MINUTE: 120,
      PARLEY_API_RATE_BURST: 60,
      PARLEY_TRUSTED_PROXIES: 0,
    });
  });

  it("are read from the environment and refused when they are not whole numbers in range", () => {
    expect(
      parseEnv({ PARLEY_API_RATE_PER_MINUTE: " 600 ", PARLEY_API_RATE_BURST: "100", PARLEY_TRUSTED_PROXIES: "1" }),
    ).toMatchObject({
      PARLEY_API_RATE_PER_MINUTE: 600,
      PARLEY_API_RATE_BURST: 100,
      PARLEY_TRUSTED_PROXIES: 1,
    });
    expect(() => parseEnv({ PARLEY_API_RATE_PER_MINUTE: "0" })).toThrow(/PARLEY_API_RATE_PER_MINUTE/);
    expect(() => parseEnv({ PARLEY_API_RATE_BURST: "lots" })).toThrow(/PARLEY_API_RATE_BURST/);
    expect(() => parseEnv({ PARLEY_TRUSTED_PROXIES: "-1" })).toThrow(/PARLEY_TRUSTED_PROXIES/);
  });
});
