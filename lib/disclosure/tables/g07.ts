/**
 * 公开07 一般公共预算财政拨款“三公”经费支出决算表: one line, 预算数 then 决算数, each 合计,
 * 因公出国（境）费, 公务用车购置及运行费 (小计, 公务用车购置费, 公务用车运行费), 公务接待费 — the
 * official three-level grouped header.
 */
import { computeTotals, type PackageTotals, type ThreePublicTotals } from "../figures";
import type { DisclosureTable, HeaderCell, TableColumn } from "../model";
import type { TPackage } from "../package";
import { emptyNote } from "./notes";
import { col, hc, makeTable } from "./shared";

function half(prefix: "budget" | "actual"): TableColumn[] {
  return [
    col(`${prefix}Total`, "合计", "amount"),
    col(`${prefix}Outbound`, "因公出国（境）费", "amount"),
    col(`${prefix}Vehicle`, "小计", "amount"),
    col(`${prefix}VehiclePurchase`, "公务用车购置费", "amount"),
    col(`${prefix}VehicleOperation`, "公务用车运行费", "amount"),
    col(`${prefix}Reception`, "公务接待费", "amount"),
  ];
}

const MIDDLE: HeaderCell[] = [hc("合计", 1, 2), hc("因公出国（境）费", 1, 2), hc("公务用车购置及运行费", 3, 1), hc("公务接待费", 1, 2)];
const BOTTOM: HeaderCell[] = [hc("小计"), hc("公务用车购置费"), hc("公务用车运行费")];

function values(t: ThreePublicTotals) {
  return [t.total, t.outbound, t.vehicle, t.vehiclePurchase, t.vehicleOperation, t.reception];
}

export function buildTable07(pkg: TPackage, totals: PackageTotals = computeTotals(pkg)): DisclosureTable {
  const { budget, actual } = totals.threePublic;
  const shape = {
    key: "g07" as const,
    id: "公开07",
    title: "一般公共预算财政拨款“三公”经费支出决算表",
    columns: [...half("budget"), ...half("actual")],
    headerRows: [
      [hc("预算数", 6), hc("决算数", 6)],
      [...MIDDLE, ...MIDDLE],
      [...BOTTOM, ...BOTTOM],
    ],
  };
  return makeTable(shape, [{ level: "item", values: [...values(budget), ...values(actual)] }], emptyNote("g07", pkg.year));
}
