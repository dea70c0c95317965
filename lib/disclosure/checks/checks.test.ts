import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { priorFigures } from "../figures";
import type { CheckResult } from "../model";
import { blankPackage, fixturePackage } from "../testing/builders";
import { hasBlockingErrors, runChecks } from ".";

const codes = codeSetForYear(2020);
const check = (pkg = fixturePackage()) => runChecks(pkg, { codes, prior: priorFigures(pkg) });
const only = (results: CheckResult[], rule: string) => results.filter((r) => r.rule === rule);

describe("the reference report", () => {
  it("has no blocking error and exactly one warning: W3 on 2012999 (budget 42万元, no spending)", () => {
    const results = check();
    expect(hasBlockingErrors(results)).toBe(false);
    expect(results).toEqual([
      {
        rule: "W3",
        severity: "warning",
        message: "公开05 科目2012999（其他群众团体事务支出） 年初预算数 = 42.00万元，但没有支出（决算数为0），请核实",
        table: "g05",
        row: "科目2012999（其他群众团体事务支出）",
        column: "合计",
        left: { label: "决算数", amount: 0n },
        right: { label: "年初预算数", amount: 42_000_000n },
        path: "generalBudgetExpenditure[3].basic",
      },
    ]);
  });

  it("the empty template has only R10: income and spending all zero block submission, saying why", () => {
    expect(check(blankPackage())).toEqual([
      {
        rule: "R10",
        severity: "error",
        message:
          "本年收入合计和本年支出合计都为0，报告没有可公开的收支，不能提交：请在“收入（公开02）”和“支出（公开03）”中填报本年的收入和支出（或导入决算数据）",
        table: "g01",
        row: "本年收入合计",
        column: "金额",
        path: "income",
      },
    ]);
  });
});

describe("R1 negative amounts and counts", () => {
  it("names table, line, column and path", () => {
    const pkg = fixturePackage();
    pkg.income[3].fiscal = "-5.00";
    pkg.threePublic.outboundGroups = -1;
    const r1 = only(check(pkg), "R1");
    expect(r1.map((r) => [r.path, r.message])).toEqual([
      ["income[3].fiscal", "公开02 收入决算表 科目2013201（行政运行）“财政拨款收入”为-5.00元，金额不能为负数"],
      ["threePublic.outboundGroups", "第三部分 七、“三公”经费“因公出国（境）团组数（个）”为-1，数量必须是不小于0的整数"],
    ]);
    expect(r1[0].left).toEqual({ label: "财政拨款收入", amount: -500n });
  });

  it('"-0.00" is not negative', () => {
    const pkg = fixturePackage();
    pkg.balances.nonFiscalBalanceUsed = "-0.00";
    expect(only(check(pkg), "R1")).toEqual([]);
  });
});

describe("R2 codes", () => {
  it("reports a 款 code, an unknown 项, a duplicate, and economic codes in the wrong block", () => {
    const pkg = fixturePackage();
    pkg.income[0].code = "20102";
    pkg.expenditure[1].code = "2019998";
    pkg.generalBudgetExpenditure[1].code = "2010201";
    pkg.basicExpenditure.personnel[0].code = "30201";
    pkg.basicExpenditure.public[0].code = "301";
    const r2 = only(check(pkg), "R2");
    expect(r2.map((r) => [r.path, r.message])).toEqual([
      ["income[0].code", "公开02 收入决算表 第1行科目编码“20102”不是7位的项级科目编码"],
      ["expenditure[1].code", "公开03 支出决算表 第2行科目编码“2019998”在2020年度适用的科目编码表中不存在"],
      ["generalBudgetExpenditure[1].code", "公开05 一般公共预算财政拨款支出决算表 第2行科目编码“2010201”重复（第1行已填写），同一张表中一个科目只能出现一次"],
      [
        "basicExpenditure.personnel[0].code",
        "公开06 一般公共预算财政拨款基本支出决算表 人员经费第1行科目编码“30201”不属于人员经费（人员经费只能是301、303类科目）",
      ],
      ["basicExpenditure.public[0].code", "公开06 一般公共预算财政拨款基本支出决算表 公用经费第1行科目编码“301”不是5位的款级经济分类科目编码"],
    ]);
  });

  it("the 2020 set serves 2021; a year before any set is one error", () => {
    const pkg = fixturePackage();
    pkg.year = 2021;
    expect(only(runChecks(pkg, { codes: codeSetForYear(2021) }), "R2")).toEqual([]);
    pkg.year = 2019;
    const r2 = only(runChecks(pkg, { codes: codeSetForYear(2019) }), "R2");
    expect(r2.map((r) => r.message)).toEqual(["没有适用于2019年度的科目编码表，无法核对科目编码，请联系管理员导入科目编码表"]);
  });

  it("a code in both blocks of 公开06 is a duplicate", () => {
    const pkg = fixturePackage();
    pkg.basicExpenditure.public.push({ code: "30101", amount: "0.00" });
    const messages = only(check(pkg), "R2").map((r) => r.message);
    expect(messages).toContain(
      "公开06 一般公共预算财政拨款基本支出决算表 公用经费第7行科目编码“30101”重复（人员经费第1行已填写），同一张表中一个科目只能出现一次",
    );
  });
});

