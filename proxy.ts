import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { isCrossSiteWrite } from "@/lib/auth/cross-site-writes";
import { userWithRole } from "@/lib/auth/roles";
import { adminExists } from "@/lib/queries/record-exists";

/** Pages of the editors' area that only admins may open. */
const ADMIN_ONLY = ["/edit/users"];

/** Sign-in, then back to the page asked for. */
function signInUrl(request: NextRequest): URL {
  const page = new URLSearchParams(request.nextUrl.search);
  page.delete("_rsc");
  const url = new URL("/sign-in", request.url);
  url.searchParams.set("next", request.nextUrl.pathname + (page.size > 0 ? `?${page}` : ""));
  return url;
}

const notFound = (request: NextRequest) => NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });

// Writes from other sites are refused here, before any action runs: this covers every server
// action (sign-in and sign-out included) in one place.
// The set-up page exists only until there is an admin; after that it is a real 404.
// The editors' area answers a visitor with a plain redirect to sign in (and an editor asking for
// an admins' page with a 404) before Next renders anything. That gives the right status codes;
// it protects nothing by itself: every read of editors' data checks the session again where it
// reads (lib/queries/editor-query.ts), which is what keeps the data out of any answer.
export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("Refused: this request came from another site. Nothing was saved.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { pathname } = request.nextUrl;
  if (pathname === "/setup") return (await adminExists()) ? notFound(request) : NextResponse.next();
  // Page loads only: a save posted with a session that has just ended gets its answer from the
  // action, so the form keeps what the editor typed.
  if (
    (pathname === "/edit" || pathname.startsWith("/edit/")) &&
    (request.method === "GET" || request.method === "HEAD")
  ) {
    const session = await auth.api.getSession({ headers: request.headers });
    if (!userWithRole(session, "editor")) return NextResponse.redirect(signInUrl(request), 307);
    if (
      ADMIN_ONLY.some((page) => pathname === page || pathname.startsWith(`${page}/`)) &&
      !userWithRole(session, "admin")
    )
      return notFound(request);
  }
  return NextResponse.next();
}

// Reader pages never pay for the proxy: it runs for requests with a body (writes), the set-up
// page and the editors' area.
export const config = {
  matcher: ["/setup", "/edit", "/edit/:path*", { source: "/:path*", has: [{ type: "header", key: "content-type" }] }],
};
