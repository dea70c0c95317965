import { describe, expect, it } from "vitest";
import { decidingReach, departmentSubmitRefusal, mayDecide, reportTransitions } from "./department";

const reviewer = { role: "REVIEWER" as const };
const own = { covers: true, above: false };
const above = { covers: true, above: true };

describe("review follows the tree", () => {
  it("a unit report is decided by a reviewer whose scope covers the unit", () => {
    expect(mayDecide(reviewer, "UNIT", own, "approve")).toBe(true);
    expect(mayDecide(reviewer, "UNIT", { covers: false, above: false }, "approve")).toBe(false);
  });
  it("a department report only from strictly above (or by an admin), for every decision", () => {
    for (const t of ["approve", "return", "publish"] as const) {
      expect(mayDecide(reviewer, "DEPARTMENT", own, t)).toBe(false);
      expect(mayDecide(reviewer, "DEPARTMENT", above, t)).toBe(true);
      expect(mayDecide({ role: "ADMIN" }, "DEPARTMENT", { covers: false, above: false }, t)).toBe(true);
    }
    expect(mayDecide({ role: "CLERK" }, "DEPARTMENT", own, "submit")).toBe(true);
  });
  it("the reach the DAL's lists filter by is the one mayDecide asks", () => {
    expect(decidingReach("UNIT")).toBe("covers");
    expect(decidingReach("DEPARTMENT")).toBe("above");
    for (const kind of ["UNIT", "DEPARTMENT"] as const) {
      for (const reach of [own, above, { covers: false, above: false }]) {
        expect(mayDecide(reviewer, kind, reach, "approve")).toBe(reach[decidingReach(kind)]);
      }
    }
  });
  it("a reader's transitions: the role's, less the decisions the tree does not give them", () => {
    expect(reportTransitions(reviewer, "DEPARTMENT", own, "SUBMITTED")).toEqual([]);
    expect(reportTransitions(reviewer, "DEPARTMENT", above, "SUBMITTED")).toEqual(["return", "approve"]);
    expect(reportTransitions(reviewer, "UNIT", own, "SUBMITTED")).toEqual(["return", "approve"]);
    expect(reportTransitions({ role: "CLERK" }, "DEPARTMENT", own, "SUBMITTED")).toEqual(["withdraw"]);
    expect(reportTransitions({ role: "CLERK" }, "DEPARTMENT", own, "PUBLISHED")).toEqual(["correct"]);
  });
});

describe("departmentSubmitRefusal", () => {
  it("names the pending subordinates first, then a transfer that does not match, else nothing", () => {
    expect(departmentSubmitRefusal({ pending: ["乙区工会"], transferErrors: ["D1…"] })).toContain("乙区工会");
    expect(departmentSubmitRefusal({ pending: [], transferErrors: ["对附属单位补助支出不一致"] })).toBe(
      "内部往来对不上，不能提交部门决算：对附属单位补助支出不一致",
    );
    expect(departmentSubmitRefusal({ pending: [], transferErrors: [] })).toBeNull();
  });
});
