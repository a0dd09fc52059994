import { gzipSync } from "node:zlib";

export interface FirstLoadJs {
  path: string;
  scripts: { src: string; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The scripts an HTML page makes a current browser load: every `<script src>` once, without
 * `nomodule` ones (only browsers without ES modules fetch those).
 */
export function loadedScripts(html: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src) sources.add(src.replaceAll("&amp;", "&"));
  }
  return [...sources];
}

export const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** First-load JavaScript of a page: the gzip -9 bytes of every script its HTML loads. */
export async function firstLoadJs(
  origin: string,
  path: string,
  get: (url: string) => Promise<Uint8Array> = fetchBytes,
): Promise<FirstLoadJs> {
  const html = new TextDecoder().decode(await get(new URL(path, origin).toString()));
  const scripts = await Promise.all(
    loadedScripts(html).map(async (src) => ({ src, gzipBytes: gzipSize(await get(new URL(src, origin).toString())) })),
  );
  return { path, scripts, gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
