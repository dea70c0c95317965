"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { CorrectionForm } from "@/components/workspace/editor/correction-form";
import { buildDepartmentReportAction } from "@/lib/server/actions/department-actions";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import type { TRole } from "@/lib/rules/actor";
import { can } from "@/lib/rules/permissions";
import { canEdit, type TTransition } from "@/lib/rules/status-machine";
import { readOnlyNotice } from "@/lib/rules/status-notice";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";
import styles from "@/components/workspace/editor/editor.module.css";

export interface DepartmentReportPanelProps {
  unitCode: string;
  unitName: string;
  year: number;
  role: TRole;
  department: {
    reportId: string;
    status: TReportStatus;
    version: number;
    revisionNumber: number;
    changeNote: string | null;
    /** The reader's transitions now (the status machine's, decisions only from above the department: lib/rules/department.ts). */
    transitions: TTransition[];
  } | null;
  /** The server's refusal of a submission now (pending subordinates, D1/D2), or null. */
  refusal: string | null;
}

/**
 * 生成部门决算, 刷新汇总, 提交审核, 撤回 and 发起更正 of the department report, each offered as the
 * status machine allows it (the unit editor's toolbar asks the same), with the read-only notice;
 * the server decides each.
 */
export function DepartmentReportPanel(props: DepartmentReportPanelProps) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { department } = props;
  const actor = { role: props.role };
  // The figures are rebuilt only while the clerk may change the report (a submitted one is left as it is).
  const canBuild = department ? canEdit(actor, department.status) : can(actor, "report.create");
  const transitions = department?.transitions ?? [];
  const canSubmit = transitions.includes("submit");
  const canWithdraw = transitions.includes("withdraw");

  async function run(action: () => Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setMessage(null);
    const result = await action().catch(() => null);
    setBusy(false);
    if (!result) return setMessage("网络错误，请稍后重试");
    if (!result.ok) return setMessage(result.message ?? "操作失败");
    router.refresh();
  }

  const build = () => run(() => buildDepartmentReportAction({ unitCode: props.unitCode, year: props.year }));
  const submit = () => {
    if (!department || !window.confirm(`确定提交${props.unitName}${props.year}年度部门决算吗？提交后由上级单位审核。`)) return;
    return run(() => transitionReportAction({ transition: "submit", reportId: department.reportId, version: department.version }));
  };
  const withdraw = () => {
    if (!department || !window.confirm(`确定撤回${props.unitName}${props.year}年度部门决算的提交吗？撤回后报告回到草稿，修改后需要重新提交。`)) return;
    return run(() => transitionReportAction({ transition: "withdraw", reportId: department.reportId, version: department.version }));
  };

  return (
    <section aria-labelledby="department-report" data-testid="department-report">
      <h2 id="department-report">部门决算</h2>
      {department ? (
        <p>
          状态：
          <span className="badge" data-testid="department-report-status">
            {STATUS_LABELS[department.status]}
          </span>{" "}
          第{department.revisionNumber}版
        </p>
      ) : (
        <p className="muted">尚未生成部门决算。生成后，数字由汇总自动得出，您只需填写文字部分。</p>
      )}
      {department?.changeNote && (
        <p className="muted" data-testid="change-note">
          第{department.revisionNumber}版（更正）。更正说明：{department.changeNote}
        </p>
      )}
      {department && !canEdit(actor, department.status) && (
        <p className="notice" data-testid="read-only-notice">
          {readOnlyNotice(department.status, actor, transitions)}
        </p>
      )}
      <div className={styles.toolbarActions}>
        {canBuild && (
          <button type="button" className="button" onClick={build} disabled={busy}>
            {department ? "刷新汇总" : "生成部门决算"}
          </button>
        )}
        {canSubmit && (
          <button type="button" className="button" onClick={submit} disabled={busy || props.refusal !== null} title={props.refusal ?? undefined}>
            提交审核
          </button>
        )}
        {canWithdraw && (
          <button type="button" className="button button-secondary" onClick={withdraw} disabled={busy}>
            撤回
          </button>
        )}
        {department && <CorrectionForm reportId={department.reportId} version={department.version} status={department.status} role={props.role} />}
      </div>
      {canSubmit && props.refusal && (
        <p className="notice" data-testid="department-submit-refusal">
          {props.refusal}
        </p>
      )}
      {message && (
        <p role="alert" className="notice">
          {message}
        </p>
      )}
    </section>
  );
}
