import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSignInThrottle, type SignInThrottle } from "@/lib/rate-limits";

// On vitest's fake clock, which rate-limiter-flexible's memory store follows (Date.now, setTimeout).
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 10, 21, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

async function fail(throttle: SignInThrottle, email: string, address: string, times: number) {
  for (let i = 0; i < times; i++) await throttle.recordFailure(email, address);
}

describe("the sign-in throttle", () => {
  it("lets an account be tried until its fifth failure, then refuses it from every address for the rest of 15 minutes", async () => {
    const throttle = createSignInThrottle();
    await fail(throttle, "admin@parley.test", "203.0.113.1", 4);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.1")).toBe(0);
    vi.advanceTimersByTime(5 * 60_000);
    await fail(throttle, "Admin@Parley.test", "203.0.113.2", 1);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.3")).toBe(10 * 60);
    expect(await throttle.retryAfter("editor@parley.test", "203.0.113.1")).toBe(0);
    vi.advanceTimersByTime(10 * 60_000 - 1_000);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.1")).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.1")).toBe(0);
  });

  it("refuses an address after twenty failures, whichever accounts it tried", async () => {
    const throttle = createSignInThrottle();
    for (let i = 0; i < 19; i++) await throttle.recordFailure(`guess-${i}@parley.test`, "2001:db8:1:2::/64");
    expect(await throttle.retryAfter("admin@parley.test", "2001:db8:1:2::/64")).toBe(0);
    await throttle.recordFailure("guess-19@parley.test", "2001:db8:1:2::/64");
    expect(await throttle.retryAfter("admin@parley.test", "2001:db8:1:2::/64")).toBe(15 * 60);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.1")).toBe(0);
  });

  it("clears an account's failures when it signs in, but not its address's", async () => {
    const throttle = createSignInThrottle();
    await fail(throttle, "admin@parley.test", "203.0.113.1", 4);
    await throttle.recordSuccess("ADMIN@parley.test");
    await fail(throttle, "admin@parley.test", "203.0.113.1", 4);
    expect(await throttle.retryAfter("admin@parley.test", "203.0.113.1")).toBe(0);
    await fail(throttle, "editor@parley.test", "203.0.113.1", 12);
    expect(await throttle.retryAfter("editor@parley.test", "203.0.113.1")).toBe(15 * 60);
    await throttle.recordSuccess("editor@parley.test");
    expect(await throttle.retryAfter("editor@parley.test", "203.0.113.1")).toBe(15 * 60);
    expect(await throttle.retryAfter("editor@parley.test", "203.0.113.2")).toBe(0);
  });
});
