import { describe, expect, it } from "vitest";
import { auditEntryHref, reportHref, reviewHref } from "./hrefs";
import { ZAuditFilter } from "./review-schemas";

const entry = (kind: "UNIT" | "DEPARTMENT" | null) => ({ unitCode: "430203-zgh", year: 2021, kind });

describe("a report's pages by kind", () => {
  it("the clerk's page: the editor of a unit report, the department page of a department report", () => {
    expect(reportHref("430203-zgh", 2021)).toBe("/workspace/reports/430203-zgh/2021");
    expect(reportHref("430203-zgh", 2021, "DEPARTMENT")).toBe("/workspace/reports/430203-zgh/2021/department");
    expect(reviewHref("430203-zgh", 2021, "DEPARTMENT")).toBe("/workspace/review/430203-zgh/2021?kind=department");
  });

  it("an audit entry opens its own kind of report: the review page for who reviews, the clerk's page otherwise", () => {
    expect(auditEntryHref({ role: "CLERK" }, entry("DEPARTMENT"))).toBe("/workspace/reports/430203-zgh/2021/department");
    expect(auditEntryHref({ role: "CLERK" }, entry("UNIT"))).toBe("/workspace/reports/430203-zgh/2021");
    expect(auditEntryHref({ role: "REVIEWER" }, entry("DEPARTMENT"))).toBe("/workspace/review/430203-zgh/2021?kind=department");
    expect(auditEntryHref({ role: "ADMIN" }, entry("UNIT"))).toBe("/workspace/review/430203-zgh/2021");
    expect(auditEntryHref({ role: "REVIEWER" }, { unitCode: null, year: 2021, kind: null })).toBeNull();
  });

  it("the audit log's filter reads the kind as the review page's URL spells it", () => {
    expect(ZAuditFilter.parse({ kind: "department" }).kind).toBe("DEPARTMENT");
    expect(ZAuditFilter.parse({ kind: "unit" }).kind).toBe("UNIT");
    expect(ZAuditFilter.parse({ kind: "other" }).kind).toBeUndefined();
    expect(ZAuditFilter.parse({}).kind).toBeUndefined();
  });
});
