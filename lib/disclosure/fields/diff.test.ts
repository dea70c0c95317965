import { describe, expect, it } from "vitest";
import { fixturePackage, incomeRow } from "../testing/builders";
import { diffPackages } from "./diff";

describe("diffPackages", () => {
  it("finds nothing between equal packages, nor when rows are only reordered or amounts respelled", () => {
    const a = fixturePackage();
    expect(diffPackages(a, fixturePackage())).toEqual([]);
    const b = fixturePackage();
    b.income.reverse();
    b.balances.openingCarryover = String(Number(a.balances.openingCarryover)); // "123.00" → "123"
    expect(diffPackages(a, b)).toEqual([]);
  });

  it("reports a changed amount of a coded row by code, with its delta in 分", () => {
    const a = fixturePackage();
    const b = fixturePackage();
    const row = b.income[2];
    const before = row.fiscal;
    row.fiscal = (Number(before) + 1234.5).toFixed(2);
    b.income.reverse();
    expect(diffPackages(a, b)).toEqual([
      {
        path: `income[code=${row.code}].fiscal`,
        label: `公开02 收入决算表 ${row.code} 财政拨款收入`,
        part: "income",
        table: "公开02",
        kind: "amount",
        before,
        after: row.fiscal,
        deltaFen: 123450n,
      },
    ]);
  });

  it("shows each non-zero field of an added or a removed row, in catalog order", () => {
    const a = fixturePackage();
    const b = fixturePackage();
    const removed = b.expenditure.shift()!;
    b.income.push(incomeRow("2299999", { fiscal: 500n, other: 7n }));
    const changes = diffPackages(a, b);
    expect(changes.filter((c) => c.table === "公开02")).toEqual([
      {
        path: "income[code=2299999].fiscal",
        label: "公开02 收入决算表 2299999 财政拨款收入",
        part: "income",
        table: "公开02",
        kind: "amount",
        before: null,
        after: "5.00",
        deltaFen: 500n,
      },
      {
        path: "income[code=2299999].other",
        label: "公开02 收入决算表 2299999 其他收入",
        part: "income",
        table: "公开02",
        kind: "amount",
        before: null,
        after: "0.07",
        deltaFen: 7n,
      },
    ]);
    const nonZero = (["basic", "project", "remittedToSuperior", "operating", "subsidiaryGrants"] as const).filter((k) => Number(removed[k]) !== 0);
    expect(changes.filter((c) => c.table === "公开03").map((c) => [c.path, c.before, c.after])).toEqual(
      nonZero.map((k) => [`expenditure[code=${removed.code}].${k}`, removed[k], null]),
    );
    expect(changes.map((c) => c.table)).toEqual(["公开02", "公开02", ...nonZero.map(() => "公开03")]);
  });

  it("reports texts and counts without a delta, and an emptied optional text as absent", () => {
    const a = fixturePackage();
    a.reasons.grandTotalChange = "人员增加";
    const b = fixturePackage();
    b.reasons.grandTotalChange = undefined;
    b.overview.organization = "新的机构设置";
    b.threePublic.vehiclesHeld = a.threePublic.vehiclesHeld + 2;
    b.overview.duties = [...a.overview.duties, "新增职责"];
    expect(diffPackages(a, b).map(({ path, kind, before, after, deltaFen }) => ({ path, kind, before, after, deltaFen }))).toEqual([
      { path: `overview.duties[${a.overview.duties.length}]`, kind: "text", before: null, after: "新增职责", deltaFen: undefined },
      { path: "overview.organization", kind: "text", before: a.overview.organization, after: "新的机构设置", deltaFen: undefined },
      {
        path: "threePublic.vehiclesHeld",
        kind: "count",
        before: String(a.threePublic.vehiclesHeld),
        after: String(b.threePublic.vehiclesHeld),
        deltaFen: undefined,
      },
      { path: "reasons.grandTotalChange", kind: "text", before: "人员增加", after: null, deltaFen: undefined },
    ]);
  });

  it("treats an empty text and an absent one as the same", () => {
    const a = fixturePackage();
    const b = fixturePackage();
    a.reasons.fiscalTotalChange = "";
    b.reasons.fiscalTotalChange = undefined;
    expect(diffPackages(a, b)).toEqual([]);
  });

  it("shows the non-zero prior-year figures when the block is dropped", () => {
    const a = fixturePackage();
    const b = { ...fixturePackage(), priorYear: null };
    const changes = diffPackages(a, b);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.part === "prior-year" && c.after === null && c.before !== null && c.deltaFen! < 0n)).toBe(true);
    expect(changes[0]).toMatchObject({ path: "priorYear.grandTotal", label: "上年数 收支总计" });
  });
});
