import { describe, expect, it } from "vitest";
import { chinaDate, timeliness } from "./timeliness";

const deadline = new Date("2021-09-30T00:00:00Z");

describe("timeliness", () => {
  it("counts a publication on the deadline day (China time) as on time", () => {
    // 2021-09-30 23:30 in Beijing is 15:30 UTC.
    expect(timeliness(new Date("2021-09-30T15:30:00Z"), deadline, new Date())).toBe("onTime");
  });
  it("counts the next day in China as late, even when it is still the deadline day in UTC", () => {
    // 2021-10-01 00:30 in Beijing is 2021-09-30 16:30 UTC.
    expect(chinaDate(new Date("2021-09-30T16:30:00Z"))).toBe("2021-10-01");
    expect(timeliness(new Date("2021-09-30T16:30:00Z"), deadline, new Date())).toBe("late");
  });
  it("tells pending from overdue for a unit that has not published", () => {
    expect(timeliness(null, deadline, new Date("2021-09-01T00:00:00Z"))).toBe("pending");
    expect(timeliness(null, deadline, new Date("2021-10-02T00:00:00Z"))).toBe("overdue");
  });
});
