import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SUBSET_FONT, SUBSET_TEXT, subsetGeistSans } from "../../scripts/font-subset";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(ts|tsx)$/.test(name))
    .map((name) => path.join(dir, name));
}

describe("the Geist Sans subset", () => {
  it("is what scripts/font-subset.ts makes of the installed font (run npm run font:subset if not)", async () => {
    expect(Buffer.compare(await subsetGeistSans(), readFileSync(SUBSET_FONT))).toBe(0);
  });

  it("covers every character of the seed data and of the pages' own text", () => {
    const kept = new Set(SUBSET_TEXT);
    const missing = new Map<string, string>();
    for (const file of ["app", "components", "prisma/seed"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
      for (const character of readFileSync(file, "utf8")) {
        if (!kept.has(character) && !/\s/.test(character)) missing.set(character, path.relative(ROOT, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
