import { handlerNow } from "@/lib/clock";
import { publicDocument } from "@/lib/http/public-document";
import { CSV_CONTENT_TYPE, DOWNLOADS, roundExpectationsCsv } from "@/lib/outputs/downloads";

export async function GET(request: Request): Promise<Response> {
  const { csv } = await roundExpectationsCsv(handlerNow());
  return publicDocument(request, csv, {
    contentType: CSV_CONTENT_TYPE,
    filename: DOWNLOADS.roundExpectations.filename,
  });
}
