import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";

export const GET = listEndpoint("/api/v1/deadlines");
export const OPTIONS = preflight;
