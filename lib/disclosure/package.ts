/**
 * The disclosure package, `budget-disclosure/1`: the one interchange format that import reads,
 * export writes and the database stores as the source of truth (see docs/DISCLOSURE.md).
 *
 * It holds only what a clerk enters. No total, subtotal, 类/款 row, share or change is in it:
 * all of those are computed by the core. Amounts are decimal strings in 元 with at most two
 * decimals; counts are integers. The schema checks *form* (is this a decimal with ≤ 2 places?);
 * the checks in ./checks judge *content* (is it non-negative, does the code exist, do sides balance?),
 * because a draft with content errors must still be savable.
 */
import { z } from "zod";
import { isListPath, issueLabel, requiredLabelsBelow } from "./fields/issue-label";

/** A signed decimal string in 元 with at most two decimals. Sign is judged by check rule 1. */
export const ZAmount = z
  .string({ error: '金额必须是文本形式的数字，例如 "2189400.00"' })
  .regex(/^-?\d{1,14}(\.\d+)?$/, { error: '金额格式不正确，应为数字，例如 "2189400.00"' })
  .refine((s) => !/\.\d{3,}$/.test(s), { error: "金额最多两位小数" });

/** A count (团组, 人次, 辆, 台). Negative counts are caught by check rule 1, not here. */
export const ZCount = z.int({ error: "数量必须是整数" });

/** A classification code as typed: digits only. Length and existence are check rule 2. */
export const ZCode = z.string({ error: "科目编码必须是文本" }).regex(/^\d{1,10}$/, { error: "科目编码只能包含数字" });

const ZText = z.string({ error: "必须是文本" });

export const ZUnitInfo = z.object({
  code: z.string({ error: "单位编码必须是文本" }).min(1, { error: "单位编码不能为空" }),
  name: z.string({ error: "单位名称必须是文本" }).min(1, { error: "单位名称不能为空" }),
  shortName: ZText,
  region: ZText,
  category: ZText,
  parentCode: ZText.optional(),
});

export const ZIncomeRow = z.object({
  code: ZCode,
  fiscal: ZAmount,
  superiorSubsidy: ZAmount,
  business: ZAmount,
  operating: ZAmount,
  subsidiaryRemittance: ZAmount,
  other: ZAmount,
});

export const ZExpenditureRow = z.object({
  code: ZCode,
  basic: ZAmount,
  project: ZAmount,
  remittedToSuperior: ZAmount,
  operating: ZAmount,
  subsidiaryGrants: ZAmount,
});

export const ZFundSplit = z.object({
  generalBudget: ZAmount,
  governmentFund: ZAmount,
  stateCapital: ZAmount,
});

export const ZGeneralBudgetRow = z.object({
  code: ZCode,
  budget: ZAmount,
  basic: ZAmount,
  project: ZAmount,
  varianceReason: ZText.optional(),
});

export const ZEconomicRow = z.object({ code: ZCode, amount: ZAmount });

export const ZThreePublicAmounts = z.object({
  outbound: ZAmount,
  vehiclePurchase: ZAmount,
  vehicleOperation: ZAmount,
  reception: ZAmount,
});

/**
 * Free-text explanations for §7. `outbound`/`reception`/`vehicle` explain the budget-vs-actual
 * comparison in (一); the `…Detail` keys describe the spending in (二). Absent = 无…情况说明.
 */
export const ZThreePublicExplanations = z.object({
  outbound: ZText.optional(),
  reception: ZText.optional(),
  vehicle: ZText.optional(),
  outboundDetail: ZText.optional(),
  receptionDetail: ZText.optional(),
  vehicleDetail: ZText.optional(),
});

export const ZThreePublic = z.object({
  budget: ZThreePublicAmounts,
  actual: ZThreePublicAmounts,
  outboundGroups: ZCount,
  outboundPersons: ZCount,
  receptionGroups: ZCount,
  receptionPersons: ZCount,
  vehiclesPurchased: ZCount,
  vehiclesHeld: ZCount,
  explanations: ZThreePublicExplanations,
});

export const ZGovernmentFundRow = z.object({
  code: ZCode,
  openingCarryover: ZAmount,
  income: ZAmount,
  basic: ZAmount,
  project: ZAmount,
  closingCarryover: ZAmount,
});

