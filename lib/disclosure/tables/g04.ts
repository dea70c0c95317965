/**
 * 公开04 财政拨款收入支出决算总表. Income side (one 金额 column): the three funds, 本年收入合计,
 * 年初财政拨款结转和结余 and its three funds, 总计. Expenditure side (合计 and one column per fund):
 * one line per 类 entered in 公开05/08/09, 本年支出合计, 年末财政拨款结转和结余, 总计. Spending per
 * fund is Σ公开05 (basic + project), Σ公开08 本年支出, Σ公开09; carryovers come from `fiscal`.
 */
import type { CodeSet } from "../codes";
import { computeTotals, type FundTotals, type PackageTotals } from "../figures";
import type { Fen } from "../money";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { emptyNote } from "./notes";
import { col, hc, makeTable } from "./shared";
import { classLines, line, sideBySide, sidesLeadingColumns, yuan } from "./sides";

const FUND_LABELS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];

function split(f: FundTotals): Fen[] {
  return [f.total, f.generalBudget, f.governmentFund, f.stateCapital];
}

export function buildTable04(pkg: TPackage, codes: CodeSet | null, totals: PackageTotals = computeTotals(pkg)): DisclosureTable {
  const t = totals;
  const income = t.fiscal.income;
  const opening = t.fiscal.openingCarryover;
  const closing = t.fiscal.closingCarryover;
  const spent = [t.generalBudget.total, t.governmentFund.expenditure, t.stateCapital.total];
  const spentTotal = spent[0] + spent[1] + spent[2];
  const closingByFund = [closing.generalBudget, closing.governmentFund, closing.stateCapital];
  const grandByFund = spent.map((s, i) => s + closingByFund[i]);

  const incomeTop = [
    line(`一、${FUND_LABELS[0]}`, [income.generalBudget]),
    line(`二、${FUND_LABELS[1]}`, [income.governmentFund]),
    line(`三、${FUND_LABELS[2]}`, [income.stateCapital]),
  ];
  const classes = classLines(
    [pkg.generalBudgetExpenditure, pkg.governmentFund, pkg.stateCapital],
    (r, fund) => {
      const amount = yuan(r.basic) + yuan(r.project);
      const perFund: Fen[] = [0n, 0n, 0n];
      perFund[fund] = amount;
      return [amount, ...perFund];
    },
    4,
    codes,
  );
  const rows = sideBySide(
    incomeTop,
    classes,
    [
      [line("本年收入合计", [income.total], "合计"), line("本年支出合计", [spentTotal, ...spent], "合计")],
      [line("年初财政拨款结转和结余", [opening.total]), line("年末财政拨款结转和结余", split(closing))],
      [line(FUND_LABELS[0], [opening.generalBudget]), null],
      [line(FUND_LABELS[1], [opening.governmentFund]), null],
      [line(FUND_LABELS[2], [opening.stateCapital]), null],
      [line("总计", [t.fiscalGrandTotal], "合计"), line("总计", [spentTotal + closing.total, ...grandByFund], "合计")],
    ],
    [1, 4],
  );
  const columns = [
    ...sidesLeadingColumns(),
    col("expenditureTotal", "合计", "amount"),
    col("generalBudget", FUND_LABELS[0], "amount"),
    col("governmentFund", FUND_LABELS[1], "amount"),
    col("stateCapital", FUND_LABELS[2], "amount"),
  ];
  const shape = {
    key: "g04" as const,
    id: "公开04",
    title: "财政拨款收入支出决算总表",
    columns,
    headerRows: [[hc("收入", 3), hc("支出", 6)], columns.map((c) => hc(c.label))],
  };
  return makeTable(shape, rows, emptyNote("g04", pkg.year));
}
