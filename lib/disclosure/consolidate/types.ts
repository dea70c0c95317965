import type { TPackage } from "../package";

export interface ConsolidationUnit {
  code: string;
  name: string;
}

/** One unit's own final accounts (单位决算) as it enters a department's consolidation. */
export interface ConsolidationMember {
  unit: ConsolidationUnit;
  package: TPackage;
}
