/**
 * The field catalog: every field of the package, once, with its Chinese name, kind, editor part
 * and official table. The editor, the XLSX template, the line items, the checks' labels and the
 * review diff all read it. It is typed against the package schema: a package field without an
 * entry, or an entry for a field the package does not have, fails the type check.
 *
 * `label` wording follows the nine tables (DISCLOSURE.md) and is also the XLSX template's 项目 /
 * column header: the importer matches on it, so change a label only with the template in mind.
 */
import type { TPartSlug } from "./parts";
import type { TCodedList, TFieldEntry, TFieldKind, TFieldPattern, TTableId } from "./types";

type Spec = Omit<TFieldEntry, "path">;
type Opts = { column?: string; optional?: boolean };

/** Entries of one part and table. */
const at = (part: TPartSlug, table: TTableId | null) => {
  const make =
    (kind: TFieldKind) =>
    (label: string, opts: Opts = {}): Spec => ({ label, column: opts.column ?? label, kind, part, table, optional: opts.optional ?? false });
  return { amount: make("amount"), text: make("text"), code: make("code"), count: make("count") };
};

const cover = at("overview", null);
const overview = at("overview", null);
const g01 = at("balances", "公开01");
const g02 = at("income", "公开02");
const g03 = at("expenditure", "公开03");
const g04 = at("fiscal", "公开04");
const g05 = at("general-budget", "公开05");
const g06 = at("basic-expenditure", "公开06");
const g07 = at("three-public", "公开07");
const three = at("three-public", null);
const g08 = at("government-fund", "公开08");
const g09 = at("state-capital", "公开09");
const prior = at("prior-year", null);
const reasons = at("reasons", null);
const other = at("other-matters", null);
const performance = at("performance", null);

const FUND_NAMES = { generalBudget: "一般公共预算财政拨款", governmentFund: "政府性基金预算财政拨款", stateCapital: "国有资本经营预算财政拨款" };
const THREE_NAMES = { outbound: "因公出国（境）费", vehiclePurchase: "公务用车购置费", vehicleOperation: "公务用车运行费", reception: "公务接待费" };
const optional = { optional: true };