describe("R3 公开01 balance", () => {
  it("states both sides and the difference in 万元", () => {
    const pkg = fixturePackage();
    pkg.balances.closingCarryover = "10600.00"; // 2.81 → 1.06 万元
    const [r3] = only(check(pkg), "R3");
    expect(r3.message).toBe(
      "公开01 收支不平衡：本年收入合计+使用非财政拨款结余+年初结转和结余 = 221.75万元，本年支出合计+结余分配+年末结转和结余 = 220.00万元，相差1.75万元",
    );
    expect(r3).toMatchObject({
      table: "g01",
      row: "总计",
      path: "expenditure",
      links: [
        { path: "expenditure", label: "支出（公开03）" },
        { path: "income", label: "收入（公开02）" },
      ],
      left: { amount: 221_750_000n },
      right: { amount: 220_000_000n },
    });
  });

  it("switches to 元 when a 万元 figure would hide the difference", () => {
    const pkg = fixturePackage();
    pkg.balances.closingCarryover = "28100.01";
    expect(only(check(pkg), "R3")[0].message).toBe(
      "公开01 收支不平衡：本年收入合计+使用非财政拨款结余+年初结转和结余 = 2,217,500.00元，本年支出合计+结余分配+年末结转和结余 = 2,217,500.01元，相差0.01元",
    );
  });
});

describe("R4–R8", () => {
  it("R4: 公开02 财政拨款收入 ≠ fiscal income of the three funds", () => {
    const pkg = fixturePackage();
    pkg.fiscal.income.governmentFund = "100.00";
    pkg.fiscal.closingCarryover.governmentFund = "100.00"; // the fund balances; 公开08 is still empty
    const results = check(pkg);
    expect(only(results, "R4").map((r) => r.message)).toEqual([
      "公开02 财政拨款收入与公开04不一致：公开02 合计行“财政拨款收入” = 218.94万元，公开04 本年收入合计（三项财政拨款之和） = 218.95万元，相差0.01万元",
    ]);
    expect(only(results, "R5").map((r) => r.path)).toEqual(["fiscal.income.governmentFund", "fiscal.closingCarryover.governmentFund"]);
  });

  it("R5: a fund that does not balance, and 公开08 totals against `fiscal`", () => {
    const pkg = fixturePackage();
    pkg.fiscal.closingCarryover.generalBudget = "5000.00";
    const [r5] = only(check(pkg), "R5");
    expect(r5.message).toBe(
      "公开04 一般公共预算财政拨款收支不平衡：本年收入+年初结转和结余 = 218.94万元，本年支出（公开05合计）+年末结转和结余 = 219.44万元，相差0.50万元",
    );
    expect(r5.path).toBe("fiscal.closingCarryover.generalBudget");
  });

  it("R6: fiscal spending above 公开03 for a code", () => {
    const pkg = fixturePackage();
    pkg.generalBudgetExpenditure[2].project = "170000.00";
    const r6 = only(check(pkg), "R6");
    expect(r6.map((r) => [r.path, r.message])).toEqual([
      [
        "expenditure[2].project",
        "公开03 科目2012901（行政运行） 财政拨款支出超过全部支出：财政拨款项目支出（公开05+公开08+公开09） = 17.00万元，公开03“项目支出” = 16.00万元，相差1.00万元",
      ],
    ]);
  });

  it("R6 points at the fiscal line when 公开03 has no line for the code", () => {
    const pkg = fixturePackage();
    pkg.generalBudgetExpenditure[3].basic = "1.00";
    expect(only(check(pkg), "R6").map((r) => r.path)).toEqual(["generalBudgetExpenditure[3].basic"]);
  });

  it("R7: 公开06 ≠ 公开05 基本支出", () => {
    const pkg = fixturePackage();
    pkg.basicExpenditure.personnel[0].amount = "420000.05";
    expect(only(check(pkg), "R7").map((r) => r.message)).toEqual([
      "公开06 合计与公开05基本支出不一致：公开06 人员经费合计+公用经费合计 = 2,029,400.05元，公开05 合计行“基本支出” = 2,029,400.00元，相差0.05元",
    ]);
  });

  it("R8: small-and-micro ≤ SME ≤ total", () => {
    const pkg = fixturePackage();
    pkg.otherMatters.procurement = { goods: "100.00", works: "0.00", services: "0.00", smeContracts: "150.00", smallMicroContracts: "200.00" };
    expect(only(check(pkg), "R8").map((r) => r.path)).toEqual(["otherMatters.procurement.smeContracts", "otherMatters.procurement.smallMicroContracts"]);
  });
});

