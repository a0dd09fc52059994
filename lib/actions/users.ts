"use server";

import { z } from "zod";
import { prisma } from "../db";
import { AccountError, createAccount, endSessions, setAccountDisabled } from "../auth/accounts";
import { recordAudit } from "../audit";
import { newAccountSchema } from "../schemas/account";
import { ActionRefusal, editorAction } from "./editor-action";

const ADMIN = { role: "admin" as const };
const userId = z.object({ userId: z.string().min(1).max(100) });

/** Admins add editors (and other admins); there is no public sign-up. */
export const addUser = editorAction(
  "addUser",
  newAccountSchema,
  async (input, admin) => {
    try {
      const user = await createAccount(input);
      await prisma.$transaction((tx) =>
        recordAudit(tx, {
          userId: admin.id,
          action: "create",
          entityType: "user",
          entityId: 0,
          version: 1,
          after: { id: user.id, email: user.email, role: user.role },
        }),
      );
    } catch (error) {
      if (error instanceof AccountError) throw new ActionRefusal(error.message, { email: [error.message] });
      throw error;
    }
    return { tags: [], redirectTo: "/edit/users?added=1" };
  },
  ADMIN,
);

export const disableUser = editorAction(
  "disableUser",
  userId,
  async ({ userId }, admin) => changeAccess(userId, admin.id, true),
  ADMIN,
);
export const enableUser = editorAction(
  "enableUser",
  userId,
  async ({ userId }, admin) => changeAccess(userId, admin.id, false),
  ADMIN,
);

export const endUserSessions = editorAction(
  "endUserSessions",
  userId,
  async ({ userId }, admin) => {
    const ended = await prisma.$transaction(async (tx) => {
      const count = await endSessions(tx, userId);
      await recordAudit(tx, {
        userId: admin.id,
        action: "end-sessions",
        entityType: "user",
        entityId: 0,
        version: 1,
        after: { userId, ended: count },
      });
      return count;
    });
    return { tags: [], message: `Ended ${ended} session${ended === 1 ? "" : "s"}.` };
  },
  ADMIN,
);

async function changeAccess(userId: string, adminId: string, disabled: boolean) {
  if (userId === adminId) throw new ActionRefusal("You cannot disable your own account.");
  if (!(await prisma.user.findUnique({ where: { id: userId }, select: { id: true } })))
    throw new ActionRefusal("There is no such account.");
  await prisma.$transaction(async (tx) => {
    await setAccountDisabled(tx, userId, disabled);
    await recordAudit(tx, {
      userId: adminId,
      action: disabled ? "disable" : "enable",
      entityType: "user",
      entityId: 0,
      version: 1,
      after: { userId, disabled },
    });
  });
  return { tags: [], message: disabled ? "Account disabled; its sessions have ended." : "Account enabled." };
}