const SPECS = {
  format: cover.code("数据格式"),
  "source.title": cover.text("来源标题", optional),
  "source.note": cover.text("来源说明", optional),
  "unit.code": cover.code("单位编码"),
  "unit.name": cover.text("单位名称"),
  "unit.shortName": cover.text("单位简称"),
  "unit.region": cover.text("地区"),
  "unit.category": cover.text("单位类别"),
  "unit.parentCode": cover.code("上级单位编码", optional),
  year: cover.code("年度"),
  amountUnit: cover.text("金额单位", optional),

  "overview.duties[]": overview.text("部门职责"),
  "overview.organization": overview.text("机构设置"),
  "overview.composition": overview.text("决算单位构成"),

  "income[].code": g02.code("科目编码"),
  "income[].fiscal": g02.amount("财政拨款收入"),
  "income[].superiorSubsidy": g02.amount("上级补助收入"),
  "income[].business": g02.amount("事业收入"),
  "income[].operating": g02.amount("经营收入"),
  "income[].subsidiaryRemittance": g02.amount("附属单位上缴收入"),
  "income[].other": g02.amount("其他收入"),

  "expenditure[].code": g03.code("科目编码"),
  "expenditure[].basic": g03.amount("基本支出"),
  "expenditure[].project": g03.amount("项目支出"),
  "expenditure[].remittedToSuperior": g03.amount("上缴上级支出"),
  "expenditure[].operating": g03.amount("经营支出"),
  "expenditure[].subsidiaryGrants": g03.amount("对附属单位补助支出"),

  "balances.nonFiscalBalanceUsed": g01.amount("使用非财政拨款结余"),
  "balances.openingCarryover": g01.amount("年初结转和结余"),
  "balances.surplusDistribution": g01.amount("结余分配"),
  "balances.closingCarryover": g01.amount("年末结转和结余"),

  "fiscal.income.generalBudget": g04.amount(`本年收入：${FUND_NAMES.generalBudget}`, { column: FUND_NAMES.generalBudget }),
  "fiscal.income.governmentFund": g04.amount(`本年收入：${FUND_NAMES.governmentFund}`, { column: FUND_NAMES.governmentFund }),
  "fiscal.income.stateCapital": g04.amount(`本年收入：${FUND_NAMES.stateCapital}`, { column: FUND_NAMES.stateCapital }),
  "fiscal.openingCarryover.generalBudget": g04.amount(`年初财政拨款结转和结余：${FUND_NAMES.generalBudget}`, { column: FUND_NAMES.generalBudget }),
  "fiscal.openingCarryover.governmentFund": g04.amount(`年初财政拨款结转和结余：${FUND_NAMES.governmentFund}`, { column: FUND_NAMES.governmentFund }),
  "fiscal.openingCarryover.stateCapital": g04.amount(`年初财政拨款结转和结余：${FUND_NAMES.stateCapital}`, { column: FUND_NAMES.stateCapital }),
  "fiscal.closingCarryover.generalBudget": g04.amount(`年末财政拨款结转和结余：${FUND_NAMES.generalBudget}`, { column: FUND_NAMES.generalBudget }),
  "fiscal.closingCarryover.governmentFund": g04.amount(`年末财政拨款结转和结余：${FUND_NAMES.governmentFund}`, { column: FUND_NAMES.governmentFund }),
  "fiscal.closingCarryover.stateCapital": g04.amount(`年末财政拨款结转和结余：${FUND_NAMES.stateCapital}`, { column: FUND_NAMES.stateCapital }),

  "generalBudgetExpenditure[].code": g05.code("科目编码"),
  "generalBudgetExpenditure[].budget": g05.amount("年初预算数"),
  "generalBudgetExpenditure[].basic": g05.amount("基本支出"),
  "generalBudgetExpenditure[].project": g05.amount("项目支出"),
  "generalBudgetExpenditure[].varianceReason": g05.text("决算数与年初预算数差异原因", optional),

  "basicExpenditure.personnel[].code": g06.code("科目编码"),
  "basicExpenditure.personnel[].amount": g06.amount("人员经费决算数", { column: "决算数" }),
  "basicExpenditure.public[].code": g06.code("科目编码"),
  "basicExpenditure.public[].amount": g06.amount("公用经费决算数", { column: "决算数" }),

  "threePublic.budget.outbound": g07.amount(`预算数：${THREE_NAMES.outbound}`, { column: THREE_NAMES.outbound }),
  "threePublic.budget.vehiclePurchase": g07.amount(`预算数：${THREE_NAMES.vehiclePurchase}`, { column: THREE_NAMES.vehiclePurchase }),
  "threePublic.budget.vehicleOperation": g07.amount(`预算数：${THREE_NAMES.vehicleOperation}`, { column: THREE_NAMES.vehicleOperation }),
  "threePublic.budget.reception": g07.amount(`预算数：${THREE_NAMES.reception}`, { column: THREE_NAMES.reception }),
  "threePublic.actual.outbound": g07.amount(`决算数：${THREE_NAMES.outbound}`, { column: THREE_NAMES.outbound }),
  "threePublic.actual.vehiclePurchase": g07.amount(`决算数：${THREE_NAMES.vehiclePurchase}`, { column: THREE_NAMES.vehiclePurchase }),
  "threePublic.actual.vehicleOperation": g07.amount(`决算数：${THREE_NAMES.vehicleOperation}`, { column: THREE_NAMES.vehicleOperation }),
  "threePublic.actual.reception": g07.amount(`决算数：${THREE_NAMES.reception}`, { column: THREE_NAMES.reception }),
  "threePublic.outboundGroups": three.count("因公出国（境）团组数（个）"),
  "threePublic.outboundPersons": three.count("因公出国（境）人次"),
  "threePublic.receptionGroups": three.count("公务接待批次（个）"),
  "threePublic.receptionPersons": three.count("公务接待人次"),
  "threePublic.vehiclesPurchased": three.count("公务用车购置数（辆）"),
  "threePublic.vehiclesHeld": three.count("公务用车保有量（辆）"),
  "threePublic.explanations.outbound": three.text("因公出国（境）费预决算差异说明", optional),
  "threePublic.explanations.vehicle": three.text("公务用车购置及运行费预决算差异说明", optional),
  "threePublic.explanations.reception": three.text("公务接待费预决算差异说明", optional),
  "threePublic.explanations.outboundDetail": three.text("因公出国（境）费支出情况", optional),
  "threePublic.explanations.vehicleDetail": three.text("公务用车购置及运行费支出情况", optional),
  "threePublic.explanations.receptionDetail": three.text("公务接待费支出情况", optional),

  "governmentFund[].code": g08.code("科目编码"),
  "governmentFund[].openingCarryover": g08.amount("年初结转和结余"),
  "governmentFund[].income": g08.amount("本年收入"),
  "governmentFund[].basic": g08.amount("本年支出：基本支出"),
  "governmentFund[].project": g08.amount("本年支出：项目支出"),
  "governmentFund[].closingCarryover": g08.amount("年末结转和结余"),

  "stateCapital[].code": g09.code("科目编码"),
  "stateCapital[].basic": g09.amount("基本支出"),
  "stateCapital[].project": g09.amount("项目支出"),

  "priorYear.grandTotal": prior.amount("收支总计"),
  "priorYear.fiscalGrandTotal": prior.amount("财政拨款收支总计"),
  "priorYear.generalBudgetExpenditure": prior.amount("一般公共预算财政拨款支出"),
  "priorYear.threePublicActual.outbound": prior.amount(`“三公”经费决算数：${THREE_NAMES.outbound}`),
  "priorYear.threePublicActual.vehiclePurchase": prior.amount(`“三公”经费决算数：${THREE_NAMES.vehiclePurchase}`),
  "priorYear.threePublicActual.vehicleOperation": prior.amount(`“三公”经费决算数：${THREE_NAMES.vehicleOperation}`),
  "priorYear.threePublicActual.reception": prior.amount(`“三公”经费决算数：${THREE_NAMES.reception}`),
  "priorYear.operatingCosts": prior.amount("机关运行经费"),

  "reasons.grandTotalChange": reasons.text("收支总计变动原因", optional),
  "reasons.fiscalTotalChange": reasons.text("财政拨款收支总计变动原因", optional),
  "reasons.generalBudgetChange": reasons.text("一般公共预算财政拨款支出变动原因", optional),

  "otherMatters.operatingCosts.actual": other.amount("机关运行经费决算数", { column: "决算数" }),
  "otherMatters.operatingCosts.budget": other.amount("机关运行经费年初预算数", { column: "年初预算数" }),
  "otherMatters.operatingCosts.reasonVsBudget": other.text("机关运行经费与预算差异原因", { column: "与年初预算差异原因", optional: true }),
  "otherMatters.operatingCosts.reasonVsPriorYear": other.text("机关运行经费与上年变动原因", { column: "与上年变动原因", optional: true }),
  "otherMatters.meetingCosts": other.amount("会议费"),
  "otherMatters.trainingCosts": other.amount("培训费"),
  "otherMatters.procurement.goods": other.amount("政府采购：货物", { column: "货物" }),
  "otherMatters.procurement.works": other.amount("政府采购：工程", { column: "工程" }),
  "otherMatters.procurement.services": other.amount("政府采购：服务", { column: "服务" }),
  "otherMatters.procurement.smeContracts": other.amount("授予中小企业合同金额"),
  "otherMatters.procurement.smallMicroContracts": other.amount("其中：授予小微企业合同金额"),
  "otherMatters.assets.vehicles": other.count("车辆（辆）"),
  "otherMatters.assets.generalEquipmentOver500k": other.count("单价50万元以上通用设备（台）"),
  "otherMatters.assets.specialEquipmentOver1m": other.count("单价100万元以上专用设备（台）"),
  "otherMatters.other": other.text("其他需要说明的情况"),

  "performance.summary": performance.text("预算绩效管理工作开展情况"),
  "performance.selfEvaluationReport": performance.text("部门整体支出绩效自评报告"),

  // Provenance marks (示例 / 估算) of figures: see ZProvenanceMark in ../package.ts.
  "provenance[].kind": cover.code("数字性质（illustrative 示例 / estimated 估算）", { column: "数字性质" }),
  "provenance[].table": cover.code("标注的表（g01–g09）", { column: "标注的表" }),
  "provenance[].rows": cover.code("标注的行（detail：合计行以外）", { column: "标注的行", optional: true }),
  "provenance[].codes[]": cover.code("标注的科目编码", { optional: true }),
  "provenance[].columns[]": cover.code("标注的列", { optional: true }),
  "provenance[].note": cover.text("标注说明"),
} satisfies Record<TFieldPattern, Spec>;

