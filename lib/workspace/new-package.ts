/**
 * A blank package for a unit and year, and the carry-over from last year's package
 * (overview and recurring texts; every figure empty). Pure.
 */
import type { TPackage } from "@/lib/disclosure/package";
import { carriedTexts } from "@/lib/disclosure/carry-over";
import { emptyPackage } from "@/lib/disclosure/template";

/** The core's empty package, with the unit as the database knows it. */
export function blankPackage(unit: TPackage["unit"], year: number): TPackage {
  return { ...emptyPackage({ unitCode: unit.code, unitName: unit.name, year }), unit };
}

/** Next year's draft from last year's package: the texts that recur (see carry-over.ts), no figure. */
export function packageFromPrevious(previous: TPackage, unit: TPackage["unit"], year: number): TPackage {
  const pkg = blankPackage(unit, year);
  const carried = carriedTexts(previous, year);
  pkg.overview = { duties: carried.duties, organization: carried.organization, composition: carried.composition };
  pkg.otherMatters.other = carried.other;
  return pkg;
}
