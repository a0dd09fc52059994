import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { prisma } from "../db";
import { MIN_PASSWORD_LENGTH } from "./password-policy";
import { authSecret } from "./secret";

export const auth = betterAuth({
  appName: "Parley",
  baseURL: process.env.PARLEY_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`,
  secret: authSecret(),
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  // No public sign-up: admins create accounts (lib/auth/accounts.ts).
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: 256,
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  advanced: {
    useSecureCookies: process.env.NODE_ENV === "production" && process.env.PARLEY_INSECURE_COOKIES !== "1",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [admin({ defaultRole: "editor", adminRoles: ["admin"] }), nextCookies()],
});
