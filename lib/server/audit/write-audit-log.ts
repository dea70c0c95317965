import "@/lib/server/server-only";
import type { DbClient } from "@/lib/server/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface WriteAuditLogOptions {
  /** Null for the system. */
  actorId: string | null;
  /** Dotted verb, e.g. "revision.save", "report.submit". */
  action: string;
  targetType: string;
  targetId: string;
  /** The unit and year of the report concerned: the audit viewer and the inbox filter on them. */
  unitId?: string | null;
  year?: number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

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
      before: options.before ?? undefined,
      after: options.after ?? undefined,
    },
  });
}
