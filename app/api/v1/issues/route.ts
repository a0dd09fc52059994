import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listIssues } from "@/lib/api/resources";
import { IssueListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/issues", IssueListSchema, listIssues);
export const OPTIONS = preflight;
