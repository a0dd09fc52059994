import { describe, expect, it } from "vitest";
import { parseTimelineFilters, timelineKindForRound, timelineQuery } from "@/lib/schemas/timeline-filters";

describe("timeline filters from the URL", () => {
  it("reads every filter", () => {
    expect(
      parseTimelineFilters({
        issue: "tiktok",
        participant: "he-lifeng",
        kind: "negotiation-round",
        year: "2025",
        page: "2",
      }),
    ).toEqual({
      issue: "tiktok",
      participant: "he-lifeng",
      kind: "negotiation-round",
      year: 2025,
      page: 2,
    });
  });

  it("drops what it does not recognise instead of failing the page", () => {
    expect(parseTimelineFilters({ issue: "<script>", kind: "tea-party", year: "19x", page: "-3" })).toEqual({
      page: 1,
    });
    expect(parseTimelineFilters({ issue: "", year: "" })).toEqual({ page: 1 });
    expect(parseTimelineFilters({ issue: ["tariffs", "tiktok"] })).toMatchObject({ issue: "tariffs" });
  });

  it("writes a shareable query back, leaving out what is unset", () => {
    expect(timelineQuery({ issue: "tiktok", year: 2025, page: 1 })).toBe("?issue=tiktok&year=2025");
    expect(timelineQuery({ page: 3 })).toBe("?page=3");
    expect(timelineQuery({})).toBe("");
  });

  it("maps each round kind to the filter that shows it", () => {
    expect(timelineKindForRound("PHONE_CALL")).toBe("call");
    expect(timelineKindForRound("VIDEO_CALL")).toBe("call");
    expect(timelineKindForRound("LEADERS_MEETING")).toBe("leaders-meeting");
  });
});
