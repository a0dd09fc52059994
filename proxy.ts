import { NextResponse, type NextRequest } from "next/server";
import { adminExists } from "@/lib/queries/record-exists";

// The set-up page exists only until there is an admin; after that it is a real 404. (Reader
// detail pages need no check here: they are static, so an unknown slug is rendered before any
// byte is sent and gets its 404 from the page itself.)
export async function proxy(request: NextRequest) {
  return (await adminExists()) ? NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 }) : NextResponse.next();
}

export const config = { matcher: ["/setup"] };
