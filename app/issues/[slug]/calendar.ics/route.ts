import { notFoundDocument, publicDocument } from "@/lib/http/public-document";
import { issueCalendar } from "@/lib/outputs/calendar-feed";
import { ICALENDAR_CONTENT_TYPE } from "@/lib/outputs/icalendar";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const calendar = await issueCalendar(slug);
  if (!calendar) return notFoundDocument(`No issue has the slug "${slug}".`);
  return publicDocument(request, calendar.ics, {
    contentType: ICALENDAR_CONTENT_TYPE,
    lastModified: calendar.lastModified,
  });
}
