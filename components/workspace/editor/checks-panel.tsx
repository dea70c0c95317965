"use client";
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { fieldAnchorId } from "@/lib/disclosure/fields/paths";
import { partForPath } from "@/lib/workspace/parts";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** Every check result of the draft as it is on screen, each linking to the field it concerns. */
export function ChecksPanel() {
  const { checks, info } = useDraft();
  const active = useSelectedLayoutSegment();
  const errors = checks.filter((c) => c.severity === "error");
  const warnings = checks.filter((c) => c.severity === "warning");
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}/edit`;
  return (
    <aside className={styles.checks} aria-labelledby="checks-title" data-testid="checks-panel">
      <h2 id="checks-title">
        审核检查 <span className={errors.length ? styles.bad : styles.good}>{errors.length} 个错误</span>
        <span className={styles.warnCount}>{warnings.length} 个提示</span>
      </h2>
      {checks.length === 0 && <p className={styles.good}>全部检查通过，可以提交审核。</p>}
      {errors.length > 0 && <p className="muted">错误不影响保存，但须全部修正后才能提交。</p>}
      <ol className={styles.checkList}>
        {[...errors, ...warnings].map((check, i) => (
          <li key={`${check.rule}-${check.path}-${i}`} className={check.severity === "error" ? styles.checkError : styles.checkWarning}>
            <span className={styles.rule}>{check.severity === "error" ? "错误" : "提示"} {check.rule}</span>
            {check.path ? (
              <Link href={`${base}/${partForPath(check.path)}#${fieldAnchorId(check.path)}`} scroll={false}
                onClick={(event) => {
                  // Same page: a plain hash change, so that FocusHash hears it and focuses the field.
                  if (partForPath(check.path) !== active) return;
                  event.preventDefault();
                  window.location.hash = fieldAnchorId(check.path!);
                }}>{check.message}</Link>
            ) : (
              <span>{check.message}</span>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
