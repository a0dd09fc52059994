import { describe, expect, it } from "vitest";
import { ftsQuery, highlightedParts, MATCH_END, MATCH_START } from "@/lib/domain/search-query";

describe("ftsQuery", () => {
  it("quotes every word, requires them all and lets the last be a prefix", () => {
    expect(ftsQuery("Palacio de Santa Cruz")).toBe('"Palacio" "de" "Santa" "Cruz"*');
  });

  it("turns operators, quotes and markup into plain words", () => {
    expect(ftsQuery('tiktok" OR 1=1 -- <script>alert(1)</script>')).toBe(
      '"tiktok" "OR" "1" "1" "script" "alert" "1" "script"*',
    );
    expect(ftsQuery("NEAR(a b)")).toBe('"NEAR" "a" "b"*');
  });

  it("keeps letters of any script and gives up on input with none", () => {
    expect(ftsQuery("何立峰 Zürich")).toBe('"何立峰" "Zürich"*');
    expect(ftsQuery("  ¿?!  ")).toBeNull();
    expect(ftsQuery("")).toBeNull();
  });
});

describe("highlightedParts", () => {
  it("splits marked matches from the text around them", () => {
    expect(highlightedParts(`at the ${MATCH_START}Palacio${MATCH_END} de ${MATCH_START}Santa${MATCH_END}`)).toEqual([
      { text: "at the ", match: false },
      { text: "Palacio", match: true },
      { text: " de ", match: false },
      { text: "Santa", match: true },
    ]);
  });

  it("leaves markup as text", () => {
    expect(highlightedParts(`<b>${MATCH_START}x${MATCH_END}</b>`)).toEqual([
      { text: "<b>", match: false },
      { text: "x", match: true },
      { text: "</b>", match: false },
    ]);
  });
});
