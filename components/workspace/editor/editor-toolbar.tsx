"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import { availableTransitions } from "@/lib/rules/status-machine";
import { readOnlyNotice } from "@/lib/rules/status-notice";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";
import { CorrectionForm } from "./correction-form";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

const TIME = new Intl.DateTimeFormat("zh-CN", { timeStyle: "medium", timeZone: "Asia/Shanghai" });

/** Save (always allowed), preview, submit (only with zero errors, after a confirmation) and withdraw a submission. */
export function EditorToolbar() {
  const { info, dirty, save, saveState, checks, invalidFields, reset, pkg } = useDraft();
  const router = useRouter();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const errors = checks.filter((c) => c.severity === "error").length;
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}`;

  async function submit() {
    setSubmitError(null);
    if (dirty && !(await save())) return;
    if (!window.confirm(`确定提交${info.unitName}${info.year}年度部门决算吗？提交后不能再修改，除非您在审核人作出决定之前撤回，或审核人退回。`)) return;
    const result = await transitionReportAction({ transition: "submit", reportId: info.reportId, version: info.version });
    if (!result.ok) return setSubmitError(result.message);
    reset(pkg, info.version + 1, result.data.status);
    router.refresh();
  }

  async function withdraw() {
    setSubmitError(null);
    if (!window.confirm(`确定撤回${info.unitName}${info.year}年度部门决算的提交吗？撤回后报告回到草稿，修改后需要重新提交。`)) return;
    const result = await transitionReportAction({ transition: "withdraw", reportId: info.reportId, version: info.version });
    if (!result.ok) return setSubmitError(result.message);
    reset(pkg, info.version + 1, result.data.status);
    router.refresh();
  }
  const canWithdraw = availableTransitions({ role: info.role }, info.status as TReportStatus).includes("withdraw");

  return (
    <div className={styles.toolbar}>
      <div>
        <strong>
          {info.unitName} · {info.year}年度
        </strong>{" "}
        <span className="badge" data-testid="report-status">
          {STATUS_LABELS[info.status as TReportStatus] ?? info.status}
        </span>
      </div>
      <div className={styles.toolbarActions}>
        <span role="status" aria-live="polite" className={styles.saveState}>
          {saveState.kind === "saving" && "正在保存…"}
          {saveState.kind === "saved" && !dirty && `已保存 ${TIME.format(new Date(saveState.at))}`}
          {dirty && saveState.kind !== "saving" && saveState.kind !== "error" && "有未保存的修改"}
        </span>
        {info.editable && (
          <button
            type="button"
            className="button"
            onClick={() => save()}
            disabled={saveState.kind === "saving" || invalidFields > 0}
            title={invalidFields > 0 ? "请先改正标红的字段" : undefined}
          >
            保存草稿
          </button>
        )}
        <Link
          className="button button-secondary"
          href={`${base}/preview`}
          onClick={(e) => {
            if (dirty && !window.confirm("有未保存的修改，预览显示的是最近一次保存的内容。仍要打开预览吗？")) e.preventDefault();
          }}
        >
          预览
        </Link>
        <CorrectionForm reportId={info.reportId} version={info.version} status={info.status as TReportStatus} role={info.role} />
        {info.editable && (
          <button
            type="button"
            className="button"
            onClick={submit}
            disabled={errors > 0 || invalidFields > 0}
            title={errors > 0 ? `还有 ${errors} 个错误，修正后才能提交` : undefined}
          >
            提交审核
          </button>
        )}
        {canWithdraw && (
          <button type="button" className="button button-secondary" onClick={withdraw}>
            撤回
          </button>
        )}
      </div>
      {saveState.kind === "error" && (
        <p className={styles.saveError} role="alert">
          {saveState.message}
        </p>
      )}
      {submitError && (
        <p className={styles.saveError} role="alert">
          {submitError}
        </p>
      )}
      {info.changeNote && (
        <p className="muted" data-testid="change-note">
          第{info.revisionNumber}版（更正）。更正说明：{info.changeNote}
        </p>
      )}
      {!info.editable && (
        <p className="notice" data-testid="read-only-notice">
          {readOnlyNotice(info.status as TReportStatus, { role: info.role })}
        </p>
      )}
    </div>
  );
}
