import type { Metadata } from "next";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Pager } from "@/components/workspace/admin/pager";
import styles from "@/components/workspace/admin/admin.module.css";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { listAdminAudit } from "@/lib/server/audit/list-admin-audit";
import { auditActionLabel } from "@/lib/workspace/audit-labels";

export const metadata: Metadata = { title: "系统管理" };

const PATH = "/workspace/admin";
const TIME = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });

const json = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value, null, 1));

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdminPage(PATH);
  const params = await searchParams;
  const audit = await listAdminAudit({ actor, query: { page: params.page, pageSize: 20 } });
  return (
    <>
      <h1>系统管理</h1>
      <AdminNav current={PATH} />
      <p className="muted">管理单位（含上下级关系）、用户与范围、年度、科目编码和默认文本。每次修改都记入操作记录（谁、何时、修改前后）。</p>
      <h2>管理操作记录</h2>
      <table className={styles.table} aria-label="管理操作记录">
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">修改前</th>
            <th scope="col">修改后</th>
          </tr>
        </thead>
        <tbody>
          {audit.rows.map((row) => (
            <tr key={row.id}>
              <td>{TIME.format(row.createdAt)}</td>
              <td>{row.actor ? `${row.actor.displayName}（${row.actor.loginName}）` : "系统"}</td>
              <td>{auditActionLabel(row.action)}</td>
              <td>
                <pre className={styles.pre}>{json(row.before)}</pre>
              </td>
              <td>
                <pre className={styles.pre}>{json(row.after)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {audit.total === 0 && <p className="muted">暂无管理操作。</p>}
      <Pager path={PATH} params={{}} page={audit.page} pageCount={audit.pageCount} total={audit.total} />
    </>
  );
}