describe("R9 reasons", () => {
  it("asks for each missing reason the narrative needs", () => {
    const pkg = fixturePackage();
    delete pkg.generalBudgetExpenditure[2].varianceReason;
    pkg.reasons = { grandTotalChange: "  " };
    pkg.otherMatters.operatingCosts = { actual: "613000.00", budget: "278400.00" };
    const r9 = only(check(pkg), "R9");
    expect(r9.map((r) => r.path)).toEqual([
      "generalBudgetExpenditure[2].varianceReason",
      "otherMatters.operatingCosts.reasonVsBudget",
      "reasons.grandTotalChange",
      "reasons.fiscalTotalChange",
      "reasons.generalBudgetChange",
      "otherMatters.operatingCosts.reasonVsPriorYear",
    ]);
    expect(r9[0].message).toBe(
      "公开05 科目2012901（行政运行） 决算数 = 112.80万元，年初预算数 = 191.64万元，两者不一致，请填写差异原因（第三部分 五、（三））",
    );
    expect(r9[2].message).toBe("收支总计与上年相比发生变化：本年 = 221.75万元，上年 = 225.73万元，请填写变动原因（第三部分 一）");
  });

  it("asks no year-on-year reason without last year's figures, nor for a figure that did not change", () => {
    const pkg = fixturePackage();
    pkg.reasons = {};
    pkg.otherMatters.operatingCosts.reasonVsPriorYear = undefined;
    expect(only(runChecks(pkg, { codes, prior: null }), "R9")).toEqual([]);
    pkg.priorYear = {
      ...pkg.priorYear!,
      grandTotal: "2217500.00",
      fiscalGrandTotal: "2189400.00",
      generalBudgetExpenditure: "2189400.00",
      operatingCosts: "613000.00",
    };
    expect(only(check(pkg), "R9")).toEqual([]);
  });
});

describe("warnings", () => {
  it("W1: 机关运行经费 ≠ 公用经费", () => {
    const pkg = fixturePackage();
    pkg.otherMatters.operatingCosts.actual = "600000.00";
    const [w1] = only(check(pkg), "W1");
    expect(w1.severity).toBe("warning");
    expect(w1.message).toBe("机关运行经费与公用经费不一致：机关运行经费 = 60.00万元，公开06 公用经费合计 = 61.30万元，相差1.30万元，请核实");
  });

  it("W2: over 30% is judged exactly; exactly 30% is not over", () => {
    const pkg = fixturePackage();
    pkg.priorYear!.operatingCosts = "471538.46"; // 613000 / 471538.46 = +30.0000…%: over by 0.0046 元
    expect(only(check(pkg), "W2").map((r) => r.message)).toEqual([
      "机关运行经费与上年相比增长30.0%（本年 = 613,000.00元，上年 = 471,538.46元），变动超过30%，请核实并说明原因",
    ]);
    pkg.priorYear!.operatingCosts = "471540.00";
    pkg.otherMatters.operatingCosts.actual = "613002.00"; // exactly +30%
    pkg.basicExpenditure.public[5].amount = "73002.00";
    pkg.basicExpenditure.personnel[9].amount = "39998.00";
    expect(only(check(pkg), "W2")).toEqual([]);
  });

  it("W2 ignores a zero base (no percentage) and judges decreases too", () => {
    const pkg = fixturePackage();
    pkg.priorYear!.grandTotal = "0.00";
    pkg.priorYear!.fiscalGrandTotal = "4000000.00";
    expect(only(check(pkg), "W2").map((r) => r.message)).toEqual([
      "财政拨款收支总计与上年相比减少45.3%（本年 = 218.94万元，上年 = 400.00万元），变动超过30%，请核实并说明原因",
    ]);
  });

  it("W4: vehicle purchase spending with no vehicle purchased", () => {
    const pkg = fixturePackage();
    pkg.threePublic.actual.vehiclePurchase = "250000.00";
    expect(only(check(pkg), "W4").map((r) => r.message)).toEqual(["公开07 决算数“公务用车购置费” = 25.00万元，但购置公务用车数量为0辆，请核实"]);
  });
});
