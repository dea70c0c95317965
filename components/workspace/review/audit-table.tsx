import Link from "next/link";
import { REPORT_KIND_SUFFIX } from "@/lib/rules/department";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";
import { auditActionLabel } from "@/lib/workspace/audit-labels";
import type { AuditEntryView } from "@/lib/workspace/view-models";
import styles from "./review.module.css";

const DATE = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });

interface Attestation {
  by: string;
  at: string;
}

/** The recorded details of an entry, in words: comment, change note, attestations, source. */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const parts: string[] = [];
  if (typeof details.revision === "number") parts.push(`第${details.revision}版`);
  if (typeof details.status === "string" && details.status in STATUS_LABELS) parts.push(`→ ${STATUS_LABELS[details.status as TReportStatus]}`);
  if (typeof details.comment === "string") parts.push(`退回意见：${details.comment}`);
  if (typeof details.body === "string") parts.push(`批注：${details.body}`);
  if (typeof details.changeNote === "string") parts.push(`更正说明：${details.changeNote}`);
  const att = details.attestations as { secrecyReviewed?: Attestation; headApproved?: Attestation } | undefined;
  if (att?.secrecyReviewed) parts.push(`保密审查已完成（${att.secrecyReviewed.by} 确认于 ${DATE.format(new Date(att.secrecyReviewed.at))}）`);
  if (att?.headApproved) parts.push(`单位负责人已审签（${att.headApproved.by} 确认于 ${DATE.format(new Date(att.headApproved.at))}）`);
  if (details.source && details.source !== "workspace")
    parts.push(`来源：${details.source === "import" ? "批量导入" : details.source === "seed" ? "演示数据" : "脚本"}`);
  return <span className={styles.details}>{parts.join("；")}</span>;
}

interface AuditTableProps {
  rows: (AuditEntryView & { unread?: boolean })[];
  unreadColumn?: boolean;
  /** Where the entry's report opens for this reader (auditEntryHref: the clerk's page of it, the review page); null: no link. */
  href?: (row: AuditEntryView) => string | null;
}

/** The unit's name, with 「（部门决算）」 when the entry is about its department report, linked to that report. */
function UnitCell({ row, href }: { row: AuditEntryView; href: string | null }) {
  if (!row.unitName) return <>—</>;
  const name = `${row.unitName}${REPORT_KIND_SUFFIX[row.kind ?? "UNIT"]}`;
  return href ? <Link href={href}>{name}</Link> : <>{name}</>;
}

export function AuditTable({ rows, unreadColumn, href }: AuditTableProps) {
  if (rows.length === 0) return <p className="notice">没有记录。</p>;
  return (
    <table className={styles.table} data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">时间</th>
          <th scope="col" className={styles.short}>
            操作
          </th>
          <th scope="col" className={styles.short}>
            操作人
          </th>
          <th scope="col">单位</th>
          <th scope="col">年度</th>
          <th scope="col">详情</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={unreadColumn && r.unread ? styles.unread : undefined}>
            <td>
              {DATE.format(r.createdAt)}
              {unreadColumn && r.unread ? <span className="badge"> 新</span> : null}
            </td>
            <td className={styles.short}>{auditActionLabel(r.action)}</td>
            <td className={styles.short}>{r.actor}</td>
            <td>
              <UnitCell row={r} href={href ? href(r) : null} />
            </td>
            <td>{r.year ?? "—"}</td>
            <td>
              <AuditDetails details={r.details} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
