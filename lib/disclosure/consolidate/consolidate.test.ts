/**
 * 部门汇总 on a three-unit example worked by hand (amounts in 元; one functional line, 2012901 行政运行;
 * the packages are built in ../testing/department-example.ts):
 *
 * | unit            | income                                                     | expenditure                                                        |
 * | --------------- | ---------------------------------------------------------- | ------------------------------------------------------------------ |
 * | 市总工会 (parent) | 财政 750,000 + 其他 250,000 + 附属单位上缴 50,000 = 1,050,000 | 基本 600,000 + 项目 150,000 + 对附属单位补助 300,000 = 1,050,000 |
 * | 甲区工会         | 财政 300,000 + 上级补助 200,000 = 500,000                     | 基本 370,000 + 项目 100,000 + 上缴上级 30,000 = 500,000          |
 * | 乙区工会         | 财政 200,000 + 上级补助 100,000 = 300,000                     | 基本 180,000 + 项目 100,000 + 上缴上级 20,000 = 300,000          |
 *
 * 乙 also carries 10,000 年初结转和结余 and 10,000 年末结转和结余.
 * Internal transfers: grants 300,000 = 甲 200,000 + 乙 100,000; remittances 甲 30,000 + 乙 20,000 = 50,000.
 * Plain sums: income 1,850,000, expenditure 1,850,000. Less 300,000 + 50,000 on each side:
 * 本年收入合计 = 1,500,000 (财政 1,250,000 + 其他 250,000; 上级补助 0, 附属单位上缴 0),
 * 本年支出合计 = 1,500,000 (基本 1,150,000 + 项目 350,000; 上缴上级 0, 对附属单位补助 0),
 * 总计 = 1,500,000 + 10,000 = 1,510,000 on both sides.
 * 公开05: budget 1,250,000, 基本 1,000,000, 项目 250,000; 公开06: 30101 700,000 + 30201 300,000 = 1,000,000.
 */
import { describe, expect, it } from "vitest";
import { hasBlockingErrors, runChecks } from "../checks";
import { codeSetForYear } from "../codes";
import { computeTotals } from "../figures";
import { buildTables } from "../tables";
import { expenditureRow, incomeRow } from "../testing/builders";
import { DEPARTMENT_CODE, departmentExample, Y } from "../testing/department-example";
import { consolidate } from ".";

const codes = codeSetForYear(2021);
const CODE = DEPARTMENT_CODE;
const example = () => departmentExample(2021);

describe("consolidate: the worked three-unit example", () => {
  it("each unit on its own passes every blocking check", () => {
    const { parent, subordinates } = example();
    for (const m of [parent, ...subordinates]) expect(hasBlockingErrors(runChecks(m.package, { codes, prior: null }))).toBe(false);
  });

  it("eliminates both internal transfers and sums the rest by line", () => {
    const r = consolidate({ ...example(), codes });
    expect(r.errors).toEqual([]);
    expect(r.eliminations).toEqual([
      { pair: "grants", code: CODE, amount: Y(300000) },
      { pair: "remittances", code: CODE, amount: Y(50000) },
    ]);
    expect(r.package.income).toEqual([incomeRow(CODE, { fiscal: Y(1250000), other: Y(250000) })]);
    expect(r.package.expenditure).toEqual([expenditureRow(CODE, { basic: Y(1150000), project: Y(350000) })]);
    const t = computeTotals(r.package);
    expect(t.incomeTotal).toBe(Y(1500000));
    expect(t.expenditureTotal).toBe(Y(1500000));
    expect(t.grandTotal).toBe(Y(1510000));
    expect(t.expenditureGrandTotal).toBe(Y(1510000));
    expect(t.income.superiorSubsidy).toBe(0n);
    expect(t.income.subsidiaryRemittance).toBe(0n);
    expect(t.expenditure.subsidiaryGrants).toBe(0n);
    expect(t.expenditure.remittedToSuperior).toBe(0n);
    expect(t.generalBudget).toEqual({ budget: Y(1250000), basic: Y(1000000), project: Y(250000), total: Y(1250000) });
    expect(r.package.basicExpenditure).toEqual({ personnel: [{ code: "30101", amount: "700000.00" }], public: [{ code: "30201", amount: "300000.00" }] });
    expect(r.package.otherMatters.operatingCosts.actual).toBe("300000.00");
    expect(r.package.fiscal.income.generalBudget).toBe("1250000.00");
  });

  it("the consolidated package passes every blocking check and its 公开03 shows no internal transfer", () => {
    const r = consolidate({ ...example(), codes });
    expect(runChecks(r.package, { codes, prior: null }).filter((c) => c.severity === "error")).toEqual([]);
    const g03 = buildTables(r.package, codes)[2];
    const total = g03.rows.find((row) => row.level === "合计")!;
    // 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出 (after the code and name columns).
    expect(total.values.slice(-6)).toEqual([Y(1500000), Y(1150000), Y(350000), 0n, 0n, 0n]);
  });

  it("texts are the department's own; 决算单位构成 names every member", () => {
    const texts = example().parent.package;
    texts.reasons = { grandTotalChange: "部门汇总说明" };
    const r = consolidate({ ...example(), texts, codes });
    expect(r.package.unit.code).toBe("D100");
    expect(r.package.overview.duties).toEqual(["指导全市工会工作"]);
    expect(r.package.reasons).toEqual({ grandTotalChange: "部门汇总说明" });
    expect(r.package.overview.composition).toBe("市总工会2021年部门决算汇总公开单位构成包括：市总工会本级、甲区工会、乙区工会。");
    expect(consolidate({ parent: example().parent, subordinates: [] }).package.overview.composition).toBe(
      "市总工会2021年部门决算汇总公开单位构成仅包括：市总工会本级。",
    );
  });
});

