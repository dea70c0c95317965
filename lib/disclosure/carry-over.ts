/**
 * What a new year's draft takes over from last year's package: the texts that recur (duties,
 * organisation, composition, the free text of §11), never a figure. Pure.
 *
 * How a carried text is recognised later: it is still exactly what the carry-over put there. The
 * checks compare each carried field with this function's output for last year's published package
 * (W5 "沿用上年，请核对"), so the mark goes away as soon as the clerk edits the text, and nothing
 * has to be stored beside the package.
 */
import type { TPackage } from "./package";

export interface CarriedTexts {
  duties: string[];
  organization: string;
  composition: string;
  other: string;
}

/** The carried fields with their package paths and Chinese labels. */
export const CARRIED_FIELDS = [
  { path: "overview.duties", label: "部门职责", pick: (t: CarriedTexts) => t.duties.join("\n") },
  { path: "overview.organization", label: "机构设置", pick: (t: CarriedTexts) => t.organization },
  { path: "overview.composition", label: "决算单位构成", pick: (t: CarriedTexts) => t.composition },
  { path: "otherMatters.other", label: "其他需要说明的事项", pick: (t: CarriedTexts) => t.other },
] as const;

export function carriedTexts(previous: TPackage, year: number): CarriedTexts {
  return {
    duties: [...previous.overview.duties],
    organization: previous.overview.organization,
    // The composition sentence names the year; carry it over with the new year in it.
    composition: previous.overview.composition.replaceAll(String(previous.year), String(year)),
    other: previous.otherMatters.other,
  };
}

export function currentCarriedTexts(pkg: TPackage): CarriedTexts {
  return { duties: pkg.overview.duties, organization: pkg.overview.organization, composition: pkg.overview.composition, other: pkg.otherMatters.other };
}
