import { conditionalResponse } from "./conditional";

/** Feeds, calendars and downloads: open to any site, revalidated with ETag and Last-Modified. */
export function publicDocument(
  request: Request,
  body: string,
  { contentType, lastModified, filename }: { contentType: string; lastModified?: Date; filename?: string },
): Response {
  return conditionalResponse(request, {
    body,
    contentType,
    lastModified,
    headers: {
      "Access-Control-Allow-Origin": "*",
      ...(filename ? { "Content-Disposition": `attachment; filename="${filename}"` } : {}),
    },
  });
}

export function notFoundDocument(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