// `satisfies` catches a missing entry; this catches an entry for a field the package lacks.
type Extra = Exclude<keyof typeof SPECS, TFieldPattern>;
const noExtraEntries: [Extra] extends [never] ? true : { extraEntries: Extra } = true;
void noExtraEntries;

/** Every field, in the order of the package (and of the official report). */
export const FIELD_CATALOG: readonly TFieldEntry[] = (Object.keys(SPECS) as TFieldPattern[]).map((path) => ({ path, ...SPECS[path] }));

const BY_PATTERN = new Map<string, TFieldEntry>(FIELD_CATALOG.map((e) => [e.path, e]));

/** The entry of a pattern (`income[].fiscal`), or undefined. */
export function catalogEntry(pattern: string): TFieldEntry | undefined {
  return BY_PATTERN.get(pattern);
}

/** The entry of a pattern known at compile time. */
export function fieldEntry(pattern: TFieldPattern): TFieldEntry {
  return BY_PATTERN.get(pattern)!;
}

/** Which code set names the rows of each coded list. */
export const CODED_LISTS = {
  income: { codeKind: "functional" },
  expenditure: { codeKind: "functional" },
  generalBudgetExpenditure: { codeKind: "functional" },
  "basicExpenditure.personnel": { codeKind: "economic" },
  "basicExpenditure.public": { codeKind: "economic" },
  governmentFund: { codeKind: "functional" },
  stateCapital: { codeKind: "functional" },
} as const satisfies Record<TCodedList, { codeKind: "functional" | "economic" }>;

export function isCodedList(list: string): list is TCodedList {
  return Object.hasOwn(CODED_LISTS, list);
}

/** The official titles of the nine tables. */
export const TABLE_NAMES: Record<TTableId, string> = {
  公开01: "收入支出决算总表",
  公开02: "收入决算表",
  公开03: "支出决算表",
  公开04: "财政拨款收入支出决算总表",
  公开05: "一般公共预算财政拨款支出决算表",
  公开06: "一般公共预算财政拨款基本支出决算表",
  公开07: "一般公共预算财政拨款“三公”经费支出决算表",
  公开08: "政府性基金预算财政拨款收入支出决算表",
  公开09: "国有资本经营预算财政拨款支出决算表",
};

/**
 * The fields directly under a prefix (`income[]`, `fiscal.income`), in catalog order: the
 * columns of a coded list or the fields of one editor group.
 */
export function fieldsUnder(prefix: string, kinds?: readonly TFieldKind[]): TFieldEntry[] {
  return FIELD_CATALOG.filter((e) => {
    const rest = e.path.startsWith(`${prefix}.`) ? e.path.slice(prefix.length + 1) : null;
    return rest !== null && !/[.[]/.test(rest) && (!kinds || kinds.includes(e.kind));
  });
}
