import "@/lib/server/server-only";
import type { TUnitFields } from "@/lib/admin/schemas";
import { readTableFile } from "@/lib/admin/table-file";
import { planUnitList, unitListCodes, type UnitListRow } from "@/lib/admin/unit-list";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db, type DbClient } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { IMPORT_MAX_BYTES } from "@/lib/workspace/schemas";
import { writeUnit } from "./write-unit";

export interface ImportUnitListOptions {
  actor: Actor;
  file: { name: string; size: number; bytes: Uint8Array };
  /** false: only the preview; true: apply, all or nothing. */
  commit: boolean;
}

export interface UnitListPreview {
  encoding: string;
  counts: Record<UnitListRow["outcome"], number>;
  /** Refused rows first, then creations and changes; at most PREVIEW_ROWS. */
  rows: Omit<UnitListRow, "fields">[];
  committed: boolean;
}

const PREVIEW_ROWS = 500;
// Postgres takes 65,535 bind parameters; look the file's codes up in chunks well below that.
const LOOKUP_CHUNK = 5_000;

async function existingUnits(client: DbClient, codes: string[]): Promise<Map<string, TUnitFields>> {
  const out = new Map<string, TUnitFields>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
    const units = await client.unit.findMany({
      where: { code: { in: unique.slice(i, i + LOOKUP_CHUNK) } },
      select: { code: true, name: true, shortName: true, region: true, category: true, parent: { select: { code: true } } },
    });
    for (const u of units)
      out.set(u.code, { code: u.code, name: u.name, shortName: u.shortName, region: u.region, category: u.category, parentCode: u.parent?.code ?? null });
  }
  return out;
}

const ORDER: Record<UnitListRow["outcome"], number> = { refused: 0, create: 1, update: 2, unchanged: 3 };

/**
 * 导入单位名录 (CSV in UTF-8/GBK, or XLSX): a preview of what would be created, changed and
 * refused; with `commit`, the same plan applied in one transaction — any refused row and nothing
 * is written. Each created or changed unit gets its own audit entry, plus one for the import.
 */
export async function importUnitList(options: ImportUnitListOptions): Promise<UnitListPreview> {
  requireAdmin(options.actor);
  if (options.file.size > IMPORT_MAX_BYTES) throw new AppError("FILE_TOO_LARGE");
  const table = await readTableFile(options.file.bytes);
  if (!table.ok) throw new AppError("UNSUPPORTED_FILE", { message: table.message });
  const encoding = table.kind === "xlsx" ? "XLSX" : table.encoding === "gbk" ? "GBK" : table.encoding === "utf-8-bom" ? "UTF-8（带 BOM）" : "UTF-8";
  const plan = async (client: DbClient) => {
    const result = planUnitList(table.rows, await existingUnits(client, unitListCodes(table.rows)));
    if (!result.ok) throw new AppError("IMPORT_INVALID", { message: result.message });
    return result;
  };
  const preview = (result: Awaited<ReturnType<typeof plan>>, committed: boolean): UnitListPreview => ({
    encoding,
    counts: result.counts,
    rows: [...result.rows]
      .sort((a, b) => ORDER[a.outcome] - ORDER[b.outcome] || a.line - b.line)
      .slice(0, PREVIEW_ROWS)
      .map((row) => ({ line: row.line, code: row.code, name: row.name, outcome: row.outcome, detail: row.detail })),
    committed,
  });
  if (!options.commit) return preview(await plan(db()), false);
  return db().$transaction(
    async (tx) => {
      const result = await plan(tx);
      if (result.counts.refused > 0) {
        throw new AppError("IMPORT_INVALID", { message: `有 ${result.counts.refused} 行被拒绝，未导入任何单位`, details: preview(result, false) });
      }
      for (const row of result.rows) {
        if (row.outcome === "create" || row.outcome === "update") {
          await writeUnit(tx, { actorId: options.actor.id, fields: row.fields!, source: "unit-list-import" });
        }
      }
      await writeAuditLog(tx, {
        actorId: options.actor.id,
        action: "unit.importList",
        targetType: "Unit",
        targetId: "list",
        after: { file: options.file.name, encoding, created: result.counts.create, updated: result.counts.update, unchanged: result.counts.unchanged },
      });
      return preview(result, true);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
