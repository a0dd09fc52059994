import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteWrite } from "@/lib/auth/cross-site-writes";
import { adminExists } from "@/lib/queries/record-exists";

// The set-up page exists only until there is an admin; after that it is a real 404. (Reader
// detail pages need no check here: they are static, so an unknown slug is rendered before any
// byte is sent and gets its 404 from the page itself.)
// Writes from other sites are refused here, before any action runs: this covers every server
// action (sign-in and sign-out included) in one place.
export async function proxy(request: NextRequest) {
  if (isCrossSiteWrite(request.method, request.headers)) {
    return new NextResponse("Refused: this request came from another site. Nothing was saved.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (request.nextUrl.pathname === "/setup" && (await adminExists())) return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  return NextResponse.next();
}

// Only requests with a body (writes) reach the proxy, besides the set-up page: reader pages never pay for it.
export const config = { matcher: ["/setup", { source: "/:path*", has: [{ type: "header", key: "content-type" }] }] };
