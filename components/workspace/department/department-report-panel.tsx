"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { buildDepartmentReportAction } from "@/lib/server/actions/department-actions";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import { availableTransitions } from "@/lib/rules/status-machine";
import type { TRole } from "@/lib/rules/actor";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";

export interface DepartmentReportPanelProps {
  unitCode: string;
  unitName: string;
  year: number;
  role: TRole;
  department: { reportId: string; status: TReportStatus; version: number; revisionNumber: number } | null;
  /** The server's refusal of a submission now (pending subordinates, D1/D2), or null. */
  refusal: string | null;
}

/** 生成部门决算, 刷新汇总 and 提交审核 of the department report; the server decides each. */
export function DepartmentReportPanel(props: DepartmentReportPanelProps) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { department } = props;
  const canBuild = props.role !== "REVIEWER";
  const canSubmit = department !== null && availableTransitions({ role: props.role }, department.status).includes("submit");

  async function run(action: () => Promise<{ ok: boolean; message?: string }>) {
    setBusy(true);
    setMessage(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) return setMessage(result.message ?? "操作失败");
    router.refresh();
  }

  const build = () => run(() => buildDepartmentReportAction({ unitCode: props.unitCode, year: props.year }));
  const submit = () => {
    if (!department || !window.confirm(`确定提交${props.unitName}${props.year}年度部门决算吗？提交后由上级单位审核。`)) return;
    return run(() => transitionReportAction({ transition: "submit", reportId: department.reportId, version: department.version }));
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
      <p>
        {canBuild && (
          <button type="button" className="button" onClick={build} disabled={busy}>
            {department ? "刷新汇总" : "生成部门决算"}
          </button>
        )}{" "}
        {canSubmit && (
          <button type="button" className="button" onClick={submit} disabled={busy || props.refusal !== null} title={props.refusal ?? undefined}>
            提交审核
          </button>
        )}
      </p>
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
