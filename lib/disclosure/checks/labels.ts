/**
 * The Chinese names the checks print for tables and entered fields, read from the field catalog
 * (lib/disclosure/fields) so that messages, the editor, the XLSX template and the review diff use
 * the same words.
 */
import { TABLE_NAMES, fieldsUnder } from "../fields/catalog";
import type { TFieldKind, TTableId } from "../fields/types";
import type { TableKey } from "../model";
import type {
  TEconomicRow,
  TExpenditureRow,
  TGeneralBudgetRow,
  TGovernmentFundRow,
  TIncomeRow,
  TPackage,
  TStateCapitalRow,
  TThreePublicAmounts,
} from "../package";

const title = (id: TTableId) => `${id} ${TABLE_NAMES[id]}`;

export const T = {
  g01: title("公开01"),
  g02: title("公开02"),
  g03: title("公开03"),
  g04: title("公开04"),
  g05: title("公开05"),
  g06: title("公开06"),
  g07: title("公开07"),
  g08: title("公开08"),
  g09: title("公开09"),
} as const satisfies Record<TableKey, string>;

export const TABLE_TITLES: Record<TableKey, string> = T;

/** The keys of R whose values are of type V (the amounts or the counts of a block). */
type KeysOf<R, V> = Exclude<{ [K in keyof R]-?: R[K] extends V ? K : never }[keyof R], "code">;

/** Key → name of the catalog's fields of one kind directly under a prefix. */
function names<R, V>(prefix: string, kind: TFieldKind, use: "label" | "column" = "column"): Record<KeysOf<R, V>, string> {
  return Object.fromEntries(fieldsUnder(prefix, [kind]).map((e) => [e.path.split(".").at(-1), use === "label" ? e.label : e.column])) as Record<
    KeysOf<R, V>,
    string
  >;
}

export const INCOME = names<TIncomeRow, string>("income[]", "amount");
export const EXPENDITURE = names<TExpenditureRow, string>("expenditure[]", "amount");
export const FUNDS = names<TPackage["fiscal"]["income"], string>("fiscal.income", "amount");
export const GBE = names<TGeneralBudgetRow, string>("generalBudgetExpenditure[]", "amount");
export const GF = names<TGovernmentFundRow, string>("governmentFund[]", "amount");
export const SC = names<TStateCapitalRow, string>("stateCapital[]", "amount");
export const THREE = names<TThreePublicAmounts, string>("threePublic.actual", "amount");
export const BALANCES = names<TPackage["balances"], string>("balances", "amount");
export const COUNTS = names<TPackage["threePublic"], number>("threePublic", "count");
export const PROCUREMENT = names<TPackage["otherMatters"]["procurement"], string>("otherMatters.procurement", "amount", "label");
export const ASSETS = names<TPackage["otherMatters"]["assets"], number>("otherMatters.assets", "count");
export const ECONOMIC = {
  personnel: names<TEconomicRow, string>("basicExpenditure.personnel[]", "amount", "label").amount,
  public: names<TEconomicRow, string>("basicExpenditure.public[]", "amount", "label").amount,
};

export const PART3_7 = "第三部分 七、“三公”经费";
export const PART3_11 = "第三部分 十一、其他重要事项";
