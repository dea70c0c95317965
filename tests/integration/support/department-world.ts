/**
 * A published department report (部门汇总) on a seeded database: the three-unit department of
 * lib/disclosure/testing/department-example.ts (本级 a draft, the two subordinates approved),
 * built, given a stamped PDF (盖章版) and published as the system through the DAL. `db()` must already point at `prisma`.
 */
import { SYSTEM_ACTOR } from "../../../lib/rules/actor";
import { departmentExample, DEFAULT_DEPARTMENT_UNITS, type DepartmentExampleCodes } from "../../../lib/disclosure/testing/department-example";
import type { PrismaClient } from "../../../lib/server/prisma-client";
import type { TPackage } from "../../../lib/disclosure/package";
import { buildDepartmentReport } from "../../../lib/server/reports/build-department-report";
import { uploadAttachment } from "../../../lib/server/attachments/upload-attachment";
import { minimalPdf } from "../../support/minimal-pdf";
import { transitionReport } from "../../../lib/server/reports/transition-report";
import type { TTransitionRequest } from "../../../lib/workspace/review-schemas";

export async function publishDepartmentReport(
  prisma: PrismaClient,
  year = 2021,
  units: DepartmentExampleCodes = DEFAULT_DEPARTMENT_UNITS,
): Promise<{ reportId: string }> {
  const ex = departmentExample(year, units);
  const unit = async (spec: { code: string; name: string }, parentId: string | null, pkg: TPackage, status: "DRAFT" | "APPROVED") => {
    const created = await prisma.unit.create({ data: { code: spec.code, name: spec.name, shortName: spec.name, region: "", category: "工会", parentId } });
    const report = await prisma.report.create({ data: { unitId: created.id, year, status } });
    const revision = await prisma.revision.create({ data: { reportId: report.id, number: 1, package: pkg, status } });
    await prisma.report.update({ where: { id: report.id }, data: { currentRevisionId: revision.id } });
    return created;
  };
  const parent = await unit(units.parent, null, ex.parent.package, "DRAFT");
  await unit(units.a, parent.id, ex.subordinates[0].package, "APPROVED");
  await unit(units.b, parent.id, ex.subordinates[1].package, "APPROVED");
  const built = await buildDepartmentReport({ actor: SYSTEM_ACTOR, unitCode: units.parent.code, year });
  if (!built) throw new Error("部门决算未生成");
  await uploadAttachment({ actor: SYSTEM_ACTOR, reportId: built.reportId, kind: "STAMPED", file: { name: "部门决算盖章版.pdf", bytes: minimalPdf() } });
  // In the caller's transaction: no page expiry after the publication (no pages are cached here).
  await prisma.$transaction(async (tx) => {
    let { version } = await tx.revision.findFirstOrThrow({ where: { reportId: built.reportId }, select: { version: true } });
    const step = async (request: TTransitionRequest) =>
      ({ version } = await transitionReport({ ...request, actor: SYSTEM_ACTOR, reportId: built.reportId, version, source: "script", tx }));
    await step({ transition: "submit" });
    await step({ transition: "approve" });
    await step({ transition: "publish", secrecyReviewed: true, headApproved: true });
  });
  return { reportId: built.reportId };
}
