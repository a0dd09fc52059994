// The request context server actions read through `next/headers`, set by each test to what a
// real browser request would carry (its session cookie, its origin).
let requestHeaders = new Headers();

export function setRequestHeaders(init: HeadersInit) {
  requestHeaders = new Headers(init);
}

export async function headers(): Promise<Headers> {
  return requestHeaders;
}

function parseCookies(): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (requestHeaders.get("cookie") ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name) jar.set(name, value.join("="));
  }
  return jar;
}

export async function cookies() {
  const jar = parseCookies();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: () => undefined,
    delete: () => undefined,
  };
}
