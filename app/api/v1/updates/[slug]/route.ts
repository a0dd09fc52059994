import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";

export const GET = recordEndpoint("update");
export const OPTIONS = preflight;