export const ZStateCapitalRow = z.object({ code: ZCode, basic: ZAmount, project: ZAmount });

/** Last year's headline figures, used only when the previous year is not published in the system. */
export const ZPriorYear = z.object({
  grandTotal: ZAmount,
  fiscalGrandTotal: ZAmount,
  generalBudgetExpenditure: ZAmount,
  threePublicActual: ZThreePublicAmounts,
  operatingCosts: ZAmount,
});

export const ZOtherMatters = z.object({
  operatingCosts: z.object({
    actual: ZAmount,
    budget: ZAmount,
    reasonVsBudget: ZText.optional(),
    reasonVsPriorYear: ZText.optional(),
  }),
  meetingCosts: ZAmount,
  trainingCosts: ZAmount,
  procurement: z.object({
    goods: ZAmount,
    works: ZAmount,
    services: ZAmount,
    smeContracts: ZAmount,
    smallMicroContracts: ZAmount,
  }),
  assets: z.object({
    vehicles: ZCount,
    generalEquipmentOver500k: ZCount,
    specialEquipmentOver1m: ZCount,
  }),
  other: ZText,
});

export const PROVENANCE_KINDS = ["illustrative", "estimated"] as const;
export const TABLE_KEYS = ["g01", "g02", "g03", "g04", "g05", "g06", "g07", "g08", "g09"] as const;

/**
 * Provenance: figures of a table that are not the unit's actual accounts, marked so that every
 * rendering (page, PDF, CSV, XLSX, JSON, API) shows them as 示例 (illustrative, e.g. reconstructed
 * from totals) or 估算 (estimated). A mark covers a whole table, some of its rows, or some fields
 * (columns) of those rows:
 * - `rows` absent: every row; `"detail"`: every row but the 合计 lines.
 * - `codes`: only the rows (in the side-by-side tables, the rows with a block) of those codes.
 * - `columns` absent: every amount column; else the column keys (e.g. "basic", "project").
 * - `note`: what is illustrative and why, in Chinese, printed under the table.
 * Optional: a package without it has no marks (budget-disclosure/1 stays as it was).
 */
export const ZProvenanceMark = z.object({
  kind: z.enum(PROVENANCE_KINDS, { error: 'kind 只能是 "illustrative"（示例）或 "estimated"（估算）' }),
  table: z.enum(TABLE_KEYS, { error: "table 必须是 g01 至 g09 之一" }),
  rows: z.literal("detail", { error: 'rows 只能是 "detail"（合计行以外的行）' }).optional(),
  codes: z.array(ZCode, { error: "codes 必须是科目编码列表" }).optional(),
  columns: z.array(z.string({ error: "列名必须是文本" }), { error: "columns 必须是列名列表" }).optional(),
  note: z.string({ error: "说明必须是文本" }).min(1, { error: "说明不能为空" }),
});

export const ZPackage = z.object({
  format: z.literal("budget-disclosure/1", { error: '数据格式应为 "budget-disclosure/1"（本系统导出的数据包）' }),
  source: z.object({ title: ZText.optional(), note: ZText.optional() }).optional(),
  unit: ZUnitInfo,
  year: z.int({ error: "年度必须是整数" }).min(2000, { error: "年度不能早于2000年" }).max(2100, { error: "年度不能晚于2100年" }),
  amountUnit: z.literal("元", { error: 'amountUnit 只能是 "元"' }).optional(),
  overview: z.object({
    duties: z.array(ZText, { error: "部门职责必须是文本列表" }),
    organization: ZText,
    composition: ZText,
  }),
  income: z.array(ZIncomeRow, { error: "必须是列表" }),
  expenditure: z.array(ZExpenditureRow, { error: "必须是列表" }),
  balances: z.object({
    nonFiscalBalanceUsed: ZAmount,
    openingCarryover: ZAmount,
    surplusDistribution: ZAmount,
    closingCarryover: ZAmount,
  }),
  fiscal: z.object({ income: ZFundSplit, openingCarryover: ZFundSplit, closingCarryover: ZFundSplit }),
  generalBudgetExpenditure: z.array(ZGeneralBudgetRow, { error: "必须是列表" }),
  basicExpenditure: z.object({
    personnel: z.array(ZEconomicRow, { error: "必须是列表" }),
    public: z.array(ZEconomicRow, { error: "必须是列表" }),
  }),
  threePublic: ZThreePublic,
  governmentFund: z.array(ZGovernmentFundRow, { error: "必须是列表" }),
  stateCapital: z.array(ZStateCapitalRow, { error: "必须是列表" }),
  priorYear: ZPriorYear.nullable().optional(),
  reasons: z.object({
    grandTotalChange: ZText.optional(),
    fiscalTotalChange: ZText.optional(),
    generalBudgetChange: ZText.optional(),
  }),
  otherMatters: ZOtherMatters,
  performance: z.object({ summary: ZText, selfEvaluationReport: ZText }),
  provenance: z.array(ZProvenanceMark, { error: "必须是列表" }).optional(),
});

