import { apiRoute } from "@/lib/api/handlers";
import { OPENAPI_PATH } from "@/lib/api/openapi";
import { errorResponse, preflight } from "@/lib/api/respond";

// An API client that asks for a path the API lacks gets the API's JSON error, not the site's HTML page.
export const GET = apiRoute(() =>
  errorResponse(404, `The API has no endpoint at this path; ${OPENAPI_PATH} lists them.`),
);
export const OPTIONS = preflight;
