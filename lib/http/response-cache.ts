// A micro-cache of whole page responses in front of Next's handler, honouring the pages' own
// `Cache-Control: s-maxage`: under a burst each page costs Next about one render of its cached
// HTML per second, whatever the traffic. Any write purges it, so editors see their change at once.

export interface StoredResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The body gzipped, made on the first request that accepts it. */
  gzipped?: Buffer;
}

interface Entry {
  response: StoredResponse;
  expiresAt: number;
  bytes: number;
}

/** Seconds a shared cache may keep a response, from its Cache-Control; 0 when it may not. */
export function sharedCacheSeconds(cacheControl: string | string[] | undefined): number {
  if (!cacheControl) return 0;
  const directives = String(cacheControl)
    .toLowerCase()
    .split(",")
    .map((part) => part.trim());
  if (!directives.includes("public")) return 0;
  if (directives.some((d) => d === "private" || d === "no-store" || d === "no-cache")) return 0;
  const sMaxAge = directives.find((d) => d.startsWith("s-maxage="));
  const seconds = sMaxAge ? Number(sMaxAge.slice("s-maxage=".length)) : 0;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

/** Whether one client's response may be given to another: a plain 200 a shared cache may keep. */
export function isShareable(response: StoredResponse): boolean {
  return (
    response.status === 200 &&
    !response.headers["set-cookie"] &&
    sharedCacheSeconds(response.headers["cache-control"]) > 0
  );
}

/** How many times a response produced across a purge is produced again before it is sent as it is. */
const REFETCHES_AFTER_PURGE = 2;

export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #filling = new Map<string, Promise<StoredResponse>>();
  #bytes = 0;
  #generation = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly now: () => number = Date.now,
  ) {}

  get size() {
    return this.#entries.size;
  }

  /** A fresh stored response, or undefined. */
  get(key: string): StoredResponse | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.response;
    this.#delete(key, entry);
    return undefined;
  }

  /**
   * The response for a key: the stored one, or the one `fetch` produces, shared by every request
   * for the key that arrives while it is produced (one upstream request, not one per client) when
   * it turns out shareable; the others then fetch their own. It is kept when its Cache-Control
   * allows and no purge happened while it was produced.
   *
   * A purge while it was produced means content changed meanwhile, and the upstream may have
   * answered with a render begun before the change (Next hands a request that arrives during a
   * render of the same page that render's result). Such a response is produced again, up to
   * `REFETCHES_AFTER_PURGE` times, so that a reader who asks after a save never gets a page from
   * before it.
   */
  async getOrFetch(
    key: string,
    fetch: () => Promise<StoredResponse>,
  ): Promise<{ response: StoredResponse; hit: boolean }> {
    const stored = this.get(key);
    if (stored) return { response: stored, hit: true };
    const pending = this.#filling.get(key);
    if (pending) {
      const joinedAt = this.#generation;
      const shared = await pending;
      if (joinedAt === this.#generation && isShareable(shared)) return { response: shared, hit: true };
    }
    for (let refetches = 0; ; refetches++) {
      const generation = this.#generation;
      const filling = fetch();
      this.#filling.set(key, filling);
      try {
        const response = await filling;
        const unchanged = generation === this.#generation;
        if (unchanged && isShareable(response)) this.#store(key, response);
        if (unchanged || refetches === REFETCHES_AFTER_PURGE) return { response, hit: false };
      } finally {
        if (this.#filling.get(key) === filling) this.#filling.delete(key);
      }
    }
  }

  /** Forgets everything, including responses being produced right now. */
  purge() {
    this.#generation++;
    this.#entries.clear();
    this.#filling.clear();
    this.#bytes = 0;
  }

  #store(key: string, response: StoredResponse) {
    const seconds = sharedCacheSeconds(response.headers["cache-control"]);
    const bytes = response.body.byteLength;
    if (bytes > this.maxBytes / 4) return;
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    this.#entries.set(key, { response, expiresAt: this.now() + seconds * 1000, bytes });
    this.#bytes += bytes;
    this.#evictOver(this.maxBytes);
  }

  #evictOver(limit: number) {
    const now = this.now();
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= limit && entry.expiresAt > now) break;
      this.#delete(key, entry);
    }
  }

  #delete(key: string, entry: Entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
