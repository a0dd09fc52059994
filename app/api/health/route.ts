import { connection } from "next/server";
import { prisma } from "@/lib/db";
import { logError } from "@/lib/log";
import { redisHealth } from "@/lib/redis";

/**
 * 200 when the app can read its database, 503 when it cannot: for load balancers and monitors.
 * Redis (when REDIS_URL is set) is reported but never fails the check: without it an instance
 * serves from its own memory.
 */
export async function GET() {
  await connection();
  const started = performance.now();
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    const redis = await redisHealth();
    return Response.json(
      {
        status: redis === "unreachable" ? "degraded" : "ok",
        database: "ok",
        ...(redis ? { redis } : {}),
        ms: Math.round(performance.now() - started),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logError("health check: database unreachable", error);
    return Response.json(
      { status: "unavailable", database: "unreachable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
