import { ATTACHMENT_LABELS, formatFileSize, publicAttachmentPath, type AttachmentInfo } from "@/lib/public/attachments";
import type { TReportKind } from "@/lib/rules/department";
import styles from "./report.module.css";

/** The revision's PDF attachments (盖章版, 绩效自评表) as the unit uploaded them, pinned to the shown revision. Nothing when there are none. */
export function AttachmentsList({
  unitCode,
  year,
  revision,
  reportKind,
  attachments,
}: {
  unitCode: string;
  year: number;
  revision: number;
  reportKind: TReportKind;
  attachments: AttachmentInfo[];
}) {
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-h" className="no-print" data-testid="public-attachments">
      <h2 id="attachments-h">附件</h2>
      <ul className={styles.downloads}>
        {attachments.map((a) => (
          <li key={a.kind}>
            <a className="button button-secondary" href={publicAttachmentPath(unitCode, year, a.kind, revision, reportKind)} download={a.fileName}>
              {ATTACHMENT_LABELS[a.kind]}：{a.fileName}（{formatFileSize(a.byteSize)}）
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
