import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listSources } from "@/lib/api/resources";
import { SourceListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/sources", SourceListSchema, listSources);
export const OPTIONS = preflight;
