import { publicDocument } from "@/lib/http/public-document";
import { siteCalendar } from "@/lib/outputs/calendar-feed";
import { ICALENDAR_CONTENT_TYPE } from "@/lib/outputs/icalendar";

export async function GET(request: Request): Promise<Response> {
  const calendar = await siteCalendar();
  return publicDocument(request, calendar.ics, {
    contentType: ICALENDAR_CONTENT_TYPE,
    lastModified: calendar.lastModified,
  });
}