export type TPackage = z.infer<typeof ZPackage>;
export type TIncomeRow = z.infer<typeof ZIncomeRow>;
export type TExpenditureRow = z.infer<typeof ZExpenditureRow>;
export type TGeneralBudgetRow = z.infer<typeof ZGeneralBudgetRow>;
export type TEconomicRow = z.infer<typeof ZEconomicRow>;
export type TThreePublicAmounts = z.infer<typeof ZThreePublicAmounts>;
export type TGovernmentFundRow = z.infer<typeof ZGovernmentFundRow>;
export type TStateCapitalRow = z.infer<typeof ZStateCapitalRow>;
export type TPriorYear = z.infer<typeof ZPriorYear>;
export type TUnitInfo = z.infer<typeof ZUnitInfo>;
export type TProvenanceMark = z.infer<typeof ZProvenanceMark>;
export type TProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/** One schema problem, with the JSON path spelled as a clerk or a developer reads it. */
export interface PackageIssue {
  path: string; // e.g. "income[3].fiscal" ("" for the root)
  message: string; // Chinese, e.g. "金额最多两位小数"
}

export type ParseResult = { ok: true; package: TPackage } | { ok: false; issues: PackageIssue[] };

/** `["income", 3, "fiscal"]` → `income[3].fiscal`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `公开02 收入决算表 第4行 财政拨款收入：金额最多两位小数` — the line shown to a person, fields named by the catalog (never a JSON key). */
const MISSING_FIELD = "缺少必填字段";

export function describeIssue(issue: PackageIssue): string {
  if (issue.path === "") return issue.message;
  const label = issueLabel(issue.path);
  // A missing block is told which fields it should have held, by their template names.
  if (issue.message !== MISSING_FIELD) return `${label}：${issue.message}`;
  if (isListPath(issue.path)) return `${label}：缺少整张表（没有数据时也应为空列表 []）`;
  const fields = requiredLabelsBelow(issue.path);
  return fields ? `${label}：整块缺少，应有${fields}` : `${label}：${MISSING_FIELD}`;
}

/** What a file that is not a package at all (`{}`, a list, another JSON document) is told, once. */
export const NOT_A_PACKAGE = '这不是决算公开数据包：缺少数据格式标识（应为 "budget-disclosure/1"）。请导入本系统导出的 JSON 文件或填好的 XLSX 模板';

function chineseMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return MISSING_FIELD;
  if (issue.code === "unrecognized_keys") return `不认识的字段：${issue.keys.join("、")}`;
  if (issue.code === "invalid_type") return issue.message && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : "类型不正确";
  return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : "值不正确";
}

/** Validates an unknown value as a package, collecting every problem, not only the first. */
export function parsePackage(input: unknown): ParseResult {
  // Not an object with a format key: listing every missing field would only bury the point.
  if (typeof input !== "object" || input === null || Array.isArray(input) || !("format" in input)) {
    return { ok: false, issues: [{ path: "", message: NOT_A_PACKAGE }] };
  }
  const result = ZPackage.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, package: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: chineseMessage(issue),
    })),
  };
}

/** Parses JSON text; a syntax error is reported as one issue at the root. */
export function parsePackageJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: "", message: "文件不是有效的 JSON" }] };
  }
  return parsePackage(value);
}
