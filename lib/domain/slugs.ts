/** "Madrid talks", "2025-09-14" → "madrid-talks-2025-09": readable, stable addresses. */
export function slugFor(title: string, localDate?: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  const month = localDate?.slice(0, 7);
  return [words || "untitled", month].filter(Boolean).join("-");
}
