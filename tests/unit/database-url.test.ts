import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseFilePath, databaseUrl, describeDatabase, storeOf } from "@/lib/prisma-client";

const environment = (variables: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...variables });

describe("DATABASE_URL", () => {
  it("names a SQLite file, relative to the working directory, or the default when unset", () => {
    expect(databaseFilePath("file:data/x.db")).toBe(path.resolve("data/x.db"));
    expect(databaseFilePath("file:/srv/parley.db")).toBe("/srv/parley.db");
    expect(databaseUrl(environment({}))).toBe(`file:${path.resolve("data/parley.db")}`);
    expect(storeOf(databaseUrl(environment({})))).toBe("sqlite");
  });

  it("names a PostgreSQL server, kept as given and never read as a path", () => {
    const url = "postgresql://parley:secret@127.0.0.1:5439/parley_acc";
    expect(storeOf(url)).toBe("postgresql");
    expect(storeOf("postgres://db/parley")).toBe("postgresql");
    expect(databaseUrl(environment({ DATABASE_URL: url }))).toBe(url);
    expect(() => databaseFilePath(url)).toThrow(/PostgreSQL server, not a SQLite file/);
  });

  it("never shows a server's password in messages", () => {
    const shown = describeDatabase("postgresql://parley:s3cret@db.example:5432/parley");
    expect(shown).not.toContain("s3cret");
    expect(shown).toBe("postgresql://parley:***@db.example:5432/parley");
  });

  it("stops Parley with a clear message when it names a server it cannot use", () => {
    for (const url of ["mysql://db/parley", "mongodb://db/parley"])
      expect(() => databaseUrl(environment({ DATABASE_URL: url }))).toThrow(
        /names a (mysql|mongodb) database.*SQLite file.*PostgreSQL server/,
      );
  });
});
