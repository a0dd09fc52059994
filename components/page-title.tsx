import type { ReactNode } from "react";

export function PageTitle({ eyebrow, children, lead }: { eyebrow?: ReactNode; children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      {eyebrow ? <div className="muted mb-1 text-sm">{eyebrow}</div> : null}
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{children}</h1>
      {lead ? <div className="mt-2 max-w-3xl text-stone-700 dark:text-stone-300">{lead}</div> : null}
    </div>
  );
}
