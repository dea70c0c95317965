import "@/lib/server/server-only";
import type { TReportKind } from "@/lib/rules/department";
import type { DbClient } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

interface Entry {
  /** Null for the system. */
  actorId: string | null;
  /** Dotted verb, e.g. "revision.save", "report.submit". */
  action: string;
  targetType: string;
  targetId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * An entry about one report names it by unit, year and kind: the audit viewer and the inbox filter
 * on the unit and year, and link to the report's own page by the kind (a department report's 部门汇总
 * page and `?kind=department` review page, not its unit report's). An entry about no report may
 * carry a year alone (a fiscal year).
 */
export type WriteAuditLogOptions = Entry &
  ({ unitId: string; year: number; reportKind: TReportKind } | { unitId?: undefined; year?: number | null; reportKind?: undefined });

/** Appends one audit entry. Call it inside the transaction that makes the change. */
export async function writeAuditLog(client: DbClient, options: WriteAuditLogOptions): Promise<void> {
  // createMany: nothing is read back (create returns and maps the whole row; a bulk import writes thousands).
  await client.auditLog.createMany({
    data: {
      actorId: options.actorId,
      action: options.action,
      targetType: options.targetType,
      targetId: options.targetId,
      unitId: options.unitId ?? null,
      year: options.year ?? null,
      reportKind: options.reportKind ?? null,
      before: options.before ?? undefined,
      after: options.after ?? undefined,
    },
  });
}
