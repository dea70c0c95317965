/**
 * A package JSON path in Chinese, as a clerk reads it: `income[3].fiscal` → "收入（公开02）第4行
 * 财政拨款收入". Import and validation messages use it so that nobody is shown English field
 * names. The leaf labels are the checks' (./checks/labels), so tables, checks and import speak alike.
 */
import { ASSETS, BALANCES, COUNTS, EXPENDITURE, FUNDS, GBE, GF, INCOME, PROCUREMENT, SC, THREE } from "./checks/labels";

const TOP: Record<string, string> = {
  format: "格式标识", source: "来源", unit: "单位信息", year: "年度", amountUnit: "金额单位",
  overview: "概况", income: "收入（公开02）", expenditure: "支出（公开03）", balances: "结转结余（公开01）",
  fiscal: "财政拨款（公开04）", generalBudgetExpenditure: "一般公共预算财政拨款支出（公开05）",
  basicExpenditure: "基本支出（公开06）", threePublic: "“三公”经费（公开07）", governmentFund: "政府性基金（公开08）",
  stateCapital: "国有资本经营（公开09）", priorYear: "上年数", reasons: "变动原因", otherMatters: "其他重要事项", performance: "绩效",
};

const COMMON: Record<string, string> = { code: "科目编码" };

/** Labels of the keys below each top-level block. */
const BELOW: Record<string, Record<string, string>> = {
  source: { title: "标题", note: "说明" },
  unit: { code: "单位编码", name: "单位名称", shortName: "单位简称", region: "地区", category: "单位类别", parentCode: "上级单位编码" },
  overview: { duties: "部门职责", organization: "机构设置", composition: "决算单位构成" },
  income: INCOME,
  expenditure: EXPENDITURE,
  balances: BALANCES,
  fiscal: { income: "本年收入", openingCarryover: "年初财政拨款结转和结余", closingCarryover: "年末财政拨款结转和结余", ...FUNDS },
  generalBudgetExpenditure: { ...GBE, varianceReason: "决算数与预算数差异原因" },
  basicExpenditure: { personnel: "人员经费", public: "公用经费", amount: "决算数" },
  threePublic: { budget: "预算数", actual: "决算数", explanations: "说明", ...THREE, ...COUNTS, vehicle: "公务用车购置及运行费说明", outboundDetail: "因公出国（境）费支出情况", vehicleDetail: "公务用车支出情况", receptionDetail: "公务接待费支出情况" },
  governmentFund: GF,
  stateCapital: SC,
  priorYear: { grandTotal: "上年收支总计", fiscalGrandTotal: "上年财政拨款收支总计", generalBudgetExpenditure: "上年一般公共预算财政拨款支出", threePublicActual: "上年“三公”经费决算数", operatingCosts: "上年机关运行经费", ...THREE },
  reasons: { grandTotalChange: "收支总计变动原因", fiscalTotalChange: "财政拨款收支总计变动原因", generalBudgetChange: "一般公共预算财政拨款支出变动原因" },
  otherMatters: {
    operatingCosts: "机关运行经费", actual: "决算数", budget: "年初预算数", reasonVsBudget: "与年初预算差异原因", reasonVsPriorYear: "与上年差异原因",
    meetingCosts: "会议费", trainingCosts: "培训费", procurement: "政府采购", assets: "国有资产占用情况", other: "其他需要说明的事项", ...PROCUREMENT, ...ASSETS,
  },
  performance: { summary: "预算绩效情况", selfEvaluationReport: "绩效自评报告" },
};

/** Splits `a.b[3].c` into ["a", "b", 3, "c"]. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return out;
}

/** The Chinese name of a package path; "" for the root. Unknown keys are kept as they are. */
export function pathLabel(path: string): string {
  const [top, ...rest] = segments(path);
  if (top === undefined) return "";
  const parts = [TOP[String(top)] ?? String(top)];
  const below = BELOW[String(top)] ?? {};
  for (const seg of rest) parts.push(typeof seg === "number" ? `第${seg + 1}行` : (below[seg] ?? COMMON[seg] ?? seg));
  return parts.join(" ");
}
