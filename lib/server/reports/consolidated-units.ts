import "@/lib/server/server-only";
import { z } from "zod";
import type { DepartmentMember } from "./get-department-rollup";

/** A unit whose figures are in a department report's consolidation (本级 first), as stored on its revision. */
export const ZConsolidatedUnits = z.array(z.object({ code: z.string(), name: z.string(), own: z.boolean() }));
export type ConsolidatedUnit = z.infer<typeof ZConsolidatedUnits>[number];

/** The members a consolidation took in: the list frozen with the revision (a pending subordinate is not one). */
export function consolidatedUnits(members: readonly DepartmentMember[]): ConsolidatedUnit[] {
  return members.filter((m) => m.included).map((m) => ({ code: m.unit.code, name: m.unit.name, own: m.own }));
}

/** The stored list of a revision; null when the revision has none (a unit report). */
export function storedConsolidatedUnits(value: unknown): ConsolidatedUnit[] | null {
  if (value === null || value === undefined) return null;
  const parsed = ZConsolidatedUnits.safeParse(value);
  if (!parsed.success) throw new Error("修订记录中的汇总单位列表无法读取");
  return parsed.data;
}

export function sameUnits(a: readonly ConsolidatedUnit[] | null, b: readonly ConsolidatedUnit[]): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b);
}
