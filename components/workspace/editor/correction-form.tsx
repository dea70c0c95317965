"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import { availableTransitions } from "@/lib/rules/status-machine";
import { CHANGE_NOTE_MAX } from "@/lib/workspace/review-schemas";
import type { TReportStatus } from "@/lib/workspace/report-status";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** 发起更正: opens revision n+1 as a draft; the 更正说明 is published with it. */
export function CorrectionForm() {
  const { info } = useDraft();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!availableTransitions({ role: info.role }, info.status as TReportStatus).includes("correct")) return null;
  if (!open)
    return (
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        发起更正
      </button>
    );

  async function start() {
    setError(null);
    if (!note.trim()) return setError("请填写更正说明");
    setBusy(true);
    const result = await transitionReportAction({ transition: "correct", changeNote: note, reportId: info.reportId, version: info.version }).catch(() => null);
    setBusy(false);
    if (!result) return setError("网络错误，请稍后重试");
    if (!result.ok) return setError(result.fieldErrors?.changeNote ?? result.message);
    router.refresh();
  }

  return (
    <div className={styles.correction}>
      <label htmlFor="change-note">更正说明（公开，说明更正了什么）</label>
      <textarea id="change-note" rows={2} maxLength={CHANGE_NOTE_MAX} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="button" className="button" disabled={busy} onClick={start}>
        开始更正
      </button>
      {error && (
        <p className={styles.saveError} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
