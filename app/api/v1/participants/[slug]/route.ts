import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { findParticipant } from "@/lib/api/resources";
import { ParticipantDocumentSchema } from "@/lib/schemas/api";

export const GET = recordEndpoint("participant", ParticipantDocumentSchema, findParticipant);
export const OPTIONS = preflight;
