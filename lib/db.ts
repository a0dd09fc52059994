import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per process; dev hot reloads would otherwise open a new connection each time.
const globalForPrisma = globalThis as unknown as { parleyPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.parleyPrisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.parleyPrisma = prisma;
