import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSetForYear } from "../codes";
import { formatYuan, parseYuan } from "../money";
import type { TPackage } from "../package";
import { arbBalancedPackage, arbPackage } from "../testing/arbitraries";
import { runChecks } from ".";

const errorRules = (pkg: TPackage) => [
  ...new Set(
    runChecks(pkg, { codes: codeSetForYear(pkg.year) })
      .filter((r) => r.severity === "error")
      .map((r) => r.rule),
  ),
];
const add = (text: string, delta: bigint) => formatYuan(parseYuan(text) + delta);
const arbDelta = fc.bigInt({ min: 1n, max: 10_000_000n });

describe("checks on generated packages", () => {
  it("never throw on any schema-valid package", () => {
    fc.assert(
      fc.property(arbPackage, (pkg) => void runChecks(pkg, { codes: codeSetForYear(pkg.year) })),
      { numRuns: 200 },
    );
  });

  it("find no error in a balanced package", () => {
    fc.assert(
      fc.property(arbBalancedPackage, (pkg) => {
        expect(errorRules(pkg)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("each kind of imbalance is caught by its rule, and only by it", () => {
  it("R3: 公开01 does not balance", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, (pkg, d) => {
        pkg.balances.closingCarryover = add(pkg.balances.closingCarryover, d);
        expect(errorRules(pkg)).toEqual(["R3"]);
      }),
    );
  });

  it("R4: 公开02 财政拨款收入 ≠ the three funds (公开01 kept in balance)", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, (pkg, d) => {
        fc.pre(pkg.income.length > 0);
        pkg.income[0].fiscal = add(pkg.income[0].fiscal, d);
        pkg.balances.closingCarryover = add(pkg.balances.closingCarryover, d);
        expect(errorRules(pkg)).toEqual(["R4"]);
      }),
    );
  });

  it("R5: a fund's income + opening ≠ spending + closing", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, fc.constantFrom("generalBudget", "stateCapital"), (pkg, d, fund) => {
        pkg.fiscal.closingCarryover[fund] = add(pkg.fiscal.closingCarryover[fund], d);
        expect(errorRules(pkg)).toEqual(["R5"]);
      }),
    );
  });

  it("R5: 公开08's totals ≠ the government-fund figures of 公开04", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, (pkg, d) => {
        pkg.fiscal.openingCarryover.governmentFund = add(pkg.fiscal.openingCarryover.governmentFund, d);
        pkg.fiscal.closingCarryover.governmentFund = add(pkg.fiscal.closingCarryover.governmentFund, d);
        expect(errorRules(pkg)).toEqual(["R5"]);
      }),
    );
  });

  it("R6: fiscal 基本支出 of a code above its 公开03 基本支出 (公开03's total unchanged)", () => {
    fc.assert(
      fc.property(arbBalancedPackage, (pkg) => {
        const fiscalBasic = (code: string) =>
          [...pkg.generalBudgetExpenditure, ...pkg.governmentFund, ...pkg.stateCapital]
            .filter((r) => r.code === code)
            .reduce((s, r) => s + parseYuan(r.basic), 0n);
        const i = pkg.expenditure.findIndex((r) => fiscalBasic(r.code) > 0n);
        fc.pre(i >= 0);
        const row = pkg.expenditure[i];
        const move = parseYuan(row.basic) - fiscalBasic(row.code) + 1n;
        row.basic = add(row.basic, -move);
        row.operating = add(row.operating, move);
        expect(errorRules(pkg)).toEqual(["R6"]);
      }),
    );
  });

  it("R7: 公开06 ≠ Σ公开05 基本支出", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, (pkg, d) => {
        const lines = [...pkg.basicExpenditure.personnel, ...pkg.basicExpenditure.public];
        if (lines.length) lines[0].amount = add(lines[0].amount, d);
        else pkg.basicExpenditure.personnel.push({ code: "30101", amount: formatYuan(d) });
        expect(errorRules(pkg)).toEqual(["R7"]);
      }),
    );
  });

  it("R8: procurement out of order", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, fc.boolean(), (pkg, d, smeOverTotal) => {
        const p = pkg.otherMatters.procurement;
        if (smeOverTotal) {
          const total = parseYuan(p.goods) + parseYuan(p.works) + parseYuan(p.services);
          p.smeContracts = formatYuan(total + d);
        } else p.smallMicroContracts = add(p.smeContracts, d);
        expect(errorRules(pkg)).toEqual(["R8"]);
      }),
    );
  });

  it("R1 and R9: a negative amount, a missing reason", () => {
    fc.assert(
      fc.property(arbBalancedPackage, arbDelta, (pkg, d) => {
        pkg.otherMatters.meetingCosts = formatYuan(-d);
        expect(errorRules(pkg)).toEqual(["R1"]);
        pkg.otherMatters.meetingCosts = "0.00";
        const i = pkg.generalBudgetExpenditure.findIndex((r) => parseYuan(r.budget) !== parseYuan(r.basic) + parseYuan(r.project));
        fc.pre(i >= 0);
        delete pkg.generalBudgetExpenditure[i].varianceReason;
        expect(errorRules(pkg)).toEqual(["R9"]);
      }),
    );
  });
});
