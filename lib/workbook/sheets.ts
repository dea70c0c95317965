/**
 * The XLSX template: one sheet per table, headers as the official tables, amounts in 元.
 * Declarative, so that writing and reading use the same layout and cannot drift apart.
 * Row 1 of every sheet is its title, row 2 its headers, data from row 3.
 */
export type FieldType = "amount" | "count" | "text" | "optionalText" | "year" | "presence";

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

const code = { key: "code", header: "科目编码", type: "code" } as const;
const functionalName = { key: "name", header: "科目名称（导入时忽略）", type: "name" } as const;
const amount = (key: string, header: string): ColumnSpec => ({ key, header, type: "amount" });
const field = (path: string, label: string, type: FieldType): FieldSpec => ({ path: path.split("."), label, type });
const funds = (prefix: string, label: string): FieldSpec[] => [
  field(`${prefix}.generalBudget`, `${label}：一般公共预算财政拨款`, "amount"),
  field(`${prefix}.governmentFund`, `${label}：政府性基金预算财政拨款`, "amount"),
  field(`${prefix}.stateCapital`, `${label}：国有资本经营预算财政拨款`, "amount"),
];
const threePublic = (prefix: string, label: string): FieldSpec[] => [
  field(`${prefix}.outbound`, `${label}：因公出国（境）费`, "amount"),
  field(`${prefix}.vehiclePurchase`, `${label}：公务用车购置费`, "amount"),
  field(`${prefix}.vehicleOperation`, `${label}：公务用车运行费`, "amount"),
  field(`${prefix}.reception`, `${label}：公务接待费`, "amount"),
];

