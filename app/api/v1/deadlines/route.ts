import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listDeadlines } from "@/lib/api/resources";
import { DeadlineListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/deadlines", DeadlineListSchema, listDeadlines);
export const OPTIONS = preflight;
