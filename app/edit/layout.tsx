import Link from "@/components/link";
import { Suspense, type ReactNode } from "react";
import { signOut } from "@/lib/actions/session";
import { requireUser } from "@/lib/auth/session";

export const metadata = { title: { default: "Editors", template: "%s · Editors · Parley" }, robots: { index: false } };

const EDITOR_SECTIONS = [
  { href: "/edit", label: "Start" },
  { href: "/edit/rounds", label: "Rounds" },
  { href: "/edit/updates", label: "Updates" },
  { href: "/edit/issues", label: "Issues" },
  { href: "/edit/deadlines", label: "Deadlines" },
  { href: "/edit/participants", label: "Participants" },
  { href: "/edit/sources", label: "Sources" },
];

export default function EditLayout({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div
          className="h-96 animate-pulse rounded-xl bg-stone-200 dark:bg-stone-800"
          aria-busy="true"
          aria-label="Loading the editors' area"
        />
      }
    >
      <EditorShell>{children}</EditorShell>
    </Suspense>
  );
}

/**
 * The editors' navigation, for signed-in editors. It guards nothing: Next renders a page beside
 * its layout, so every read of editors' data checks the session itself (lib/queries/editor-query.ts).
 */
async function EditorShell({ children }: { children: ReactNode }) {
  const user = await requireUser("editor");
  const sections =
    user.role === "admin" ? [...EDITOR_SECTIONS, { href: "/edit/users", label: "Users" }] : EDITOR_SECTIONS;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-800 dark:bg-amber-950">
        <nav aria-label="Editors">
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className="font-medium underline-offset-2 hover:underline">
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOut} className="flex items-center gap-3">
          <span className="text-stone-700 dark:text-stone-300">
            {user.name} · {user.role}
          </span>
          <button
            type="submit"
            className="rounded-md border border-stone-400 px-2 py-1 hover:bg-white dark:hover:bg-stone-900"
          >
            Sign out
          </button>
        </form>
      </div>
      {children}
    </div>
  );
}
