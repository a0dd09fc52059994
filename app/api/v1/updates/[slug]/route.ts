import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { findUpdate } from "@/lib/api/resources";
import { UpdateDocumentSchema } from "@/lib/schemas/api";

export const GET = recordEndpoint("update", UpdateDocumentSchema, findUpdate);
export const OPTIONS = preflight;
