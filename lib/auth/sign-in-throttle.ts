import { prisma } from "../db";

const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins allowed per window: per account, and per client address. */
export const MAX_FAILURES = { email: 5, ip: 20 } as const;

type Scope = keyof typeof MAX_FAILURES;
const keyOf = (scope: Scope, value: string) => `sign-in:${scope}:${value.toLowerCase()}`;

async function failuresIn(key: string, now: number) {
  const row = await prisma.rateLimit.findUnique({ where: { key } });
  if (!row || now - Number(row.lastRequest) > WINDOW_MS) return { count: 0, since: now };
  return { count: row.count, since: Number(row.lastRequest) };
}

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function signInRetryAfter(email: string, ip: string, now = Date.now()): Promise<number> {
  let wait = 0;
  for (const [scope, value] of [["email", email], ["ip", ip]] as const) {
    const { count, since } = await failuresIn(keyOf(scope, value), now);
    if (count >= MAX_FAILURES[scope]) wait = Math.max(wait, Math.ceil((since + WINDOW_MS - now) / 1000));
  }
  return wait;
}

/** Counts a failed attempt against the account and the address; the window starts at the last failure. */
export async function recordSignInFailure(email: string, ip: string, now = Date.now()) {
  for (const [scope, value] of [["email", email], ["ip", ip]] as const) {
    const key = keyOf(scope, value);
    const { count } = await failuresIn(key, now);
    await prisma.rateLimit.upsert({
      where: { key },
      create: { id: key, key, count: 1, lastRequest: BigInt(now) },
      update: { count: count + 1, lastRequest: BigInt(now) },
    });
  }
}

export async function clearSignInFailures(email: string) {
  await prisma.rateLimit.deleteMany({ where: { key: keyOf("email", email) } });
}
