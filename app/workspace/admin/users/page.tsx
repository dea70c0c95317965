import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Checkbox, Field } from "@/components/workspace/admin/field";
import { Pager, SearchBox } from "@/components/workspace/admin/pager";
import { RoleSelect } from "@/components/workspace/admin/role-select";
import styles from "@/components/workspace/admin/admin.module.css";
import { ROLE_LABELS } from "@/lib/rules/actor";
import { createUserAction } from "@/lib/server/actions/admin-user-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { listAdminUsers } from "@/lib/server/users/list-admin-users";

export const metadata: Metadata = { title: "用户管理" };

const PATH = "/workspace/admin/users";

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdminPage(PATH);
  const params = await searchParams;
  const list = await listAdminUsers({ actor, query: params });
  return (
    <>
      <h1>用户管理</h1>
      <AdminNav current={PATH} />
      <SearchBox path={PATH} q={params.q} label="按登录名或姓名搜索" />
      <table className={styles.table} aria-label="用户">
        <thead>
          <tr>
            <th scope="col">登录名</th>
            <th scope="col">姓名</th>
            <th scope="col">角色</th>
            <th scope="col">范围</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((u) => (
            <tr key={u.loginName} className={u.active ? undefined : styles.inactive}>
              <td>
                <Link href={`${PATH}/${encodeURIComponent(u.loginName)}`}>{u.loginName}</Link>
              </td>
              <td>{u.displayName}</td>
              <td>{ROLE_LABELS[u.role]}</td>
              <td>
                {u.role === "ADMIN" ? "全部" : u.scopes.map((s) => `${s.unit.name}${s.includeSubtree ? "（含下级）" : ""}`).join("；") || "未分配"}
                {u._count.scopes > u.scopes.length && ` 等 ${u._count.scopes} 个`}
              </td>
              <td>{u.active ? (u.mustChangePassword ? "待修改初始密码" : "启用") : "已停用"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.total === 0 && <p className="muted">没有用户。</p>}
      <Pager path={PATH} params={{ q: params.q }} page={list.page} pageCount={list.pageCount} total={list.total} />

      <h2>新建用户</h2>
      <ActionForm action={createUserAction} submitLabel="新建用户" resetOnSuccess>
        <div className={styles.grid}>
          <Field name="loginName" label="登录名" />
          <Field name="displayName" label="姓名" />
          <RoleSelect />
          <Field name="unitCode" label="范围：单位编码" required={false} />
        </div>
        <Checkbox name="includeSubtree" label="范围包含该单位的全部下级单位" />
        <p className="muted">系统生成一次性密码，只显示一次；用户首次登录后必须修改。</p>
      </ActionForm>
    </>
  );
}
