import { publicDocument } from "@/lib/http/public-document";
import { CSV_CONTENT_TYPE, DOWNLOADS, deadlinesCsv } from "@/lib/outputs/downloads";

export async function GET(request: Request): Promise<Response> {
  const { csv, lastModified } = await deadlinesCsv();
  return publicDocument(request, csv, {
    contentType: CSV_CONTENT_TYPE,
    lastModified,
    filename: DOWNLOADS.deadlines.filename,
  });
}
