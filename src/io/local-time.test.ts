import { describe, expect, it } from "vitest";
import { localTimeReader } from "./local-time";

describe("localTimeReader", () => {
  const strong = ["yyyy-MM-dd HH:mm:ss"];
  const hevy = ["d MMM yyyy, HH:mm", "MMM d, yyyy, h:mm a"];

  it("reads Strong's local time in the user's zone", () => {
    expect(localTimeReader(strong, "Europe/Berlin")("2019-03-28 15:24:28")).toEqual({ local: "2019-03-28T15:24:28", instant: "2019-03-28T14:24:28.000Z" });
    expect(localTimeReader(strong, "UTC")("2019-03-28 15:24:28")?.instant).toBe("2019-03-28T15:24:28.000Z");
    expect(localTimeReader(strong, "America/New_York")("2019-07-01 06:00:00")?.instant).toBe("2019-07-01T10:00:00.000Z");
  });

  it("reads both of Hevy's time styles", () => {
    const read = localTimeReader(hevy, "Europe/Lisbon");
    expect(read("7 Apr 2026, 10:14")).toEqual({ local: "2026-04-07T10:14:00", instant: "2026-04-07T09:14:00.000Z" }); // WEST, UTC+1
    expect(read("May 15, 2026, 7:26 PM")).toEqual({ local: "2026-05-15T19:26:00", instant: "2026-05-15T18:26:00.000Z" });
    expect(read("Jan 5, 2026, 7:26 AM")?.instant).toBe("2026-01-05T07:26:00.000Z"); // WET, UTC+0
  });

  it("keeps the same local key whatever the zone", () => {
    expect(localTimeReader(strong, "Asia/Tokyo")("2019-03-28 15:24:28")?.local).toBe("2019-03-28T15:24:28");
  });

  it("moves a time skipped by the spring DST change forward with the clocks", () => {
    // Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist
    expect(localTimeReader(strong, "Europe/Berlin")("2026-03-29 02:30:00")?.instant).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(localTimeReader(strong, "Europe/Berlin")("2026-03-29 03:30:00")?.instant).toBe("2026-03-29T01:30:00.000Z");
  });

  it.each(["", "2019-02-30 10:00:00", "28/03/2019 15:24", "yesterday"])("cannot read %j", (text) => {
    expect(localTimeReader(strong, "UTC")(text)).toBeNull();
  });
});
