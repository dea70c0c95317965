import { describe, expect, it } from "vitest";
import { describeIssue, formatIssuePath, NOT_A_PACKAGE, parsePackage, parsePackageJson } from "./package";
import { FIXTURE_JSON } from "./testing/builders";

const fixture = () => structuredClone(FIXTURE_JSON) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("parsePackage", () => {
  it("accepts the reference package", () => {
    const r = parsePackage(fixture());
    expect(r.ok).toBe(true);
  });

  it("reports every problem at once, each with its path and a Chinese message", () => {
    const x = fixture();
    x.format = "budget-disclosure/2";
    x.year = "2020";
    x.unit.name = "";
    x.income[3].fiscal = "1.234";
    x.income[0].code = "20a";
    x.expenditure[1].basic = 100;
    x.threePublic.outboundGroups = 1.5;
    delete x.balances.closingCarryover;
    x.otherMatters.procurement.goods = "1,000";
    const r = parsePackage(x);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map(describeIssue).sort()).toEqual(
      [
        '概况 数据格式：数据格式应为 "budget-disclosure/1"（本系统导出的数据包）',
        "概况 年度：年度必须是整数",
        "概况 单位名称：单位名称不能为空",
        "公开02 收入决算表 第4行 财政拨款收入：金额最多两位小数",
        "公开02 收入决算表 第1行 科目编码：科目编码只能包含数字",
        '公开03 支出决算表 第2行 基本支出：金额必须是文本形式的数字，例如 "2189400.00"',
        "“三公”经费（公开07） 因公出国（境）团组数（个）：数量必须是整数",
        "公开01 收入支出决算总表 年末结转和结余：缺少必填字段",
        '其他重要事项 政府采购：货物：金额格式不正确，应为数字，例如 "2189400.00"',
      ].sort(),
    );
  });

  it("allows a sign (drafts may hold a negative; check R1 blocks it) but not a float", () => {
    const x = fixture();
    x.income[0].fiscal = "-14700.00";
    expect(parsePackage(x).ok).toBe(true);
    x.income[0].fiscal = 14700;
    expect(parsePackage(x).ok).toBe(false);
  });

  it("range of the year, an array where a list belongs, a missing block", () => {
    const x = fixture();
    x.year = 1999;
    x.income = {};
    delete x.performance;
    const r = parsePackage(x);
    expect(r.ok ? [] : r.issues.map(describeIssue).sort()).toEqual(
      ["概况 年度：年度不能早于2000年", "公开02 收入决算表：必须是列表", "绩效：整块缺少，应有预算绩效管理工作开展情况、部门整体支出绩效自评报告"].sort(),
    );
  });

  it("a non-object, a list or an object without format is one issue at the root, in Chinese, naming no English field", () => {
    for (const input of [42, [], {}, { name: "x" }, null]) {
      const r = parsePackage(input);
      expect(r.ok ? null : r.issues.map(describeIssue)).toEqual([NOT_A_PACKAGE]);
    }
    expect(NOT_A_PACKAGE).toMatch(/^这不是决算公开数据包/);
  });

  it("every field of a package with everything missing below its blocks is named in Chinese, by the catalog's labels", () => {
    const r = parsePackage({
      format: "budget-disclosure/1",
      unit: {},
      overview: {},
      balances: {},
      fiscal: { income: {} },
      threePublic: { budget: {} },
      otherMatters: { procurement: {}, assets: {} },
      performance: {},
    });
    expect(r.ok).toBe(false);
    const lines = r.ok ? [] : r.issues.map(describeIssue);
    for (const line of lines) expect(line).not.toMatch(/[a-zA-Z]/);
    expect(lines).toContain("概况 单位编码：缺少必填字段");
    expect(lines).toContain("公开04 财政拨款收入支出决算总表 本年收入：一般公共预算财政拨款：缺少必填字段");
  });

  it("a package with only its format names each missing block and the fields it should hold, no English key", () => {
    const r = parsePackage({ format: "budget-disclosure/1" });
    const lines = r.ok ? [] : r.issues.map(describeIssue);
    expect(lines).toContain("概况：整块缺少，应有单位编码、单位名称、单位简称、地区、单位类别");
    expect(lines).toContain("公开02 收入决算表：缺少整张表（没有数据时也应为空列表 []）");
    expect(lines).toContain("公开01 收入支出决算总表：整块缺少，应有使用非财政拨款结余、年初结转和结余、结余分配、年末结转和结余");
    for (const line of lines) expect(line.replace(/\[\]/g, "")).not.toMatch(/[a-zA-Z]/);
  });
});

describe("parsePackageJson", () => {
  it("reports a syntax error as one issue at the root", () => {
    expect(parsePackageJson("{")).toEqual({ ok: false, issues: [{ path: "", message: "文件不是有效的 JSON" }] });
  });

  it("parses text", () => {
    expect(parsePackageJson(JSON.stringify(FIXTURE_JSON)).ok).toBe(true);
  });
});

describe("paths", () => {
  it("are written as a developer and a clerk read them", () => {
    expect(formatIssuePath(["income", 3, "fiscal"])).toBe("income[3].fiscal");
    expect(formatIssuePath([])).toBe("");
    expect(formatIssuePath(["basicExpenditure", "personnel", 0, "code"])).toBe("basicExpenditure.personnel[0].code");
    expect(describeIssue({ path: "", message: "文件不是有效的 JSON" })).toBe("文件不是有效的 JSON");
  });
});
