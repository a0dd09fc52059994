import { NextResponse, type NextRequest } from "next/server";
import { adminExists, recordExists, type DetailKind } from "@/lib/queries/record-exists";

// With cache components, Next 16.4 streams the static shell of a detail page (status 200) before
// the page finds out its record is missing, so the first request for an unknown slug would be a
// soft 404. Answering those here gives readers, crawlers and monitors a real 404 every time;
// the same goes for the set-up page once an admin exists.
export async function proxy(request: NextRequest) {
  // An embedded countdown (/embed/deadlines/<slug>) is a deadline page too.
  const [, kind, slug] = request.nextUrl.pathname.replace(/^\/embed(?=\/)/, "").split("/");
  if (kind === "setup") return (await adminExists()) ? notFound(request) : NextResponse.next();
  if (slug && !(await recordExists(kind as DetailKind, decodeURIComponent(slug)))) {
    return notFound(request);
  }
  return NextResponse.next();
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
}

export const config = {
  matcher: ["/setup", "/rounds/:slug", "/issues/:slug", "/deadlines/:slug", "/participants/:slug", "/embed/deadlines/:slug"],
};
