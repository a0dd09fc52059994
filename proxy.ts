import { NextResponse, type NextRequest } from "next/server";
import { recordExists, type DetailKind } from "@/lib/queries/record-exists";

// With cache components, Next 16.4 streams the static shell of a detail page (status 200) before
// the page finds out its record is missing, so the first request for an unknown slug would be a
// soft 404. Answering those here gives readers, crawlers and monitors a real 404 every time.
export async function proxy(request: NextRequest) {
  const [, kind, slug] = request.nextUrl.pathname.split("/");
  if (slug && !(await recordExists(kind as DetailKind, decodeURIComponent(slug)))) {
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/rounds/:slug", "/issues/:slug", "/deadlines/:slug", "/participants/:slug"],
};
