import { describe, expect, it } from "vitest";
import { isoUtc, schemaFingerprint, sortRows, type TableShape } from "@/lib/backup/content-format";
import { rowsInReferenceOrder, tablesInReferenceOrder } from "@/lib/backup/content-order";

const table = (name: string, references: string[] = [], columns = ["id"]): TableShape => ({
  name,
  columns: columns.map((c) => ({ name: c, type: "int", nullable: c !== "id" })),
  primaryKey: ["id"],
  foreignKeys: references.map((r, i) => ({ table: r, columns: [columns[i + 1] ?? "id"], references: ["id"] })),
});

describe("the order an import inserts in", () => {
  it("puts every referenced table first, whatever the names say", () => {
    const order = tablesInReferenceOrder([
      table("_AToB", ["A", "B"], ["id", "a", "b"]),
      table("B", ["A"], ["id", "a"]),
      table("A"),
    ]).map((t) => t.name);
    expect(order).toEqual(["A", "B", "_AToB"]);
  });

  it("stops with the cycle named when tables reference each other", () => {
    expect(() => tablesInReferenceOrder([table("A", ["B"], ["id", "b"]), table("B", ["A"], ["id", "a"])])).toThrow(
      "tables reference each other (A → B → A)",
    );
  });

  it("puts rows a row of the same table references before it; a row may reference itself", () => {
    const deadline = table("Deadline", ["Deadline", "Deadline"], ["id", "supersedesId", "chainRootId"]);
    const rows = [
      [3, 2, 1],
      [2, 1, 1],
      [1, null, 1],
      [4, null, 4],
    ];
    expect(rowsInReferenceOrder(deadline, ["id", "supersedesId", "chainRootId"], rows)).toEqual([
      [1, null, 1],
      [2, 1, 1],
      [3, 2, 1],
      [4, null, 4],
    ]);
    expect(() =>
      rowsInReferenceOrder(
        deadline,
        ["id", "supersedesId", "chainRootId"],
        [
          [1, 2, null],
          [2, 1, null],
        ],
      ),
    ).toThrow(/cycle/);
  });
});

describe("store-neutral values and order", () => {
  it("reads every DateTime text either store gives as the same UTC instant", () => {
    for (const text of [
      "2025-01-16T16:00:00.000+00:00",
      "2025-01-16 16:00:00",
      "2025-01-16T11:00:00-05:00",
      1737043200000,
    ])
      expect(isoUtc(text, "test")).toBe("2025-01-16T16:00:00.000Z");
    expect(() => isoUtc("soon", "Round.startsAt")).toThrow('Round.startsAt: "soon" is not a date and time');
  });

  it("orders rows by code unit, not by a collation, and numbers as numbers", () => {
    const shape: TableShape = {
      name: "T",
      columns: [
        { name: "id", type: "int", nullable: false },
        { name: "s", type: "string", nullable: true },
      ],
      primaryKey: [],
      foreignKeys: [],
    };
    expect(
      sortRows(shape, [
        [10, "b"],
        [9, "a"],
        [9, "B"],
        [9, null],
      ]),
    ).toEqual([
      [9, null],
      [9, "B"],
      [9, "a"],
      [10, "b"],
    ]);
  });

  it("names a schema by its tables and columns, not by their order", () => {
    const a = table("A", [], ["id", "x", "y"]);
    const reordered = { ...a, columns: [...a.columns].reverse() };
    expect(schemaFingerprint([a, table("B")])).toBe(schemaFingerprint([table("B"), reordered]));
    expect(schemaFingerprint([a])).not.toBe(schemaFingerprint([table("A", [], ["id", "x"])]));
  });
});
