import Link from "next/link";
import { formatChineseDate } from "@/lib/public/format-date";
import { publishedReportPath } from "@/lib/public/report-paths";
import type { PublishedReport } from "@/lib/public/types";
import styles from "./report.module.css";

/** Which revision is shown, when it was published, and every other published revision. */
export function RevisionInfo({ data }: { data: PublishedReport }) {
  const { unit, year, revision, revisions, latest } = data;
  // A department report's revisions are under its own address (…/{year}/department/r/{n}).
  const reportPath = (code: string, y: number, n?: number) => publishedReportPath(data.kind, code, y, n);
  return (
    <div className={styles.revisions}>
      <p className={styles.meta}>
        <span>
          第{revision.number}版，{formatChineseDate(revision.publishedAt)}公开
        </span>
        {revision.changeNote ? <span>更正说明：{revision.changeNote}</span> : null}
      </p>
      {!latest ? (
        <p className="notice" role="note">
          这是较早的版本。<Link prefetch={false} href={reportPath(unit.code, year)}>查看最新版本（第{revisions[0].number}版）</Link>
        </p>
      ) : null}
      {revisions.length > 1 ? (
        <details>
          <summary>全部版本（{revisions.length}）</summary>
          <ul>
            {revisions.map((r) => (
              <li key={r.number}>
                {r.number === revision.number ? <strong>第{r.number}版（当前显示）</strong> : <Link prefetch={false} href={reportPath(unit.code, year, r.number)}>第{r.number}版</Link>}
                ，{formatChineseDate(r.publishedAt)}公开{r.changeNote ? `。更正说明：${r.changeNote}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
