/**
 * 公开01 收入支出决算总表. Income side: the three fiscal funds (from `fiscal.income`, the only
 * place the split by fund is entered), the five other sources (Σ公开02 columns), 本年收入合计
 * (= Σ公开02, as computeTotals defines it; when R4 fails the eight lines and this total disagree
 * and the check says so), 使用非财政拨款结余, 年初结转和结余, 总计. Expenditure side: one line per 类
 * entered in 公开03 with its 本年支出合计, then 本年支出合计, 结余分配, 年末结转和结余, 总计.
 */
import type { CodeSet } from "../codes";
import { computeTotals, type PackageTotals } from "../figures";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { emptyNote } from "./notes";
import { col, hc, makeTable } from "./shared";
import { classLines, line, sideBySide, sidesLeadingColumns, yuan } from "./sides";

export function buildTable01(pkg: TPackage, codes: CodeSet | null, totals: PackageTotals = computeTotals(pkg)): DisclosureTable {
  const t = totals;
  const income = [
    line("一、一般公共预算财政拨款收入", [t.fiscal.income.generalBudget]),
    line("二、政府性基金预算财政拨款收入", [t.fiscal.income.governmentFund]),
    line("三、国有资本经营预算财政拨款收入", [t.fiscal.income.stateCapital]),
    line("四、上级补助收入", [t.income.superiorSubsidy]),
    line("五、事业收入", [t.income.business]),
    line("六、经营收入", [t.income.operating]),
    line("七、附属单位上缴收入", [t.income.subsidiaryRemittance]),
    line("八、其他收入", [t.income.other]),
  ];
  const spending = classLines(
    [pkg.expenditure],
    (r) => [yuan(r.basic) + yuan(r.project) + yuan(r.remittedToSuperior) + yuan(r.operating) + yuan(r.subsidiaryGrants)],
    1,
    codes,
  );
  const rows = sideBySide(
    income,
    spending,
    [
      [line("本年收入合计", [t.incomeTotal], "合计"), line("本年支出合计", [t.expenditureTotal], "合计")],
      [line("使用非财政拨款结余", [t.nonFiscalBalanceUsed]), line("结余分配", [t.surplusDistribution])],
      [line("年初结转和结余", [t.openingCarryover]), line("年末结转和结余", [t.closingCarryover])],
      [line("总计", [t.grandTotal], "合计"), line("总计", [t.expenditureGrandTotal], "合计")],
    ],
    [1, 1],
  );
  const columns = [...sidesLeadingColumns(), col("expenditureAmount", "金额", "amount")];
  const shape = {
    key: "g01" as const,
    id: "公开01",
    title: "收入支出决算总表",
    columns,
    headerRows: [[hc("收入", 3), hc("支出", 3)], columns.map((c) => hc(c.label))],
  };
  return makeTable(shape, rows, emptyNote("g01", pkg.year));
}
