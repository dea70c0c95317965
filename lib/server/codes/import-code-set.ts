import "@/lib/server/server-only";
import { parseCodeList } from "@/lib/admin/code-list";
import { readTableFile } from "@/lib/admin/table-file";
import type { Actor } from "@/lib/rules/actor";
import { requireAdmin } from "@/lib/server/admin/require-admin";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { IMPORT_MAX_BYTES } from "@/lib/workspace/schemas";

export interface ImportCodeSetOptions {
  actor: Actor;
  year: number;
  file: { name: string; size: number; bytes: Uint8Array };
}

export interface CodeSetImportSummary {
  added: number;
  renamed: number;
  retired: number;
  unchanged: number;
}

/**
 * 导入年度科目编码: the file is the year's whole list. A code valid the year before and missing
 * from the list is retired from this year on (valid_to = year − 1); a new or renamed code is valid
 * from this year. Earlier years keep their codes, so published reports render as before. One
 * transaction, one audit entry with what changed.
 */
export async function importCodeSet(options: ImportCodeSetOptions): Promise<CodeSetImportSummary> {
  requireAdmin(options.actor);
  if (options.file.size > IMPORT_MAX_BYTES) throw new AppError("FILE_TOO_LARGE");
  const table = await readTableFile(options.file.bytes);
  if (!table.ok) throw new AppError("UNSUPPORTED_FILE", { message: table.message });
  const list = parseCodeList(table.rows);
  if (!list.ok) throw new AppError("IMPORT_INVALID", { message: list.message });
  const { year } = options;
  return db().$transaction(
    async (tx) => {
      if (!(await tx.fiscalYear.findUnique({ where: { year } })))
        throw new AppError("INVALID_INPUT", { message: `${year}年度尚未开放，请先在“年度”中开放该年度` });
      const valid = await tx.classificationCode.findMany({ where: { validFrom: { lte: year }, OR: [{ validTo: null }, { validTo: { gte: year } }] } });
      const wanted = new Map(list.entries.map((e) => [`${e.kind}:${e.code}`, e]));
      const kept = new Set<string>();
      const retiredCodes: string[] = [];
      let renamed = 0;
      for (const row of valid) {
        const key = `${row.kind}:${row.code}`;
        const entry = wanted.get(key);
        if (entry && entry.name === row.name) {
          kept.add(key);
          continue;
        }
        if (entry) renamed++;
        else retiredCodes.push(row.code);
        // A row that starts this very year is replaced; an older one ends the year before.
        if (row.validFrom === year) await tx.classificationCode.delete({ where: { id: row.id } });
        else await tx.classificationCode.update({ where: { id: row.id }, data: { validTo: year - 1 } });
      }
      const fresh = list.entries.filter((e) => !kept.has(`${e.kind}:${e.code}`));
      await tx.classificationCode.createMany({ data: fresh.map((e) => ({ kind: e.kind, code: e.code, name: e.name, validFrom: year })) });
      const summary = { added: fresh.length - renamed, renamed, retired: retiredCodes.length, unchanged: kept.size };
      await writeAuditLog(tx, {
        actorId: options.actor.id,
        action: "codeSet.import",
        targetType: "ClassificationCode",
        targetId: String(year),
        year,
        after: { year, file: options.file.name, ...summary, retiredCodes: retiredCodes.slice(0, 200) },
      });
      return summary;
    },
    { timeout: 60_000 },
  );
}
