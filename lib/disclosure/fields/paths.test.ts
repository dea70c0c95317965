import { describe, expect, it } from "vitest";
import { fixturePackage } from "../testing/builders";
import { BUILTIN_CODE_SETS } from "../codes";
import { codePath, fieldAnchorId, fieldPattern, indexPath, isFieldPathSyntax, pathCode, pointsAt } from "./paths";
import { fieldLabel } from "./label";
import { partForPath } from "./parts";

const codes = BUILTIN_CODE_SETS[0];

describe("field paths", () => {
  it("reduce index and code rows to one pattern", () => {
    expect(fieldPattern("income[3].fiscal")).toBe("income[].fiscal");
    expect(fieldPattern("basicExpenditure.public[code=30201].amount")).toBe("basicExpenditure.public[].amount");
    expect(fieldPattern("overview.duties[0]")).toBe("overview.duties[]");
    expect(pathCode("income[code=2013101].fiscal")).toBe("2013101");
  });

  it("accept both spellings and nothing else from outside", () => {
    for (const ok of ["income[3].fiscal", "income[code=2013101].fiscal", "fiscal.income", "basicExpenditure.public[code=30201].amount", "overview.duties[0]"]) {
      expect(isFieldPathSyntax(ok), ok).toBe(true);
    }
    for (const bad of ["", "income[x].fiscal", "income[code=2013101", "a..b", ".a", "income[3]fiscal", "a=b", "<script>", `a${".b".repeat(100)}`]) {
      expect(isFieldPathSyntax(bad), bad).toBe(false);
    }
  });

  it("give the editor's DOM ids, the same as check links always used", () => {
    expect(fieldAnchorId("income[3].fiscal")).toBe("f-income-3-fiscal");
    expect(fieldAnchorId("income[code=2013101].fiscal")).toBe("f-income-code-2013101-fiscal");
    expect(fieldAnchorId("income[3]")).toBe("f-income-3");
    expect(fieldAnchorId("fiscal.income.generalBudget")).toBe("f-fiscal-income-generalBudget");
  });

  it("convert between index and code spellings in a package", () => {
    const pkg = fixturePackage();
    expect(codePath(pkg, "income[2].fiscal")).toBe(`income[code=${pkg.income[2].code}].fiscal`);
    expect(indexPath(pkg, `income[code=${pkg.income[2].code}].fiscal`)).toBe("income[2].fiscal");
    expect(indexPath(pkg, "income[code=9999999].fiscal")).toBeNull();
    expect(codePath(pkg, "overview.duties[1]")).toBe("overview.duties[1]");
    expect(indexPath(pkg, "balances.openingCarryover")).toBe("balances.openingCarryover");
  });

  it("find the input a remark on either spelling belongs to, following a moved row", () => {
    const pkg = fixturePackage();
    const code = pkg.income[2].code;
    expect(pointsAt(pkg, `income[code=${code}].fiscal`, "income[2].fiscal")).toBe(true);
    expect(pointsAt(pkg, "income[2].fiscal", "income[2].fiscal")).toBe(true);
    expect(pointsAt(pkg, `income[code=${code}].fiscal`, "income[1].fiscal")).toBe(false);
    expect(pointsAt(pkg, `income[code=${code}].other`, "income[2].fiscal")).toBe(false);
    const moved = { ...pkg, income: [pkg.income[2], ...pkg.income.filter((_, i) => i !== 2)] };
    expect(pointsAt(moved, `income[code=${code}].fiscal`, "income[0].fiscal")).toBe(true);
    expect(pointsAt(moved, `income[code=${code}].fiscal`, "income[2].fiscal")).toBe(false);
  });

  it("belong to editor parts", () => {
    expect(partForPath("income[code=2013101].fiscal")).toBe("income");
    expect(partForPath("basicExpenditure.personnel[0].amount")).toBe("basic-expenditure");
    expect(partForPath("unit.name")).toBe("overview");
  });
});

describe("fieldLabel", () => {
  it("names coded rows by code, with the code's name when codes are given", () => {
    expect(fieldLabel("income[code=2012901].fiscal")).toBe("公开02 收入决算表 2012901 财政拨款收入");
    expect(fieldLabel("income[code=2012901].fiscal", codes)).toMatch(/^公开02 收入决算表 2012901 \S+ 财政拨款收入$/);
    expect(fieldLabel("income[3].fiscal")).toBe("公开02 收入决算表 第4行 财政拨款收入");
    expect(fieldLabel("basicExpenditure.personnel[code=30101].amount")).toBe("公开06 一般公共预算财政拨款基本支出决算表 30101 人员经费决算数");
    expect(fieldLabel("income[code=2012901]")).toBe("公开02 收入决算表 2012901");
    expect(fieldLabel("expenditure[0].code")).toBe("公开03 支出决算表 第1行 科目编码");
  });

  it("names other fields by table or part", () => {
    expect(fieldLabel("fiscal.income.generalBudget")).toBe("公开04 财政拨款收入支出决算总表 本年收入：一般公共预算财政拨款");
    expect(fieldLabel("otherMatters.meetingCosts")).toBe("其他重要事项 会议费");
    expect(fieldLabel("threePublic.outboundGroups")).toBe("“三公”经费（公开07） 因公出国（境）团组数（个）");
    expect(fieldLabel("overview.duties[2]")).toBe("概况 部门职责 第3条");
    expect(fieldLabel("no.such.field")).toBe("no.such.field");
  });
});
