import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { findRound } from "@/lib/api/resources";
import { RoundDocumentSchema } from "@/lib/schemas/api";

export const GET = recordEndpoint("round", RoundDocumentSchema, findRound);
export const OPTIONS = preflight;
