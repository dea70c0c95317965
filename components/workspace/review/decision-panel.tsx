"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import type { TTransition } from "@/lib/rules/status-machine";
import type { TTransitionRequest } from "@/lib/workspace/review-schemas";
import styles from "./review.module.css";

interface Props {
  reportId: string;
  version: number;
  transitions: TTransition[];
}

/** 退回 (with a required comment), 审核通过, and 发布 (only with both attestations ticked). */
export function DecisionPanel({ reportId, version, transitions }: Props) {
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [secrecy, setSecrecy] = useState(false);
  const [head, setHead] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decisions = transitions.filter((t) => t === "return" || t === "approve" || t === "publish");
  if (decisions.length === 0) return <p className="muted">当前状态下没有需要您做的决定。</p>;

  async function decide(request: TTransitionRequest) {
    setBusy(true);
    setError(null);
    const result = await transitionReportAction({ ...request, reportId, version }).catch(() => null);
    setBusy(false);
    if (!result) return setError("网络错误，请稍后重试");
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <div className={styles.panel} data-testid="decision-panel">
      <h2>审核决定</h2>
      {decisions.includes("return") && (
        <>
          <label htmlFor="return-comment">退回意见（退回时必填）</label>
          <textarea id="return-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => (comment.trim() ? decide({ transition: "return", comment }) : setError("退回时必须填写退回意见"))}
            >
              退回
            </button>{" "}
            {decisions.includes("approve") && (
              <button type="button" className="button" disabled={busy} onClick={() => decide({ transition: "approve" })}>
                审核通过
              </button>
            )}
          </p>
        </>
      )}
      {decisions.includes("publish") && (
        <>
          <label className={styles.check}>
            <input type="checkbox" checked={secrecy} onChange={(e) => setSecrecy(e.target.checked)} />
            保密审查已完成
          </label>
          <label className={styles.check}>
            <input type="checkbox" checked={head} onChange={(e) => setHead(e.target.checked)} />
            单位负责人已审签
          </label>
          <p>
            <button
              type="button"
              className="button"
              disabled={busy || !secrecy || !head}
              title={!secrecy || !head ? "请先勾选两项确认" : undefined}
              onClick={() => decide({ transition: "publish", secrecyReviewed: true, headApproved: true })}
            >
              发布
            </button>
          </p>
          <p className="muted">发布后公众立即可以看到该报告；已公开的版本不能再修改，只能发起更正。</p>
        </>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
