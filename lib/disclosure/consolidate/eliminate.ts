/**
 * Internal transfers of a department (内部往来抵销). Two pairs cancel out, per functional code:
 * - the parent's 对附属单位补助支出 (`expenditure[].subsidiaryGrants`) against the subordinates'
 *   上级补助收入 (`income[].superiorSubsidy`), summed over the subordinates;
 * - the subordinates' 上缴上级支出 (`expenditure[].remittedToSuperior`), summed, against the parent's
 *   附属单位上缴收入 (`income[].subsidiaryRemittance`).
 * A code whose two sides differ is a blocking error (D1, D2) naming the parent, the subordinates
 * and the difference; nothing is eliminated on that code, so the department's totals still balance.
 */
import type { CodeSet } from "../codes";
import { parseYuan, type Fen } from "../money";
import type { CheckResult } from "../model";
import type { TPackage } from "../package";
import { amountsText, result, side } from "../checks/format";
import { functionalRow } from "../checks/rows";
import type { ConsolidationMember } from "./types";

export interface Elimination {
  pair: "grants" | "remittances";
  code: string;
  /** The amount removed from each side, in 分. */
  amount: Fen;
}

type IncomeKey = "superiorSubsidy" | "subsidiaryRemittance";
type ExpenditureKey = "subsidiaryGrants" | "remittedToSuperior";

function incomeBy(pkg: TPackage, key: IncomeKey): Map<string, Fen> {
  const out = new Map<string, Fen>();
  for (const row of pkg.income) out.set(row.code, (out.get(row.code) ?? 0n) + parseYuan(row[key]));
  return out;
}

function expenditureBy(pkg: TPackage, key: ExpenditureKey): Map<string, Fen> {
  const out = new Map<string, Fen>();
  for (const row of pkg.expenditure) out.set(row.code, (out.get(row.code) ?? 0n) + parseYuan(row[key]));
  return out;
}

interface PairSpec {
  pair: Elimination["pair"];
  rule: "D1" | "D2";
  parentLabel: string;
  subordinateLabel: string;
  parentSide: (pkg: TPackage) => Map<string, Fen>;
  subordinateSide: (pkg: TPackage) => Map<string, Fen>;
  /** Where the parent's side is shown (table, column) for the message's location. */
  table: "g02" | "g03";
  column: string;
}

const PAIRS: readonly PairSpec[] = [
  {
    pair: "grants",
    rule: "D1",
    table: "g03",
    column: "对附属单位补助支出",
    parentLabel: "对附属单位补助支出",
    subordinateLabel: "上级补助收入",
    parentSide: (p) => expenditureBy(p, "subsidiaryGrants"),
    subordinateSide: (p) => incomeBy(p, "superiorSubsidy"),
  },
  {
    pair: "remittances",
    rule: "D2",
    table: "g02",
    column: "附属单位上缴收入",
    parentLabel: "附属单位上缴收入",
    subordinateLabel: "上缴上级支出",
    parentSide: (p) => incomeBy(p, "subsidiaryRemittance"),
    subordinateSide: (p) => expenditureBy(p, "remittedToSuperior"),
  },
];

export interface EliminationOutcome {
  eliminations: Elimination[];
  errors: CheckResult[];
}

export function findEliminations(parent: ConsolidationMember, subordinates: readonly ConsolidationMember[], codes: CodeSet | null): EliminationOutcome {
  const eliminations: Elimination[] = [];
  const errors: CheckResult[] = [];
  for (const spec of PAIRS) {
    const parentSide = spec.parentSide(parent.package);
    const subSides = subordinates.map((s) => ({ unit: s.unit, amounts: spec.subordinateSide(s.package) }));
    const allCodes = new Set([...parentSide.keys(), ...subSides.flatMap((s) => [...s.amounts.keys()])]);
    for (const code of [...allCodes].sort()) {
      const parentAmount = parentSide.get(code) ?? 0n;
      const contributions = subSides.map((s) => ({ unit: s.unit, amount: s.amounts.get(code) ?? 0n })).filter((c) => c.amount !== 0n);
      const subAmount = contributions.reduce((a, c) => a + c.amount, 0n);
      if (parentAmount === 0n && subAmount === 0n) continue;
      if (parentAmount === subAmount) {
        eliminations.push({ pair: spec.pair, code, amount: parentAmount });
        continue;
      }
      const row = functionalRow(codes, code);
      const left = side(`${parent.unit.name} ${spec.parentLabel}`, parentAmount);
      const right = side(`下属单位 ${spec.subordinateLabel}合计`, subAmount);
      const [l, r, d, ...each] = amountsText([
        parentAmount,
        subAmount,
        parentAmount > subAmount ? parentAmount - subAmount : subAmount - parentAmount,
        ...contributions.map((c) => c.amount),
      ]);
      const detail =
        contributions.length === 0
          ? `下属单位均未填列${spec.subordinateLabel}`
          : contributions.map((c, i) => `${c.unit.name} ${spec.subordinateLabel} = ${each[i]}`).join("，");
      const message = `内部往来不能抵销（${row}）：${parent.unit.name} ${spec.parentLabel} = ${l}，下属单位${spec.subordinateLabel}合计 = ${r}（${detail}），相差${d}`;
      errors.push(result(spec.rule, "error", message, { table: spec.table, row, column: spec.column }, left, right));
    }
  }
  return { eliminations, errors };
}
