import { AddUserForm, UserAccessButtons } from "./user-forms";
import { PageTitle } from "@/components/page-title";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { accountsForAdmin } from "@/lib/queries/editor";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser("admin");
  const users = await accountsForAdmin();
  return (
    <>
      <PageTitle lead="Admins add editors, disable and re-enable them, and end their sessions.">Users</PageTitle>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <ul
          className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900"
          data-testid="users"
        >
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div>
                <p className="font-medium">
                  {user.name} <Badge tone={user.role === "admin" ? "violet" : "neutral"}>{user.role}</Badge>{" "}
                  {user.banned ? <Badge tone="red">Disabled</Badge> : null}
                </p>
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  {user.email} · {user._count.sessions} active session{user._count.sessions === 1 ? "" : "s"}
                </p>
              </div>
              {user.id === admin.id ? (
                <span className="text-sm text-stone-500">You</span>
              ) : (
                <UserAccessButtons userId={user.id} disabled={user.banned} name={user.name} />
              )}
            </li>
          ))}
        </ul>
        <Card>
          <h2 className="mb-3 font-semibold">Add a user</h2>
          <AddUserForm />
        </Card>
      </div>
    </>
  );
}
