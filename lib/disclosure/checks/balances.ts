/**
 * The balance equations. R3: 公开01 收支平衡. R4: 公开02 财政拨款收入 = fiscal income of the three
 * funds (公开04). R5: per fund, income + opening = spending + closing, and 公开08's column totals
 * equal the government-fund figures of `fiscal`.
 *
 * `path` names the field a clerk most likely has to correct. R3 links both sides (支出 and 收入)
 * with the difference: a missing line is far likelier than a wrong carryover. R5 points at the
 * fund's closing carryover, the balancing figure of a fund's account; R4 points at the fund split, entered once, rather than at one of many 公开02 lines.
 */
import type { CheckResult } from "../model";
import type { CheckContext } from "./context";
import { equation, side } from "./format";

export function checkBalance01(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  const r = equation(
    "R3",
    "公开01 收支不平衡",
    { table: "g01", row: "总计", column: "金额", path: "expenditure" },
    side("本年收入合计+使用非财政拨款结余+年初结转和结余", t.grandTotal),
    side("本年支出合计+结余分配+年末结转和结余", t.expenditureGrandTotal),
  );
  if (!r) return [];
  // Both sides, not 年末结转和结余: linking the carryover would invite plugging the gap with it.
  r.links = [
    { path: "expenditure", label: "支出（公开03）" },
    { path: "income", label: "收入（公开02）" },
  ];
  return [r];
}

export function checkFiscalIncome(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  const r = equation(
    "R4",
    "公开02 财政拨款收入与公开04不一致",
    { table: "g02", row: "合计", column: "财政拨款收入", path: "fiscal.income" },
    side("公开02 合计行“财政拨款收入”", t.income.fiscal),
    side("公开04 本年收入合计（三项财政拨款之和）", t.fiscal.income.total),
  );
  return r ? [r] : [];
}

const FUNDS = [
  { key: "generalBudget", label: "一般公共预算财政拨款", spending: "本年支出（公开05合计）" },
  { key: "governmentFund", label: "政府性基金预算财政拨款", spending: "本年支出（公开08本年支出小计）" },
  { key: "stateCapital", label: "国有资本经营预算财政拨款", spending: "本年支出（公开09合计）" },
] as const;

export function checkFunds(ctx: CheckContext): CheckResult[] {
  const t = ctx.totals;
  const spent = { generalBudget: t.generalBudget.total, governmentFund: t.governmentFund.expenditure, stateCapital: t.stateCapital.total };
  const out: (CheckResult | null)[] = FUNDS.map(({ key, label, spending }) =>
    equation(
      "R5",
      `公开04 ${label}收支不平衡`,
      { table: "g04", row: "总计", column: label, path: `fiscal.closingCarryover.${key}` },
      side("本年收入+年初结转和结余", t.fiscal.income[key] + t.fiscal.openingCarryover[key]),
      side(`${spending}+年末结转和结余`, spent[key] + t.fiscal.closingCarryover[key]),
    ),
  );
  const gf = t.governmentFund;
  for (const [column, table08, fiscalKey, fiscalLabel] of [
    ["年初结转和结余", gf.openingCarryover, "openingCarryover", "年初财政拨款结转和结余"],
    ["本年收入", gf.income, "income", "本年收入"],
    ["年末结转和结余", gf.closingCarryover, "closingCarryover", "年末财政拨款结转和结余"],
  ] as const) {
    out.push(
      equation(
        "R5",
        `公开08 合计行“${column}”与公开04不一致`,
        { table: "g08", row: "合计", column, path: `fiscal.${fiscalKey}.governmentFund` },
        side(`公开08 合计行“${column}”`, table08),
        side(`公开04 ${fiscalLabel}（政府性基金预算财政拨款）`, t.fiscal[fiscalKey].governmentFund),
      ),
    );
  }
  return out.filter((r): r is CheckResult => r !== null);
}
