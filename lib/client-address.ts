// Ours, not rate-limiter-flexible's: it counts any key it is given; which client a request is from is for Parley to say.
import { isIP } from "node:net";

// Route handlers never see the socket. What they have is X-Forwarded-For, and `next start` (Next
// 16, base-server.js) fills it with the socket's address only when the request has none: a
// header the client sent reaches us untouched. So the entries we can trust are the ones our own
// proxies appended, read from the right. Behind N proxies that append (nginx's
// `$proxy_add_x_forwarded_for`), the client is the N-th entry from the right, written by the
// outermost proxy. With no proxy, the last entry is the socket's address unless the client sent
// the header itself, which a client talking to Parley directly can do: per-address limits hold
// only behind a proxy.

/** The client's address (IPv4 dotted, IPv6 as given), or null when the header cannot tell. */
export function clientAddress(headers: Headers, trustedProxies: number): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded === null) return null;
  const entries = forwarded.split(",");
  const entry = entries[entries.length - Math.max(1, trustedProxies)];
  return entry === undefined ? null : plainAddress(entry.trim());
}

/** An address without port, brackets or IPv4-mapping, or null when it is not an IP address. */
function plainAddress(entry: string): string | null {
  let address = entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(":"));
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address.toLowerCase();
}

/**
 * Whom a rate limit counts: an IPv4 address, or an IPv6 address's /64 (one subscriber's network,
 * whose addresses a client can rotate through at will); "unknown" shares one budget.
 */
export function rateLimitKey(address: string | null): string {
  if (address === null) return "unknown";
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

function ipv6Groups(address: string): string[] {
  let text = address.replace(/%.*$/, "");
  const embedded = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
