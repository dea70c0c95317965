"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { startDraftAction } from "@/lib/server/actions/start-draft-action";
import styles from "./dashboard.module.css";

export function StartDraftForm({ unitCode, year, hasPrevious }: { unitCode: string; year: number; hasPrevious: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const mode = new FormData(event.currentTarget).get("mode");
    const result = await startDraftAction({ unitCode, year, mode });
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      return;
    }
    router.push(`/workspace/reports/${encodeURIComponent(unitCode)}/${year}/edit/overview`);
  }

  return (
    <form className={styles.start} onSubmit={onSubmit} aria-label={`开始填报${year}年度`}>
      <label className="visually-hidden" htmlFor={`mode-${unitCode}-${year}`}>起始内容</label>
      <select id={`mode-${unitCode}-${year}`} name="mode" defaultValue={hasPrevious ? "previous" : "empty"}>
        {hasPrevious && <option value="previous">从{year - 1}年度复制概况和说明</option>}
        <option value="empty">从空白开始</option>
      </select>
      <button className="button" type="submit" disabled={pending}>开始填报</button>
      {error && <p className={styles.error} role="alert">{error}</p>}
    </form>
  );
}
