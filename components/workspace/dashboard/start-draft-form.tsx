"use client";
import { useActionState } from "react";
import { startDraftFormAction } from "@/lib/server/actions/start-draft-action";
import styles from "./dashboard.module.css";

export function StartDraftForm({ unitCode, year, hasPrevious }: { unitCode: string; year: number; hasPrevious: boolean }) {
  const [state, action, pending] = useActionState(startDraftFormAction, null);
  return (
    <form className={styles.start} action={action} aria-label={`开始填报${year}年度`}>
      <input type="hidden" name="unitCode" value={unitCode} />
      <input type="hidden" name="year" value={year} />
      <label className="visually-hidden" htmlFor={`mode-${unitCode}-${year}`}>
        起始内容
      </label>
      <select id={`mode-${unitCode}-${year}`} name="mode" defaultValue={hasPrevious ? "previous" : "empty"}>
        {hasPrevious && <option value="previous">从{year - 1}年度复制概况和说明</option>}
        <option value="empty">从空白开始</option>
      </select>
      <button className="button" type="submit" disabled={pending}>
        开始填报
      </button>
      {state && !state.ok && (
        <p className={styles.error} role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
