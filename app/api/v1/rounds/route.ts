import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listRounds } from "@/lib/api/resources";
import { RoundListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/rounds", RoundListSchema, listRounds);
export const OPTIONS = preflight;
