import { describe, expect, it } from "vitest";
import { hasForeignOrigin, isCrossSiteWrite } from "@/lib/auth/cross-site-writes";

const own = { host: "parley.example.org" };

describe("isCrossSiteWrite", () => {
  it.each([
    [
      "a POST from Parley's own page",
      "POST",
      { ...own, origin: "https://parley.example.org", "sec-fetch-site": "same-origin" },
      false,
    ],
    ["a POST with neither Origin, Referer nor fetch metadata (not a browser's)", "POST", own, false],
    [
      "a POST whose Referer is Parley's own page",
      "POST",
      { ...own, referer: "https://parley.example.org/edit" },
      false,
    ],
    [
      "a POST whose Referer is the host a proxy forwarded",
      "POST",
      {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "parley.example.org, inner",
        referer: "https://parley.example.org/edit",
      },
      false,
    ],
    ["a POST the browser calls cross-site", "POST", { ...own, "sec-fetch-site": "cross-site" }, true],
    [
      "a POST the browser calls same-site (a sibling subdomain)",
      "POST",
      { ...own, origin: "https://parley.example.org", "sec-fetch-site": "same-site" },
      true,
    ],
    ["a POST without Origin whose Referer is another site", "POST", { ...own, referer: "https://evil.example/" }, true],
    ["a POST without Origin whose Referer is not a URL", "POST", { ...own, referer: "not a url" }, true],
    [
      "a cross-site GET (a reader following a link from the news)",
      "GET",
      { ...own, "sec-fetch-site": "cross-site", referer: "https://news.example/" },
      false,
    ],
  ] as const)("%s: %s", (_name, method, headers, refused) => {
    expect(isCrossSiteWrite(method, new Headers(headers))).toBe(refused);
  });
});

describe("hasForeignOrigin", () => {
  it.each([
    ["Parley's own origin", { ...own, origin: "https://parley.example.org" }, false],
    [
      "the host a proxy forwarded",
      { host: "127.0.0.1:3000", "x-forwarded-host": "parley.example.org", origin: "https://parley.example.org" },
      false,
    ],
    ["no Origin at all", own, false],
    ["another site", { ...own, origin: "https://evil.example" }, true],
    ["another port of the same host", { ...own, origin: "https://parley.example.org:8443" }, true],
    ["an opaque origin (null)", { ...own, origin: "null" }, true],
  ] as const)("%s", (_name, headers, foreign) => {
    expect(hasForeignOrigin(new Headers(headers))).toBe(foreign);
  });
});
