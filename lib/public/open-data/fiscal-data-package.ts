/**
 * The year's open data as a Fiscal Data Package (a Frictionless tabular data package with a
 * fiscal model): one CSV resource holding every amount of every published report as a row, in 元.
 * Pure: the descriptor and the CSV row format, shared by the routes, the zip and the tests.
 */
import type { LineItemSection } from "@/lib/server/reports/package-rows";

export const LINE_ITEMS_CSV = "line-items.csv";

export const CSV_COLUMNS = [
  ["unit_code", "string", "单位编码"],
  ["unit_name", "string", "单位名称"],
  ["region", "string", "地区"],
  ["year", "integer", "年度"],
  ["revision", "integer", "公开版本号"],
  ["section", "string", "数据包中的部分（budget-disclosure/1）"],
  ["field", "string", "该部分中的栏目"],
  ["function_code", "string", "支出功能分类编码（项），没有则为空"],
  ["economic_code", "string", "支出经济分类编码（款），没有则为空"],
  ["fund_type", "string", "资金性质：all 全部资金；general_budget 一般公共预算财政拨款；government_fund 政府性基金预算财政拨款；state_capital 国有资本经营预算财政拨款"],
  ["amount", "number", "金额（元）"],
] as const;

const FUNCTIONAL: ReadonlySet<LineItemSection> = new Set(["income", "expenditure", "generalBudgetExpenditure", "governmentFund", "stateCapital"]);
const ECONOMIC: ReadonlySet<LineItemSection> = new Set(["basicPersonnel", "basicPublic"]);

/** Which money a line item counts (DISCLOSURE.md: 公开05–07 are 一般公共预算财政拨款, 公开08 and 09 their own funds). */
export function fundType(section: string, field: string): string {
  if (section === "governmentFund") return "government_fund";
  if (section === "stateCapital") return "state_capital";
  if (["generalBudgetExpenditure", "basicPersonnel", "basicPublic", "threePublicBudget", "threePublicActual"].includes(section)) return "general_budget";
  if (section === "fiscal") {
    if (field.endsWith(".governmentFund")) return "government_fund";
    if (field.endsWith(".stateCapital")) return "state_capital";
    return "general_budget";
  }
  return "all";
}

export interface LineItemCsvRow {
  unitCode: string;
  unitName: string;
  region: string;
  year: number;
  revision: number;
  section: string;
  field: string;
  code: string | null;
  amount: string;
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = `${CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`;

export function csvLine(r: LineItemCsvRow): string {
  const functionCode = r.code && FUNCTIONAL.has(r.section as LineItemSection) ? r.code : "";
  const economicCode = r.code && ECONOMIC.has(r.section as LineItemSection) ? r.code : "";
  return `${[r.unitCode, r.unitName, r.region, r.year, r.revision, r.section, r.field, functionCode, economicCode, fundType(r.section, r.field), r.amount].map(cell).join(",")}\r\n`;
}

export function fiscalDataPackage(year: number, baseUrl: string | null): Record<string, unknown> {
  return {
    // The Fiscal Data Package schema (frictionless registry) extends the tabular one, whose profile value it keeps.
    profile: "tabular-data-package",
    name: `gongkai-final-accounts-${year}`,
    title: `${year}年度部门决算公开数据`,
    description: `${year}年度全部已公开部门决算的明细金额（元），每行一个金额，由公开平台从数据库生成。`,
    homepage: baseUrl ? `${baseUrl}/data` : undefined,
    licenses: [{ name: "other-open", title: "政府信息公开" }],
    countryCode: "CN",
    fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    granularity: "transactional",
    resources: [
      {
        profile: "tabular-data-resource",
        name: "line-items",
        path: LINE_ITEMS_CSV,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: CSV_COLUMNS.map(([name, type, description]) => ({ name, type, description, ...(name === "amount" ? { decimalChar: ".", bareNumber: true } : {}) })),
          missingValues: [""],
        },
      },
    ],
    model: {
      measures: { amount: { source: "amount", currency: "CNY", phase: "executed" } },
      dimensions: {
        unit: {
          dimensionType: "entity",
          classificationType: "administrative",
          primaryKey: "code",
          attributes: { code: { source: "unit_code" }, name: { source: "unit_name", labelfor: "code" }, region: { source: "region" } },
        },
        function: { dimensionType: "classification", classificationType: "functional", primaryKey: "code", attributes: { code: { source: "function_code" } } },
        economic: { dimensionType: "classification", classificationType: "economic", primaryKey: "code", attributes: { code: { source: "economic_code" } } },
        fund: { dimensionType: "other", primaryKey: "type", attributes: { type: { source: "fund_type" } } },
        item: { dimensionType: "other", primaryKey: ["section", "field"], attributes: { section: { source: "section" }, field: { source: "field" } } },
        period: { dimensionType: "datetime", primaryKey: "year", attributes: { year: { source: "year" } } },
      },
    },
  };
}
