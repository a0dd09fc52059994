import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { findDeadline } from "@/lib/api/resources";
import { DeadlineDocumentSchema } from "@/lib/schemas/api";

export const GET = recordEndpoint("deadline", DeadlineDocumentSchema, findDeadline);
export const OPTIONS = preflight;
