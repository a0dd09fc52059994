import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listParticipants } from "@/lib/api/resources";
import { ParticipantListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/participants", ParticipantListSchema, listParticipants);
export const OPTIONS = preflight;
