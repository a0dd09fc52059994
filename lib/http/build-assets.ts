// Next's build files (/_next/static/…) are named by their content and served `immutable`: one
// stored copy, gzipped once, answers every client for as long as the process runs. Without it Next
// reads and gzips each script again for every first visit, on the same thread that renders pages,
// while the page's stylesheet waits its turn behind them.
import type { StoredResponse } from "./response-cache";

const BUILD_ASSET_PATH = /^\/_next\/static\//;

export function isBuildAssetPath(pathname: string): boolean {
  return BUILD_ASSET_PATH.test(pathname);
}

const isImmutable = (response: StoredResponse) =>
  response.status === 200 &&
  !response.headers["set-cookie"] &&
  /\bimmutable\b/.test(String(response.headers["cache-control"] ?? ""));

export class BuildAssets {
  readonly #stored = new Map<string, StoredResponse>();
  readonly #fetching = new Map<string, Promise<StoredResponse>>();
  #bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /**
   * The stored copy of the file at `pathname`, or the one `fetch` produces (one fetch for every
   * request that arrives meanwhile), kept when it is immutable. Keyed by path: a query cannot change
   * the file, and must not make a new copy.
   */
  async getOrFetch(
    pathname: string,
    fetch: () => Promise<StoredResponse>,
  ): Promise<{ response: StoredResponse; hit: boolean }> {
    const stored = this.#stored.get(pathname);
    if (stored) return { response: stored, hit: true };
    let fetching = this.#fetching.get(pathname);
    if (!fetching) {
      fetching = fetch().finally(() => this.#fetching.delete(pathname));
      this.#fetching.set(pathname, fetching);
    }
    const response = await fetching;
    if (
      isImmutable(response) &&
      !this.#stored.has(pathname) &&
      this.#bytes + response.body.byteLength <= this.maxBytes
    ) {
      this.#stored.set(pathname, response);
      this.#bytes += response.body.byteLength;
    }
    return { response, hit: false };
  }
}
