import { recordEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { findIssue } from "@/lib/api/resources";
import { IssueDocumentSchema } from "@/lib/schemas/api";

export const GET = recordEndpoint("issue", IssueDocumentSchema, findIssue);
export const OPTIONS = preflight;
