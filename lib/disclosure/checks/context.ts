/** What every rule reads: the package, the year's code set, its totals and last year's figures. */
import type { CodeSet } from "../codes";
import type { PackageTotals, PriorFigures } from "../figures";
import type { TPackage } from "../package";

export interface CheckContext {
  pkg: TPackage;
  codes: CodeSet | null;
  totals: PackageTotals;
  prior: PriorFigures | null;
}
