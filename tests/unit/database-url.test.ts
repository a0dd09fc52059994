import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseFilePath, databaseUrl } from "@/lib/prisma-client";

const environment = (variables: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...variables });

describe("DATABASE_URL", () => {
  it("names a SQLite file, relative to the working directory, or the default when unset", () => {
    expect(databaseFilePath("file:data/x.db")).toBe(path.resolve("data/x.db"));
    expect(databaseFilePath("file:/srv/parley.db")).toBe("/srv/parley.db");
    expect(databaseUrl(environment({}))).toBe(`file:${path.resolve("data/parley.db")}`);
  });

  it("stops Parley with a clear message when it names a server it cannot use, never read as a path", () => {
    for (const url of ["postgresql://parley:secret@127.0.0.1:5439/parley_acc", "mysql://db/parley"])
      expect(() => databaseUrl(environment({ DATABASE_URL: url }))).toThrow(
        /names a (postgresql|mysql) database.*SQLite file/,
      );
  });
});
