import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DepartmentMembers } from "@/components/workspace/department/department-members";
import { DisclosureTable } from "@/components/workspace/preview/disclosure-table";
import { DepartmentReportPanel } from "@/components/workspace/department/department-report-panel";
import { DepartmentTextsForm } from "@/components/workspace/department/department-texts-form";
import { FocusHash } from "@/components/workspace/editor/focus-hash";
import { AttachmentsPanel } from "@/components/workspace/editor/attachments-panel";
import { ReviewComments } from "@/components/workspace/editor/review-comments";
import { listWorkspaceAttachments } from "@/lib/server/attachments/get-workspace-attachments";
import { departmentSubmitRefusal } from "@/lib/rules/department";
import { can } from "@/lib/rules/permissions";
import { canEdit } from "@/lib/rules/status-machine";
import { buildDepartmentReport } from "@/lib/server/reports/build-department-report";
import { DEPARTMENT_TEXT_FIELDS, departmentFieldAnchor, departmentTextValues } from "@/lib/workspace/department-texts";
import { requireActor } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";
import { getDepartmentRollup } from "@/lib/server/reports/get-department-rollup";

export const metadata: Metadata = { title: "部门汇总" };

/** 部门汇总: the department's figures built from its own and its subordinates' approved reports. */
export default async function DepartmentPage({ params }: { params: Promise<{ unitCode: string; year: string }> }) {
  const { unitCode, year } = await params;
  const actor = await requireActor(`/workspace/reports/${unitCode}/${year}/department`);
  if (!/^\d{4}$/.test(year)) notFound();
  const notFoundOnly = (e: unknown): never => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  };
  // Opening the page rebuilds the department report's figures (a draft's, for its clerk): never typed.
  if (can(actor, "report.edit")) {
    await buildDepartmentReport({ actor, unitCode, year: Number(year), createIfMissing: false }).catch((e) => {
      if (isAppError(e) && (e.code === "INVALID_INPUT" || e.code === "STALE_VERSION")) return null;
      return notFoundOnly(e);
    });
  }
  const rollup = await getDepartmentRollup({ actor, unitCode, year: Number(year) }).catch(notFoundOnly);
  const refusal = departmentSubmitRefusal({
    pending: rollup.pending.map((m) => m.unit.name),
    transferErrors: rollup.consolidation ? rollup.consolidation.errors.map((e) => e.message) : ["本级单位决算不存在"],
  });
  const department = rollup.department;
  // The department report's PDFs (盖章版, 绩效自评表), as the unit report's editor has them.
  const attachments = department
    ? (await listWorkspaceAttachments({ actor, unitCode: rollup.unit.code, year: rollup.year, kind: "DEPARTMENT" })).map((a) => ({
        kind: a.kind,
        fileName: a.fileName,
        byteSize: a.byteSize,
        uploadedAt: a.uploadedAt.toISOString(),
      }))
    : [];
  // A remark on a text or reason the department writes links to its input in the form below.
  const path = `/workspace/reports/${encodeURIComponent(rollup.unit.code)}/${rollup.year}/department`;
  const commentHrefs = Object.fromEntries(
    (department?.comments ?? []).flatMap((c) => {
      const anchor = c.fieldPath ? departmentFieldAnchor(c.fieldPath, rollup.varianceRows) : null;
      return anchor ? [[c.id, `${path}#${anchor}`]] : [];
    }),
  );
  const errors = rollup.checks.filter((c) => c.severity === "error");
  const warnings = rollup.checks.filter((c) => c.severity === "warning");
  return (
    <>
      <h1>
        {rollup.unit.name} {rollup.year}年度部门汇总
      </h1>
      <p className="muted">
        部门决算由本级单位决算和各下属单位审核通过的单位决算自动汇总，内部往来（对附属单位补助支出与上级补助收入、上缴上级支出与附属单位上缴收入）相互抵销，不能手工填写。
      </p>
      <DepartmentMembers members={rollup.members} />
      <DepartmentReportPanel
        unitCode={rollup.unit.code}
        unitName={rollup.unit.name}
        year={rollup.year}
        role={actor.role}
        department={
          department && {
            reportId: department.reportId,
            status: department.status,
            version: department.version,
            revisionNumber: department.revisionNumber,
            changeNote: department.changeNote,
            transitions: department.transitions,
          }
        }
        refusal={refusal}
      />
      {department && (
        <ReviewComments
          comments={department.comments}
          reader={{ role: actor.role, status: department.status }}
          hrefs={commentHrefs}
          testId="department-comments"
        />
      )}
      {rollup.pending.length > 0 && (
        <p className="notice" role="status" data-testid="department-pending">
          还有 {rollup.pending.length} 个下属单位未审核通过（{rollup.pending.map((m) => m.unit.name).join("、")}），全部审核通过前部门决算不能提交。
        </p>
      )}
      {!rollup.consolidation ? (
        <p className="notice">本级单位尚未开始 {rollup.year} 年度的单位决算，无法汇总。</p>
      ) : (
        <>
          <h2>
            汇总检查{" "}
            <small>
              {errors.length} 个错误，{warnings.length} 个提示
            </small>
          </h2>
          {rollup.checks.length > 0 && (
            <ol data-testid="department-checks">
              {[...errors, ...warnings].map((c, i) => {
                // A reason or text the department writes: the message leads to its input in the form below.
                const anchor = department ? departmentFieldAnchor(c.path, rollup.varianceRows) : null;
                return (
                  <li key={i}>
                    {c.severity === "error" ? "错误" : "提示"} {c.rule}：{anchor ? <a href={`#${anchor}`}>{c.message}</a> : c.message}
                  </li>
                );
              })}
            </ol>
          )}
          <h2>汇总后的决算表</h2>
          {rollup.tables.map((t) => (
            <DisclosureTable key={t.key} table={t} />
          ))}
          {department && (
            <>
              <h2>部门决算的文字</h2>
              <p className="muted">决算单位构成：{rollup.consolidation.package.overview.composition}</p>
              <DepartmentTextsForm
                key={`${department.reportId}/${department.version}`}
                reportId={department.reportId}
                version={department.version}
                fields={DEPARTMENT_TEXT_FIELDS}
                values={departmentTextValues(rollup.consolidation.package)}
                varianceRows={rollup.varianceRows}
                editable={canEdit(actor, department.status)}
              />
              <FocusHash />
              <AttachmentsPanel
                attachments={attachments}
                report={{
                  reportId: department.reportId,
                  unitCode: rollup.unit.code,
                  year: rollup.year,
                  kind: "DEPARTMENT",
                  editable: canEdit(actor, department.status),
                }}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
