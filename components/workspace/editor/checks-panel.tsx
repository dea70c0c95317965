"use client";
import Link from "next/link";
import type { ReactNode } from "react";
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
            <span className={styles.rule}>
              {check.severity === "error" ? "错误" : "提示"} {check.rule}
            </span>
            {check.path ? (
              <FieldLink path={check.path} base={base} active={active}>
                {check.message}
              </FieldLink>
            ) : (
              <span>{check.message}</span>
            )}
            {check.links && (
              <span className={styles.checkLinks}>
                查看：
                {check.links.map((l, j) => (
                  <span key={l.path}>
                    {j > 0 && " · "}
                    <FieldLink path={l.path} base={base} active={active}>
                      {l.label}
                    </FieldLink>
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** A link to the editor field of a package path; on the same page a plain hash change, so FocusHash focuses it. */
function FieldLink({ path, base, active, children }: { path: string; base: string; active: string | null; children: ReactNode }) {
  return (
    <Link
      href={`${base}/${partForPath(path)}#${fieldAnchorId(path)}`}
      scroll={false}
      onClick={(event) => {
        if (partForPath(path) !== active) return;
        event.preventDefault();
        // Same page: a plain hash change, so that FocusHash hears it and focuses the field.
        window.location.hash = fieldAnchorId(path);
      }}
    >
      {children}
    </Link>
  );
}
