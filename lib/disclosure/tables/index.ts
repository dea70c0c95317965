/**
 * The nine disclosure tables, 公开01–公开09, built from a package and the year's code set.
 * Amount cells are exact 分; formatting to 万元 with two decimals is the renderer's job
 * (money.formatWanTable).
 */
import type { CodeSet } from "../codes";
import { computeTotals, type PackageTotals } from "../figures";
import type { DisclosureTable } from "../model";
import type { TPackage } from "../package";
import { buildTable01 } from "./g01";
import { buildTable02 } from "./g02";
import { buildTable03 } from "./g03";
import { buildTable04 } from "./g04";
import { buildTable05 } from "./g05";
import { buildTable06 } from "./g06";
import { buildTable07 } from "./g07";
import { buildTable08 } from "./g08";
import { buildTable09 } from "./g09";

export { buildTable01, buildTable02, buildTable03, buildTable04, buildTable05, buildTable06, buildTable07, buildTable08, buildTable09 };
export { rollUp, type RollupEntry, type RolledRow, type RollupSpec, type Rollup } from "./rollup";
export { UNKNOWN_NAME } from "./shared";
export { emptyNote } from "./notes";

/** All nine, in order. `totals` may be passed when the caller already computed them. */
export function buildTables(pkg: TPackage, codes: CodeSet | null, totals: PackageTotals = computeTotals(pkg)): DisclosureTable[] {
  return [
    buildTable01(pkg, codes, totals),
    buildTable02(pkg, codes),
    buildTable03(pkg, codes),
    buildTable04(pkg, codes, totals),
    buildTable05(pkg, codes),
    buildTable06(pkg, codes),
    buildTable07(pkg, totals),
    buildTable08(pkg, codes),
    buildTable09(pkg, codes),
  ];
}
