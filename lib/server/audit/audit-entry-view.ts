import "@/lib/server/server-only";
import type { DbClient } from "@/lib/server/db";
import type { AuditEntryView } from "@/lib/workspace/view-models";

/** Keys of an entry's `after` worth showing; package bodies and version counters stay out. */
const SHOWN = ["comment", "body", "changeNote", "attestations", "source", "status", "revision", "section", "fieldPath", "mode"];

interface Row {
  id: bigint;
  action: string;
  unitId: string | null;
  year: number | null;
  reportKind: "UNIT" | "DEPARTMENT" | null;
  createdAt: Date;
  after: unknown;
  actor: { displayName: string } | null;
}

/** The columns auditEntryViews reads, for the callers' `select`. */
export const AUDIT_ENTRY_SELECT = {
  id: true,
  action: true,
  unitId: true,
  year: true,
  reportKind: true,
  createdAt: true,
  after: true,
  actor: { select: { displayName: true } },
} as const;

/** Entries as the viewer and the inbox show them, with their units' names (one query per page). */
export async function auditEntryViews(client: DbClient, rows: Row[]): Promise<AuditEntryView[]> {
  const unitIds = [...new Set(rows.map((r) => r.unitId).filter((id): id is string => id !== null))];
  const units = unitIds.length ? await client.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, code: true, name: true } }) : [];
  const unitOf = new Map(units.map((u) => [u.id, u]));
  return rows.map((r) => {
    const after = (r.after && typeof r.after === "object" ? r.after : {}) as Record<string, unknown>;
    const unit = r.unitId ? unitOf.get(r.unitId) : undefined;
    return {
      id: String(r.id),
      action: r.action,
      actor: r.actor?.displayName ?? "系统",
      createdAt: r.createdAt,
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? null,
      year: r.year,
      kind: r.reportKind,
      details: Object.fromEntries(SHOWN.filter((k) => k in after).map((k) => [k, after[k]])),
    };
  });
}