describe("consolidate: transfers that do not match", () => {
  it("is a blocking error naming both units and the difference; that pair is not eliminated", () => {
    const ex = example();
    // 乙 books 90,000 of the 100,000 grant as 上级补助 and 10,000 as 事业收入.
    ex.subordinates[1].package.income = [incomeRow(CODE, { fiscal: Y(200000), superiorSubsidy: Y(90000), business: Y(10000) })];
    const r = consolidate({ ...ex, codes });
    expect(r.errors).toEqual([
      {
        rule: "D1",
        severity: "error",
        message:
          "内部往来不能抵销（科目2012901（行政运行））：市总工会 对附属单位补助支出 = 30.00万元，下属单位上级补助收入合计 = 29.00万元（甲区工会 上级补助收入 = 20.00万元，乙区工会 上级补助收入 = 9.00万元），相差1.00万元",
        table: "g03",
        row: "科目2012901（行政运行）",
        column: "对附属单位补助支出",
        left: { label: "市总工会 对附属单位补助支出", amount: Y(300000) },
        right: { label: "下属单位 上级补助收入合计", amount: Y(290000) },
      },
    ]);
    expect(r.eliminations).toEqual([{ pair: "remittances", code: CODE, amount: Y(50000) }]);
    const t = computeTotals(r.package);
    expect(t.expenditure.subsidiaryGrants).toBe(Y(300000));
    expect(t.income.superiorSubsidy).toBe(Y(290000));
    expect(t.grandTotal).toBe(t.expenditureGrandTotal);
  });

  it("a remittance the parent did not book is an error naming the subordinate", () => {
    const ex = example();
    ex.parent.package.income = [incomeRow(CODE, { fiscal: Y(750000), other: Y(300000) })];
    const r = consolidate({ ...ex, codes });
    expect(r.errors.map((e) => [e.rule, e.message])).toEqual([
      [
        "D2",
        "内部往来不能抵销（科目2012901（行政运行））：市总工会 附属单位上缴收入 = 0.00万元，下属单位上缴上级支出合计 = 5.00万元（甲区工会 上缴上级支出 = 3.00万元，乙区工会 上缴上级支出 = 2.00万元），相差5.00万元",
      ],
    ]);
  });

  it("a parent's grant with no subordinate booking it says so", () => {
    const ex = example();
    const r = consolidate({ parent: ex.parent, subordinates: [], codes });
    expect(r.errors.map((e) => e.message)).toEqual([
      "内部往来不能抵销（科目2012901（行政运行））：市总工会 对附属单位补助支出 = 30.00万元，下属单位上级补助收入合计 = 0.00万元（下属单位均未填列上级补助收入），相差30.00万元",
      "内部往来不能抵销（科目2012901（行政运行））：市总工会 附属单位上缴收入 = 5.00万元，下属单位上缴上级支出合计 = 0.00万元（下属单位均未填列上缴上级支出），相差5.00万元",
    ]);
  });

  it("refuses members of another year", () => {
    const ex = example();
    ex.subordinates[0].package.year = 2020;
    expect(() => consolidate(ex)).toThrow(/D101/);
  });
});
