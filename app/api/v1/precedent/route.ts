import { apiRoute } from "@/lib/api/handlers";
import { preflight, jsonResponse } from "@/lib/api/respond";
import { precedentJson } from "@/lib/api/serialize";
import { handlerNow } from "@/lib/clock";
import { trackRecord } from "@/lib/queries/precedent";
import { PrecedentDocumentSchema } from "@/lib/schemas/api";

export const GET = apiRoute(async (request: Request) => {
  const now = handlerNow();
  return jsonResponse(request, PrecedentDocumentSchema, { data: precedentJson(await trackRecord(now), now) });
});
export const OPTIONS = preflight;
