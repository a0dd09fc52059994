import { describe, expect, it } from "vitest";
import { csvField, joinUrls, toCsv } from "@/lib/outputs/csv";

describe("RFC 4180 fields", () => {
  it("leaves plain text unquoted", () => {
    expect(csvField("Geneva talks")).toBe("Geneva talks");
    expect(csvField(145)).toBe("145");
    expect(csvField(false)).toBe("false");
  });

  it("quotes a field holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvField("Geneva, Switzerland")).toBe('"Geneva, Switzerland"');
    expect(csvField('a “qualified divestiture” or a "deal"')).toBe('"a “qualified divestiture” or a ""deal"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("writes missing values as empty fields and instants as ISO 8601 in UTC", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date("2025-04-10T04:01:00Z"))).toBe("2025-04-10T04:01:00.000Z");
  });
});

it("a document has a header row and CRLF after every record, the last one included", () => {
  const csv = toCsv(
    [
      { header: "slug", value: (r: { slug: string; note: string }) => r.slug },
      { header: "note", value: (r) => r.note },
    ],
    [
      { slug: "geneva-2025-05", note: "Cut to 10%, for 90 days" },
      { slug: "busan-2025-10", note: 'He said "deal"' },
    ],
  );
  expect(csv).toBe('slug,note\r\ngeneva-2025-05,"Cut to 10%, for 90 days"\r\nbusan-2025-10,"He said ""deal"""\r\n');
});

it("joins several source URLs with spaces", () => {
  expect(joinUrls([{ url: "https://a.example/x" }, { url: "https://b.example/y?q=1,2" }])).toBe(
    "https://a.example/x https://b.example/y?q=1,2",
  );
});
