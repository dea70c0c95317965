import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { blankPackage, fixturePackage, incomeRow } from "../testing/builders";
import { carriedTexts } from "../carry-over";
import { consolidate, DEPARTMENT_GENERATED_FIELDS } from "../consolidate";
import type { TPackage } from "../package";
import { departmentExample } from "../testing/department-example";
import { hasBlockingErrors, runChecks, staleYearMention } from ".";

const codes = codeSetForYear(2021);

describe("R10: nothing to disclose", () => {
  it("blocks a report whose income and expenditure are all zero, and only that", () => {
    const pkg = blankPackage(2021);
    const results = runChecks(pkg, { codes, prior: null });
    expect(results.map((r) => r.rule)).toEqual(["R10"]);
    expect(hasBlockingErrors(results)).toBe(true);
    expect(results[0].message).toContain("本年收入合计和本年支出合计都为0");
  });

  it("is quiet once there is any income (other rules then speak)", () => {
    const pkg = blankPackage(2021);
    pkg.income = [incomeRow("2012901", { other: 100n })];
    expect(runChecks(pkg, { codes, prior: null }).map((r) => r.rule)).not.toContain("R10");
  });
});

describe("W5: texts carried over from last year", () => {
  const previous = fixturePackage(); // 2020
  // What a new draft "from last year" starts with (lib/workspace/new-package does exactly this).
  const carried = (): TPackage => {
    const pkg = blankPackage(2021);
    const t = carriedTexts(previous, 2021);
    pkg.overview = { duties: t.duties, organization: t.organization, composition: t.composition };
    pkg.otherMatters.other = t.other;
    return pkg;
  };
  const w5 = (pkg: TPackage) => runChecks(pkg, { codes, prior: null, previous }).filter((r) => r.rule === "W5");

  it("marks every carried text 沿用上年，请核对, linked to its field", () => {
    expect(w5(carried()).map((r) => [r.path, r.severity, r.message])).toEqual([
      ["overview.duties", "warning", "部门职责：沿用上年，请核对（与上年报告相同，如无变化可忽略本提示）"],
      ["overview.organization", "warning", "机构设置：沿用上年，请核对（与上年报告相同，如无变化可忽略本提示）"],
      ["overview.composition", "warning", "决算单位构成：沿用上年，请核对（与上年报告相同，如无变化可忽略本提示）"],
      ["otherMatters.other", "warning", "其他需要说明的事项：沿用上年，请核对（与上年报告相同，如无变化可忽略本提示）"],
    ]);
  });

  it("drops the mark of a text once it is edited", () => {
    const pkg = carried();
    pkg.overview.organization += "新设办公室。";
    pkg.overview.duties = [...pkg.overview.duties.slice(1)];
    pkg.otherMatters.other = "";
    expect(w5(pkg).map((r) => r.path)).toEqual(["overview.composition"]);
  });

  it("says nothing without last year's package", () => {
    expect(runChecks(carried(), { codes, prior: null }).filter((r) => r.rule === "W5")).toEqual([]);
  });
});

describe("W5 on a department report: 决算单位构成 is generated from the unit tree, never marked", () => {
  // Two years of the same department with the same members: the consolidation writes the same
  // composition sentence (the year aside) both years; the clerk's texts are carried from 2020.
  const department = (year: number, texts?: TPackage) => consolidate({ ...departmentExample(year), texts, codes: codeSetForYear(year) }).package;
  const previous = department(2020);
  previous.overview.organization = "内设办公室、财务部。";
  const texts = structuredClone(departmentExample(2021).parent.package);
  const t = carriedTexts(previous, 2021);
  texts.overview = { duties: t.duties, organization: t.organization, composition: "" };
  const pkg = department(2021, texts);
  const w5 = (generated?: readonly string[]) =>
    runChecks(pkg, { codes, prior: null, previous, generated })
      .filter((r) => r.rule === "W5")
      .map((r) => r.path);

  it("the generated sentence is the carried one (what W5 compares), so unmarked it would misfire", () => {
    expect(pkg.overview.composition).toBe(carriedTexts(previous, 2021).composition);
    expect(w5()).toContain("overview.composition");
  });

  it("with the department's generated fields: 决算单位构成 is not marked, the clerk's carried texts still are", () => {
    expect(DEPARTMENT_GENERATED_FIELDS).toEqual(["overview.composition"]);
    expect(w5(DEPARTMENT_GENERATED_FIELDS)).toEqual(["overview.duties", "overview.organization"]);
  });
});

describe("W6: an earlier year named as the report's own", () => {
  it("flags a 绩效自评 heading copied from last year, linked to the field", () => {
    const pkg = fixturePackage();
    pkg.year = 2021;
    const w6 = runChecks(pkg, { codes, prior: null }).filter((r) => r.rule === "W6");
    expect(w6).toContainEqual({
      rule: "W6",
      severity: "warning",
      message: "绩效自评报告写的是“2020 年度”，本报告是2021年度的，请核对是否沿用了上年的文字",
      path: "performance.selfEvaluationReport",
    });
  });

  it("the 2020 report naming 2020 is fine", () => {
    expect(runChecks(fixturePackage(), { codes: codeSetForYear(2020) }).filter((r) => r.rule === "W6")).toEqual([]);
  });

  it("reads 本年（2020年） and 2020年度 as stale, comparisons with 2020 as fine", () => {
    expect(staleYearMention("本年（2020年）收入增加", 2021)).toBe("本年（2020年）");
    expect(staleYearMention("2020年度部门整体支出绩效自评", 2021)).toBe("2020年度");
    expect(staleYearMention("与2020年度相比，减少10万元", 2021)).toBeNull();
    expect(staleYearMention("比2020年度增加", 2021)).toBeNull();
    expect(staleYearMention("上年（2020年度）决算数", 2021)).toBeNull();
    expect(staleYearMention("2021年度部门整体支出", 2021)).toBeNull();
  });

  it("reads 本年 followed by an earlier year, and a heading opening with one, as stale; dates and this year as fine", () => {
    expect(staleYearMention("本年2020年收入合计221.75万元", 2021)).toBe("本年2020年");
    expect(staleYearMention("## 2020年部门整体支出绩效自评报告\n一、基本情况", 2021)).toBe("2020年");
    expect(staleYearMention("一、基本情况\n2020年，我会围绕……", 2021)).toBe("2020年");
    expect(staleYearMention("2020年12月31日前完成", 2021)).toBeNull();
    expect(staleYearMention("## 2021年部门整体支出绩效自评报告", 2021)).toBeNull();
    expect(staleYearMention("本年2021年收入", 2021)).toBeNull();
  });
});
