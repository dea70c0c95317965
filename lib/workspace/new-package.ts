/**
 * A blank package for a unit and year, and the carry-over from last year's package
 * (overview and recurring texts; every figure empty). Pure.
 */
import type { TPackage } from "@/lib/disclosure/package";
import { emptyPackage } from "@/lib/disclosure/template";

/** The core's empty package, with the unit as the database knows it. */
export function blankPackage(unit: TPackage["unit"], year: number): TPackage {
  return { ...emptyPackage({ unitCode: unit.code, unitName: unit.name, year }), unit };
}

/** Next year's draft from last year's package: the texts that recur, no figure. */
export function packageFromPrevious(previous: TPackage, unit: TPackage["unit"], year: number): TPackage {
  const pkg = blankPackage(unit, year);
  pkg.overview = {
    duties: [...previous.overview.duties],
    organization: previous.overview.organization,
    // The composition sentence names the year; carry it over with the new year in it.
    composition: previous.overview.composition.replaceAll(String(previous.year), String(year)),
  };
  pkg.otherMatters.other = previous.otherMatters.other;
  return pkg;
}
