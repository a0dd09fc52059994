import { apiRoute } from "@/lib/api/handlers";
import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS, preflight } from "@/lib/api/respond";
import { siteOrigin } from "@/lib/env";
import { conditionalResponse } from "@/lib/http/conditional";

export const GET = apiRoute((request: Request) =>
  conditionalResponse(request, {
    body: JSON.stringify(openApiDocument(siteOrigin), null, 2),
    contentType: "application/vnd.oai.openapi+json; charset=utf-8",
    headers: CORS_HEADERS,
  }),
);

export const OPTIONS = preflight;
