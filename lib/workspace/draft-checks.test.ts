import { describe, expect, it } from "vitest";
import { carriedTexts } from "@/lib/disclosure/carry-over";
import { codeSetForYear } from "@/lib/disclosure/codes";
import { consolidate } from "@/lib/disclosure/consolidate";
import { departmentExample } from "@/lib/disclosure/testing/department-example";
import { checkDraft } from "./draft-checks";

describe("checkDraft: the report's kind", () => {
  // A department's 2021 roll-up with the members of 2020: the same 决算单位构成, as generated.
  const previous = consolidate({ ...departmentExample(2020), codes: codeSetForYear(2020) }).package;
  const pkg = consolidate({ ...departmentExample(2021), codes: codeSetForYear(2021) }).package;
  const carried = (kind: "UNIT" | "DEPARTMENT") =>
    checkDraft(pkg, previous, codeSetForYear(2021), kind)
      .filter((r) => r.rule === "W5")
      .map((r) => r.message);

  it("a department report's generated 决算单位构成 is never 沿用上年，请核对", () => {
    expect(pkg.overview.composition).toBe(carriedTexts(previous, 2021).composition);
    expect(carried("DEPARTMENT")).not.toContainEqual(expect.stringContaining("决算单位构成"));
    // The duties the department's clerk left as they were are still marked.
    expect(carried("DEPARTMENT")).toEqual([expect.stringMatching(/^部门职责：沿用上年，请核对/)]);
  });

  it("a unit report's 决算单位构成 is the clerk's text: marked while unchanged", () => {
    expect(carried("UNIT")).toContainEqual(expect.stringMatching(/^决算单位构成：沿用上年，请核对/));
  });
});
