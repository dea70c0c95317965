import "@/lib/server/server-only";
import type { TSaveFiscalYear } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";

export interface SaveFiscalYearOptions {
  actor: Actor;
  input: TSaveFiscalYear;
}

/** 开放年度 / 修改截止日期 / 关闭填报: creates the year or changes it, audited before and after. */
export async function saveFiscalYear(options: SaveFiscalYearOptions): Promise<{ outcome: "created" | "updated" | "unchanged" }> {
  requireAdmin(options.actor);
  const { year, publicationDeadline, entryOpen } = options.input;
  return db().$transaction(async (tx) => {
    const existing = await tx.fiscalYear.findUnique({ where: { year } });
    const after = { year, publicationDeadline, entryOpen };
    if (!existing) {
      await tx.fiscalYear.create({ data: { year, publicationDeadline: new Date(`${publicationDeadline}T00:00:00Z`), entryOpen } });
      await writeAuditLog(tx, { actorId: options.actor.id, action: "fiscalYear.create", targetType: "FiscalYear", targetId: String(year), year, after });
      return { outcome: "created" as const };
    }
    const before = { year, publicationDeadline: existing.publicationDeadline.toISOString().slice(0, 10), entryOpen: existing.entryOpen };
    if (JSON.stringify(before) === JSON.stringify(after)) return { outcome: "unchanged" as const };
    await tx.fiscalYear.update({ where: { year }, data: { publicationDeadline: new Date(`${publicationDeadline}T00:00:00Z`), entryOpen } });
    await writeAuditLog(tx, { actorId: options.actor.id, action: "fiscalYear.update", targetType: "FiscalYear", targetId: String(year), year, before, after });
    return { outcome: "updated" as const };
  });
}
