import { listEndpoint } from "@/lib/api/handlers";
import { preflight } from "@/lib/api/respond";
import { listTariffChangesPage } from "@/lib/api/resources";
import { TariffChangeListSchema } from "@/lib/schemas/api";

export const GET = listEndpoint("/api/v1/tariff-changes", TariffChangeListSchema, listTariffChangesPage);
export const OPTIONS = preflight;
