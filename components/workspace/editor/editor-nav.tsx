"use client";
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { PARTS, partForPath } from "@/lib/workspace/parts";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** One link per part, with the number of blocking errors in it. */
export function EditorNav() {
  const { checks, info } = useDraft();
  const active = useSelectedLayoutSegment();
  const errorsByPart = new Map<string, number>();
  for (const c of checks) if (c.severity === "error") errorsByPart.set(partForPath(c.path), (errorsByPart.get(partForPath(c.path)) ?? 0) + 1);
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}/edit`;
  return (
    <nav aria-label="填报内容" className={styles.nav}>
      <ol>
        {PARTS.map((part) => {
          const errors = errorsByPart.get(part.slug) ?? 0;
          return (
            <li key={part.slug}>
              <Link href={`${base}/${part.slug}`} aria-current={active === part.slug ? "page" : undefined}>
                {part.title}
                {errors > 0 && (
                  <span className={styles.navErrors} aria-label={`${errors}个错误`}>
                    {errors}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
