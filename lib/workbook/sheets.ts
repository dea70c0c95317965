/**
 * The XLSX template: one sheet per table, headers as the official tables, amounts in 元.
 * Declarative, so that writing and reading use the same layout and cannot drift apart.
 * Row 1 of every sheet is its title, row 2 its headers, data from row 3. Which sheet holds which
 * fields is decided here; every label, column header and type comes from the field catalog (the
 * importer matches 项目 and headers on those labels).
 */
import { fieldEntry, fieldsUnder } from "../disclosure/fields/catalog";
import type { TCodedList, TFieldPattern } from "../disclosure/fields/types";

/** `json`: an optional structured value written as JSON text (the provenance marks); a template without its row reads as absent. */
export type FieldType = "amount" | "count" | "text" | "optionalText" | "year" | "presence" | "json";

export interface FieldSpec {
  path: string[];
  label: string;
  type: FieldType;
}

export interface FieldsSheet {
  kind: "fields";
  name: string;
  title: string;
  fields: FieldSpec[];
}

export type ColumnType = "code" | "name" | "amount" | "optionalText";

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
}

export interface RowsSheet {
  kind: "rows";
  name: string;
  title: string;
  path: string[];
  codeKind: "functional" | "economic";
  columns: ColumnSpec[];
}

export interface ListSheet {
  kind: "list";
  name: string;
  title: string;
  path: string[];
  header: string;
}

export type SheetSpec = FieldsSheet | RowsSheet | ListSheet;

export const FIELD_HEADERS = ["项目", "内容"] as const;
export const FIRST_DATA_ROW = 3;

const functionalName = { key: "name", header: "科目名称（导入时忽略）", type: "name" } as const;

/** A field row of a fields sheet: label and type from the catalog. */
function field(path: TFieldPattern): FieldSpec {
  const entry = fieldEntry(path);
  const type: FieldType = path === "year" ? "year" : entry.kind === "amount" || entry.kind === "count" ? entry.kind : entry.optional ? "optionalText" : "text";
  return { path: path.split("."), label: entry.label, type };
}
const fields = (...paths: TFieldPattern[]) => paths.map(field);
/** Every field directly under a prefix, in catalog order. */
const under = (prefix: string) => fieldsUnder(prefix).map((e) => field(e.path));

/** A sheet of coded rows: code, name, then the list's amount and text columns from the catalog. */
function rows(name: string, title: string, list: TCodedList, codeKind: RowsSheet["codeKind"]): RowsSheet {
  const columns: ColumnSpec[] = [];
  for (const e of fieldsUnder(`${list}[]`)) {
    const key = e.path.split(".").at(-1)!;
    if (e.kind === "code") columns.push({ key, header: e.column, type: "code" }, functionalName);
    else columns.push({ key, header: e.column, type: e.kind === "amount" ? "amount" : "optionalText" });
  }
  return { kind: "rows", name, title, path: list.split("."), codeKind, columns };
}

export const SHEETS: readonly SheetSpec[] = [
  {
    kind: "fields",
    name: "封面",
    title: "部门决算公开数据（金额单位：元）",
    fields: [
      ...fields(
        "unit.code",
        "unit.name",
        "unit.shortName",
        "unit.region",
        "unit.category",
        "unit.parentCode",
        "year",
        "amountUnit",
        "source.title",
        "source.note",
      ),
      { path: ["provenance"], label: "数字标注（示例/估算，JSON，可空）", type: "json" },
    ],
  },
  { kind: "list", name: "部门职责", title: "部门职责（每行一条，按顺序）", path: ["overview", "duties"], header: "职责" },
  { kind: "fields", name: "概况", title: "机构设置与决算单位构成", fields: fields("overview.organization", "overview.composition") },
  rows("公开02收入", "公开02 收入决算表（单位：元）", "income", "functional"),
  rows("公开03支出", "公开03 支出决算表（单位：元）", "expenditure", "functional"),
  { kind: "fields", name: "公开01结转结余", title: "公开01 收入支出决算总表：结余与结转（单位：元）", fields: under("balances") },
  {
    kind: "fields",
    name: "公开04财政拨款",
    title: "公开04 财政拨款收入支出决算总表（单位：元）",
    fields: [...under("fiscal.income"), ...under("fiscal.openingCarryover"), ...under("fiscal.closingCarryover")],
  },
  rows("公开05一般公共预算", "公开05 一般公共预算财政拨款支出决算表（单位：元）", "generalBudgetExpenditure", "functional"),
  rows("公开06人员经费", "公开06 一般公共预算财政拨款基本支出决算表：人员经费（单位：元）", "basicExpenditure.personnel", "economic"),
  rows("公开06公用经费", "公开06 一般公共预算财政拨款基本支出决算表：公用经费（单位：元）", "basicExpenditure.public", "economic"),
  {
    kind: "fields",
    name: "公开07三公经费",
    title: "公开07 一般公共预算财政拨款“三公”经费支出决算表（单位：元）",
    fields: [...under("threePublic.budget"), ...under("threePublic.actual"), ...under("threePublic"), ...under("threePublic.explanations")],
  },
  rows("公开08政府性基金", "公开08 政府性基金预算财政拨款收入支出决算表（单位：元）", "governmentFund", "functional"),
  rows("公开09国有资本经营", "公开09 国有资本经营预算财政拨款支出决算表（单位：元）", "stateCapital", "functional"),
  {
    kind: "fields",
    name: "上年数",
    title: "上年决算数（仅当上年报告未在本平台公开时填写；单位：元）",
    fields: [
      { path: ["priorYear"], label: "是否填写上年数（是/否/空）", type: "presence" },
      ...fields("priorYear.grandTotal", "priorYear.fiscalGrandTotal", "priorYear.generalBudgetExpenditure"),
      ...under("priorYear.threePublicActual"),
      field("priorYear.operatingCosts"),
    ],
  },
  { kind: "fields", name: "变动原因", title: "与上年相比的变动原因", fields: under("reasons") },
  {
    kind: "fields",
    name: "其他重要事项",
    title: "其他重要事项（单位：元）",
    fields: [
      ...under("otherMatters.operatingCosts"),
      ...under("otherMatters").filter((f) => f.type === "amount"),
      ...under("otherMatters.procurement"),
      ...under("otherMatters.assets"),
      field("otherMatters.other"),
    ],
  },
  { kind: "fields", name: "绩效", title: "预算绩效情况（Markdown）", fields: under("performance") },
];
