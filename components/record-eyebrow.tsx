import Link from "@/components/link";
import type { ReactNode } from "react";

/** Above an editors' record form: its list, the version being edited, and its history. */
export function RecordEyebrow({
  listHref,
  listLabel,
  type,
  id,
  version,
  children,
}: {
  listHref: string;
  listLabel: string;
  type: string;
  id: number;
  version: number;
  children?: ReactNode;
}) {
  return (
    <span>
      <Link href={listHref} className="underline">
        {listLabel}
      </Link>{" "}
      · version {version} ·{" "}
      <Link href={`/edit/history/${type}/${id}`} className="underline">
        History
      </Link>
      {children}
    </span>
  );
}
