import "@/lib/server/server-only";

/** What the audit log keeps of a unit (before and after a change). */
export function unitAuditShape(unit: {
  code: string;
  name: string;
  shortName: string;
  region: string;
  category: string;
  active: boolean;
  parentCode: string | null;
}) {
  const { code, name, shortName, region, category, active, parentCode } = unit;
  return { code, name, shortName, region, category, active, parentCode };
}

export const UNIT_WITH_PARENT = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  region: true,
  category: true,
  active: true,
  parent: { select: { code: true } },
} as const;

export function withParentCode<T extends { parent: { code: string } | null }>(unit: T) {
  return { ...unit, parentCode: unit.parent?.code ?? null };
}
