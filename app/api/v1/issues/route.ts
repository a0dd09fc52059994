import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";

export const GET = listEndpoint("/api/v1/issues");
export const OPTIONS = preflight;
