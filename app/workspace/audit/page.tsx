import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/workspace/review/audit-table";
import { Pager, query } from "@/components/workspace/review/pager";
import { REPORT_KIND_LABELS } from "@/lib/rules/department";
import { can } from "@/lib/rules/permissions";
import { requireActor } from "@/lib/server/auth/session";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { AUDIT_ACTION_LABELS } from "@/lib/workspace/audit-labels";
import { auditEntryHref } from "@/lib/workspace/hrefs";
import { AUDIT_ACTIONS, ZAuditFilter } from "@/lib/workspace/review-schemas";
import styles from "@/components/workspace/review/review.module.css";

export const metadata: Metadata = { title: "审计日志" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("/workspace/audit");
  if (!can(actor, "audit.read")) notFound();
  const filter = ZAuditFilter.parse(await searchParams);
  const log = await listAuditLog({ actor, filter });
  return (
    <>
      <h1>审计日志</h1>
      <p className="muted">{actor.role === "ADMIN" ? "全部记录" : "您负责的单位的记录"}，最新的在前。记录只增不改。</p>
      <form className={styles.filters} method="get">
        <label>
          单位代码
          <input type="text" name="unitCode" defaultValue={filter.unitCode ?? ""} />
        </label>
        <label>
          年度
          <input type="text" name="year" inputMode="numeric" size={6} defaultValue={filter.year ?? ""} />
        </label>
        <label>
          操作人（登录名）
          <input type="text" name="actor" defaultValue={filter.actor ?? ""} />
        </label>
        <label>
          操作
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">全部操作</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          报告
          <select name="kind" defaultValue={filter.kind?.toLowerCase() ?? ""}>
            <option value="">全部报告</option>
            {(["UNIT", "DEPARTMENT"] as const).map((k) => (
              <option key={k} value={k.toLowerCase()}>
                {REPORT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-secondary">
          筛选
        </button>
      </form>
      <AuditTable rows={log.rows} href={(row) => auditEntryHref(actor, row)} />
      <Pager
        data={log}
        href={(page) =>
          `/workspace/audit${query({ unitCode: filter.unitCode, year: filter.year, actor: filter.actor, action: filter.action, kind: filter.kind?.toLowerCase(), page })}`
        }
      />
    </>
  );
}
