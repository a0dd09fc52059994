import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedIfEmpty } from "@/prisma/seed/seed";
import { ApiErrorSchema } from "@/lib/schemas/api";
import { freshDatabase, type FreshDatabase } from "./helpers/fresh-database";
import { rawExecute } from "./helpers/raw-sql";

// The API's rate limit through the real route handlers, as configured from the environment:
// three requests at once per address, then one a minute, behind one proxy that appends the
// client's address to X-Forwarded-For. (The budget's arithmetic is unit-tested on a fake clock.)

const ORIGIN = "https://parley.example";

let db: FreshDatabase;
type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
const handlers: Record<string, Handler> = {};

beforeAll(async () => {
  db = await freshDatabase();
  await seedIfEmpty(db.prisma);
  process.env.DATABASE_URL = db.url;
  process.env.PARLEY_ORIGIN = ORIGIN;
  process.env.PARLEY_API_RATE_PER_MINUTE = "1";
  process.env.PARLEY_API_RATE_BURST = "3";
  process.env.PARLEY_TRUSTED_PROXIES = "1";
  for (const route of [
    "/api/v1/rounds",
    "/api/v1/deadlines",
    "/api/v1/issues/[slug]",
    "/api/v1/openapi.json",
    "/api/v1/[...path]",
  ]) {
    handlers[route] = ((await import(/* @vite-ignore */ `@/app${route}/route`)) as { GET: Handler }).GET;
  }
});

afterAll(async () => {
  await db.cleanup();
});

function get(route: string, forwardedFor: string, params: Record<string, unknown> = {}) {
  const url = `${ORIGIN}${route.replace("[slug]", String(params.slug)).replace("[...path]", "nothing-here")}`;
  return handlers[route]!(new Request(url, { headers: { "x-forwarded-for": forwardedFor } }), {
    params: Promise.resolve(params),
  });
}

/** Statuses of requests sent together, in ascending order (which of them is refused is a race). */
const statusesOf = async (responses: Promise<Response>[]) => (await Promise.all(responses)).map((r) => r.status).sort();

describe("the API's rate limit", () => {
  it("lets an address make its burst, counting down, then answers 429 with Retry-After in the API's error shape", async () => {
    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push(await get("/api/v1/rounds", "203.0.113.10"));
    expect(allowed.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(allowed.map((r) => r.headers.get("X-RateLimit-Limit"))).toEqual(["3", "3", "3"]);
    expect(allowed.map((r) => r.headers.get("X-RateLimit-Remaining"))).toEqual(["2", "1", "0"]);

    const refused = await get("/api/v1/rounds", "203.0.113.10");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(refused.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(refused.headers.get("Cache-Control")).toBe("no-store");
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(refused.headers.get("Access-Control-Expose-Headers")).toContain("Retry-After");
    const { error } = ApiErrorSchema.parse(await refused.json());
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      `Too many requests from your address: the API allows 3 at once and 1 a minute. Try again in ${retryAfter} s.`,
    );

    expect((await get("/api/v1/rounds", "203.0.113.11")).status).toBe(200);
  });

  it("serves the per-minute rate once the burst is spent: one more a minute later, then 429 again", async () => {
    const address = "203.0.113.16";
    for (let i = 0; i < 3; i++) await get("/api/v1/rounds", address);
    expect((await get("/api/v1/rounds", address)).status).toBe(429);
    // The limiter's memory store reads the time from Date.now(); its timers only tidy up.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 60_000 });
    try {
      const served = await get("/api/v1/rounds", address);
      expect(served.status).toBe(200);
      expect(served.headers.get("X-RateLimit-Remaining")).toBe("0");
      const refused = await get("/api/v1/rounds", address);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(55);
    } finally {
      vi.useRealTimers();
    }
  });

  it("draws every endpoint from one budget per address, unknown paths included", async () => {
    const address = "203.0.113.12";
    expect(
      await statusesOf([
        get("/api/v1/issues/[slug]", address, { slug: "tiktok" }),
        get("/api/v1/openapi.json", address),
        get("/api/v1/[...path]", address, { path: ["nothing-here"] }),
      ]),
    ).toEqual([200, 200, 404]);
    expect((await get("/api/v1/deadlines", address)).status).toBe(429);
    expect((await get("/api/v1/[...path]", address, { path: ["nothing-here"] })).status).toBe(429);
  });

  it("counts the address the trusted proxy appended, not what the client wrote before it", async () => {
    const spoofed = [
      "198.51.100.1, 203.0.113.13",
      "198.51.100.2, 203.0.113.13",
      "unknown, 203.0.113.13",
      "203.0.113.13",
    ];
    expect(await statusesOf(spoofed.map((forwardedFor) => get("/api/v1/rounds", forwardedFor)))).toEqual([
      200, 200, 200, 429,
    ]);
  });

  it("counts an IPv6 client by its /64, so rotating addresses within it buys nothing", async () => {
    const rotating = ["2001:db8:7:7::1", "2001:db8:7:7::2", "2001:db8:7:7:abcd::3", "2001:db8:7:7::ffff"];
    expect(await statusesOf(rotating.map((a) => get("/api/v1/rounds", a)))).toEqual([200, 200, 200, 429]);
    expect((await get("/api/v1/rounds", "2001:db8:7:8::1")).status).toBe(200);
  });

  it("refuses before any database work: a refused request succeeds in being refused even with the tables gone", async () => {
    const address = "203.0.113.14";
    for (let i = 0; i < 3; i++) await get("/api/v1/rounds", address);
    await rawExecute(db.url, `ALTER TABLE "Round" RENAME TO "Round_gone"`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect((await get("/api/v1/rounds", address)).status).toBe(429);
      expect((await get("/api/v1/rounds", "203.0.113.15")).status).toBe(500);
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
      await rawExecute(db.url, `ALTER TABLE "Round_gone" RENAME TO "Round"`);
    }
  });
});
