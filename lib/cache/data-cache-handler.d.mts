import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

declare const DataCacheHandler: CacheHandler;
export default DataCacheHandler;
