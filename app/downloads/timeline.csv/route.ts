import { publicDocument } from "@/lib/http/public-document";
import { CSV_CONTENT_TYPE, DOWNLOADS, timelineCsv } from "@/lib/outputs/downloads";

export async function GET(request: Request): Promise<Response> {
  const { csv, lastModified } = await timelineCsv();
  return publicDocument(request, csv, {
    contentType: CSV_CONTENT_TYPE,
    lastModified,
    filename: DOWNLOADS.timeline.filename,
  });
}
