import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";

export const GET = recordEndpoint("participant");
export const OPTIONS = preflight;
