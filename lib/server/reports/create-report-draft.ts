import "@/lib/server/server-only";
import type { Actor } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { unitScopeWhere } from "@/lib/server/auth/scope";
import { writeAuditLog } from "@/lib/server/audit/write-audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { saveRevisionRows } from "@/lib/server/reports/save-revision-rows";
import { writeRevisionSummary } from "@/lib/server/reports/write-revision-summary";
import { blankPackage, packageFromPrevious } from "@/lib/workspace/new-package";
import { getDefaultGlossary } from "@/lib/server/texts/get-default-glossary";
import { storedPackage } from "./load-scoped-report";

export interface CreateReportDraftOptions {
  actor: Actor;
  unitCode: string;
  year: number;
  /** empty: a blank package; previous: last year's overview and recurring texts, figures empty. */
  mode: "empty" | "previous";
}

/** Starts a unit's year: report + revision 1 as a draft, in one transaction, audited. */
export async function createReportDraft(options: CreateReportDraftOptions): Promise<{ reportId: string }> {
  const { actor } = options;
  return db().$transaction(async (tx) => {
    const unit = can(actor, "report.create") ? await tx.unit.findFirst({ where: { code: options.unitCode, active: true, ...unitScopeWhere(actor) } }) : null;
    if (!unit) throw new AppError("NOT_FOUND");
    if (!(await tx.fiscalYear.findFirst({ where: { year: options.year, entryOpen: true } }))) {
      throw new AppError("INVALID_INPUT", { message: `${options.year}年度尚未开放填报` });
    }
    if (await tx.report.findUnique({ where: { unitId_year_kind: { unitId: unit.id, year: options.year, kind: "UNIT" } } })) {
      throw new AppError("ALREADY_EXISTS");
    }
    const info = { code: unit.code, name: unit.name, shortName: unit.shortName, region: unit.region, category: unit.category };
    let pkg = blankPackage(info, options.year);
    if (options.mode === "previous") {
      const previous = await tx.report.findUnique({
        where: { unitId_year_kind: { unitId: unit.id, year: options.year - 1, kind: "UNIT" } },
        select: { publishedRevision: { select: { package: true } }, currentRevision: { select: { package: true } } },
      });
      const source = previous?.publishedRevision?.package ?? previous?.currentRevision?.package;
      if (!source) throw new AppError("INVALID_INPUT", { message: `${options.year - 1}年度没有报告可复制，请选择“从空白开始”` });
      pkg = packageFromPrevious(storedPackage(source), info, options.year);
    }
    // The admin's 名词解释 when one is saved (else null: the standard text), kept with the revision.
    const glossary = await getDefaultGlossary(tx);
    const report = await tx.report.create({ data: { unitId: unit.id, year: options.year, status: "DRAFT" } });
    const revision = await tx.revision.create({
      data: {
        reportId: report.id,
        number: 1,
        package: pkg,
        status: "DRAFT",
        createdById: actor.id,
        glossary: glossary.edited ? glossary.entries.map(({ term, definition }) => ({ term, definition })) : undefined,
      },
    });
    await tx.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
    await saveRevisionRows(tx, revision.id, pkg);
    await writeRevisionSummary(tx, revision.id, { package: pkg });
    await writeAuditLog(tx, {
      actorId: actor.id,
      action: "report.create",
      targetType: "Report",
      targetId: report.id,
      unitId: unit.id,
      year: options.year,
      reportKind: "UNIT",
      after: { unitCode: unit.code, year: options.year, mode: options.mode, revisionId: revision.id },
    });
    return { reportId: report.id };
  });
}
