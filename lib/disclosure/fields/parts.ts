/**
 * The report's parts as the editor pages them, in the order of the official report, and which
 * part a package path (from a check, an import issue or a comment) belongs to. Pure: the editor,
 * the checks panel and the field catalog share it.
 */
export const PARTS = [
  { slug: "overview", title: "概况", keys: ["overview", "unit", "year", "format", "source", "amountUnit"] },
  { slug: "income", title: "收入（公开02）", keys: ["income"] },
  { slug: "expenditure", title: "支出（公开03）", keys: ["expenditure"] },
  { slug: "balances", title: "结转结余（公开01）", keys: ["balances"] },
  { slug: "fiscal", title: "财政拨款（公开04）", keys: ["fiscal"] },
  { slug: "general-budget", title: "一般公共预算支出（公开05）", keys: ["generalBudgetExpenditure"] },
  { slug: "basic-expenditure", title: "基本支出（公开06）", keys: ["basicExpenditure"] },
  { slug: "three-public", title: "“三公”经费（公开07）", keys: ["threePublic"] },
  { slug: "government-fund", title: "政府性基金（公开08）", keys: ["governmentFund"] },
  { slug: "state-capital", title: "国有资本经营（公开09）", keys: ["stateCapital"] },
  { slug: "prior-year", title: "上年数", keys: ["priorYear"] },
  { slug: "reasons", title: "变动原因", keys: ["reasons"] },
  { slug: "other-matters", title: "其他重要事项", keys: ["otherMatters"] },
  { slug: "performance", title: "绩效", keys: ["performance"] },
  { slug: "attachments", title: "附件（PDF）", keys: [] },
  { slug: "transfer", title: "导入与导出", keys: [] },
] as const;

export type TPartSlug = (typeof PARTS)[number]["slug"];

export function findPart(slug: string) {
  return PARTS.find((p) => p.slug === slug) ?? null;
}

/** `income[3].fiscal` → "income". Unknown paths go to the overview. */
export function partForPath(path: string | undefined): TPartSlug {
  const key = (path ?? "").split(/[.[]/)[0];
  return PARTS.find((p) => (p.keys as readonly string[]).includes(key))?.slug ?? "overview";
}
