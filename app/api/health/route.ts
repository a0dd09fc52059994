import { connection } from "next/server";
import { prisma } from "@/lib/db";
import { logError } from "@/lib/log";

/** 200 when the app can read its database, 503 when it cannot: for load balancers and monitors. */
export async function GET() {
  await connection();
  const started = performance.now();
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return Response.json(
      { status: "ok", database: "ok", ms: Math.round(performance.now() - started) },
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