export const SHEETS: readonly SheetSpec[] = [
  {
    kind: "fields", name: "封面", title: "部门决算公开数据（金额单位：元）",
    fields: [
      field("unit.code", "单位编码", "text"), field("unit.name", "单位名称", "text"),
      field("unit.shortName", "单位简称", "text"), field("unit.region", "地区", "text"),
      field("unit.category", "单位类别", "text"), field("unit.parentCode", "上级单位编码", "optionalText"),
      field("year", "年度", "year"), field("amountUnit", "金额单位", "optionalText"),
      field("source.title", "来源标题", "optionalText"), field("source.note", "来源说明", "optionalText"),
    ],
  },
  { kind: "list", name: "部门职责", title: "部门职责（每行一条，按顺序）", path: ["overview", "duties"], header: "职责" },
  {
    kind: "fields", name: "概况", title: "机构设置与决算单位构成",
    fields: [field("overview.organization", "机构设置", "text"), field("overview.composition", "决算单位构成", "text")],
  },
  {
    kind: "rows", name: "公开02收入", title: "公开02 收入决算表（单位：元）", path: ["income"], codeKind: "functional",
    columns: [code, functionalName, amount("fiscal", "财政拨款收入"), amount("superiorSubsidy", "上级补助收入"),
      amount("business", "事业收入"), amount("operating", "经营收入"),
      amount("subsidiaryRemittance", "附属单位上缴收入"), amount("other", "其他收入")],
  },
  {
    kind: "rows", name: "公开03支出", title: "公开03 支出决算表（单位：元）", path: ["expenditure"], codeKind: "functional",
    columns: [code, functionalName, amount("basic", "基本支出"), amount("project", "项目支出"),
      amount("remittedToSuperior", "上缴上级支出"), amount("operating", "经营支出"),
      amount("subsidiaryGrants", "对附属单位补助支出")],
  },
  {
    kind: "fields", name: "公开01结转结余", title: "公开01 收入支出决算总表：结余与结转（单位：元）",
    fields: [
      field("balances.nonFiscalBalanceUsed", "使用非财政拨款结余", "amount"),
      field("balances.openingCarryover", "年初结转和结余", "amount"),
      field("balances.surplusDistribution", "结余分配", "amount"),
      field("balances.closingCarryover", "年末结转和结余", "amount"),
    ],
  },
  {
    kind: "fields", name: "公开04财政拨款", title: "公开04 财政拨款收入支出决算总表（单位：元）",
    fields: [...funds("fiscal.income", "本年收入"), ...funds("fiscal.openingCarryover", "年初财政拨款结转和结余"),
      ...funds("fiscal.closingCarryover", "年末财政拨款结转和结余")],
  },
  {
    kind: "rows", name: "公开05一般公共预算", title: "公开05 一般公共预算财政拨款支出决算表（单位：元）",
    path: ["generalBudgetExpenditure"], codeKind: "functional",
    columns: [code, functionalName, amount("budget", "年初预算数"), amount("basic", "基本支出"),
      amount("project", "项目支出"), { key: "varianceReason", header: "决算数与年初预算数差异原因", type: "optionalText" }],
  },
  {
    kind: "rows", name: "公开06人员经费", title: "公开06 一般公共预算财政拨款基本支出决算表：人员经费（单位：元）",
    path: ["basicExpenditure", "personnel"], codeKind: "economic",
    columns: [code, functionalName, amount("amount", "决算数")],
  },
  {
    kind: "rows", name: "公开06公用经费", title: "公开06 一般公共预算财政拨款基本支出决算表：公用经费（单位：元）",
    path: ["basicExpenditure", "public"], codeKind: "economic",
    columns: [code, functionalName, amount("amount", "决算数")],
  },
  {
    kind: "fields", name: "公开07三公经费", title: "公开07 一般公共预算财政拨款“三公”经费支出决算表（单位：元）",
    fields: [
      ...threePublic("threePublic.budget", "预算数"), ...threePublic("threePublic.actual", "决算数"),
      field("threePublic.outboundGroups", "因公出国（境）团组数（个）", "count"),
      field("threePublic.outboundPersons", "因公出国（境）人次", "count"),
      field("threePublic.receptionGroups", "公务接待批次（个）", "count"),
      field("threePublic.receptionPersons", "公务接待人次", "count"),
      field("threePublic.vehiclesPurchased", "公务用车购置数（辆）", "count"),
      field("threePublic.vehiclesHeld", "公务用车保有量（辆）", "count"),
      field("threePublic.explanations.outbound", "因公出国（境）费预决算差异说明", "optionalText"),
      field("threePublic.explanations.vehicle", "公务用车购置及运行费预决算差异说明", "optionalText"),
      field("threePublic.explanations.reception", "公务接待费预决算差异说明", "optionalText"),
      field("threePublic.explanations.outboundDetail", "因公出国（境）费支出情况", "optionalText"),
      field("threePublic.explanations.vehicleDetail", "公务用车购置及运行费支出情况", "optionalText"),
      field("threePublic.explanations.receptionDetail", "公务接待费支出情况", "optionalText"),
    ],
  },
  {
    kind: "rows", name: "公开08政府性基金", title: "公开08 政府性基金预算财政拨款收入支出决算表（单位：元）",
    path: ["governmentFund"], codeKind: "functional",
    columns: [code, functionalName, amount("openingCarryover", "年初结转和结余"), amount("income", "本年收入"),
      amount("basic", "本年支出：基本支出"), amount("project", "本年支出：项目支出"),
      amount("closingCarryover", "年末结转和结余")],
  },
  {
    kind: "rows", name: "公开09国有资本经营", title: "公开09 国有资本经营预算财政拨款支出决算表（单位：元）",
    path: ["stateCapital"], codeKind: "functional",
    columns: [code, functionalName, amount("basic", "基本支出"), amount("project", "项目支出")],
  },
  {
    kind: "fields", name: "上年数", title: "上年决算数（仅当上年报告未在本平台公开时填写；单位：元）",
    fields: [
      field("priorYear", "是否填写上年数（是/否/空）", "presence"),
      field("priorYear.grandTotal", "收支总计", "amount"),
      field("priorYear.fiscalGrandTotal", "财政拨款收支总计", "amount"),
      field("priorYear.generalBudgetExpenditure", "一般公共预算财政拨款支出", "amount"),
      ...threePublic("priorYear.threePublicActual", "“三公”经费决算数"),
      field("priorYear.operatingCosts", "机关运行经费", "amount"),
    ],
  },
  {
    kind: "fields", name: "变动原因", title: "与上年相比的变动原因",
    fields: [
      field("reasons.grandTotalChange", "收支总计变动原因", "optionalText"),
      field("reasons.fiscalTotalChange", "财政拨款收支总计变动原因", "optionalText"),
      field("reasons.generalBudgetChange", "一般公共预算财政拨款支出变动原因", "optionalText"),
    ],
  },
  {
    kind: "fields", name: "其他重要事项", title: "其他重要事项（单位：元）",
    fields: [
      field("otherMatters.operatingCosts.actual", "机关运行经费决算数", "amount"),
      field("otherMatters.operatingCosts.budget", "机关运行经费年初预算数", "amount"),
      field("otherMatters.operatingCosts.reasonVsBudget", "机关运行经费与预算差异原因", "optionalText"),
      field("otherMatters.operatingCosts.reasonVsPriorYear", "机关运行经费与上年变动原因", "optionalText"),
      field("otherMatters.meetingCosts", "会议费", "amount"),
      field("otherMatters.trainingCosts", "培训费", "amount"),
      field("otherMatters.procurement.goods", "政府采购：货物", "amount"),
      field("otherMatters.procurement.works", "政府采购：工程", "amount"),
      field("otherMatters.procurement.services", "政府采购：服务", "amount"),
      field("otherMatters.procurement.smeContracts", "授予中小企业合同金额", "amount"),
      field("otherMatters.procurement.smallMicroContracts", "其中：授予小微企业合同金额", "amount"),
      field("otherMatters.assets.vehicles", "车辆（辆）", "count"),
      field("otherMatters.assets.generalEquipmentOver500k", "单价50万元以上通用设备（台）", "count"),
      field("otherMatters.assets.specialEquipmentOver1m", "单价100万元以上专用设备（台）", "count"),
      field("otherMatters.other", "其他需要说明的情况", "text"),
    ],
  },
  {
    kind: "fields", name: "绩效", title: "预算绩效情况（Markdown）",
    fields: [
      field("performance.summary", "预算绩效管理工作开展情况", "text"),
      field("performance.selfEvaluationReport", "部门整体支出绩效自评报告", "text"),
    ],
  },
];
