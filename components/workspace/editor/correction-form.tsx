"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { transitionReportAction } from "@/lib/server/actions/transition-report-action";
import { availableTransitions } from "@/lib/rules/status-machine";
import { CHANGE_NOTE_MAX } from "@/lib/workspace/review-schemas";
import type { TRole } from "@/lib/rules/actor";
import type { TReportStatus } from "@/lib/workspace/report-status";
import styles from "./editor.module.css";

export interface CorrectionFormProps {
  /** The report (unit or department) and the version of its current revision the page read. */
  reportId: string;
  version: number;
  status: TReportStatus;
  role: TRole;
}

/** 发起更正: opens revision n+1 as a draft; the 更正说明 is published with it. Offered when the status machine allows it. */
export function CorrectionForm({ reportId, version, status, role }: CorrectionFormProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!availableTransitions({ role }, status).includes("correct")) return null;
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
    const result = await transitionReportAction({ transition: "correct", changeNote: note, reportId, version }).catch(() => null);
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
