import "server-only";
import { prisma } from "../db";

/** Whether an enabled admin exists: the one-time set-up page is there only until one does. */
export async function adminExists(): Promise<boolean> {
  return (await prisma.user.count({ where: { role: "admin", banned: false } })) > 0;
}
