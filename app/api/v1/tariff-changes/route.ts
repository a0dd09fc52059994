import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";

export const GET = listEndpoint("/api/v1/tariff-changes");
export const OPTIONS = preflight;
