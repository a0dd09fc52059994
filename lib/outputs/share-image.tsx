import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };
export const SHARE_IMAGE_TYPE = "image/png";

const geist = (file: string) =>
  readFile(
    path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans", file),
  );
// Read once per process; passing fonts replaces next/og's bundled one, so both weights are given.
const fonts = Promise.all([geist("Geist-Regular.ttf"), geist("Geist-Bold.ttf")]);

/**
 * Keeps only what Geist can draw (Latin, punctuation, arrows). For any other glyph next/og would
 * fetch a font from Google, which these servers cannot reach.
 */
export function drawableText(text: string): string {
  return text
    .replace(/[^\u0020-\u024F\u2000-\u206F\u20A0-\u20CF\u2190-\u21FF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface ShareCard {
  eyebrow: string;
  title: string;
  /** The one big figure: a countdown, a date. */
  headline?: string;
  details?: string[];
  accent?: "amber" | "blue" | "stone";
}

const ACCENTS = { amber: "#f59e0b", blue: "#1d4ed8", stone: "#57534e" } as const;

/** A 1200×630 PNG card in Parley's style, drawn on the server with no network. */
export async function shareImage(
  card: ShareCard,
  { maxAgeSeconds }: { maxAgeSeconds?: number } = {},
): Promise<ImageResponse> {
  const [regular, bold] = await fonts;
  const accent = ACCENTS[card.accent ?? "amber"];
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        background: "#fafaf9",
        color: "#1c1917",
        fontFamily: "Geist",
      }}
    >
      <div style={{ width: 24, height: "100%", background: accent }} />
      <div
        style={{
          flex: 1,
          display: "flex",
          flexDirection: "column",
          padding: "56px 72px",
          justifyContent: "space-between",
        }}
      >
        <div style={{ display: "flex", alignItems: "baseline", gap: 20 }}>
          <span style={{ fontSize: 40, fontWeight: 700 }}>Parley</span>
          <span style={{ fontSize: 26, color: "#57534e" }}>US–China trade talks, tracked and sourced</span>
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
          <span style={{ fontSize: 28, color: "#57534e", textTransform: "uppercase", letterSpacing: 2 }}>
            {drawableText(card.eyebrow)}
          </span>
          <span style={{ fontSize: card.title.length > 70 ? 50 : 62, fontWeight: 700, lineHeight: 1.1 }}>
            {drawableText(card.title)}
          </span>
          {card.headline ? (
            <span style={{ fontSize: 72, fontWeight: 700, color: accent }}>{drawableText(card.headline)}</span>
          ) : null}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 6, fontSize: 28, color: "#44403c" }}>
          {(card.details ?? []).map((line) => (
            <span key={line}>{drawableText(line)}</span>
          ))}
        </div>
      </div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: "Geist", data: regular, weight: 400, style: "normal" },
        { name: "Geist", data: bold, weight: 700, style: "normal" },
      ],
      ...(maxAgeSeconds ? { headers: { "Cache-Control": `public, max-age=${maxAgeSeconds}` } } : {}),
    },
  );
}
