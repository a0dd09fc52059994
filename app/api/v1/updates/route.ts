import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listUpdates } from "@/lib/api/resources";
import { UpdateListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/updates", UpdateListSchema, listUpdates);
export const OPTIONS = preflight;
