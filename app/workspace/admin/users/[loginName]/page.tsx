import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Checkbox, Field } from "@/components/workspace/admin/field";
import { RoleSelect } from "@/components/workspace/admin/role-select";
import styles from "@/components/workspace/admin/admin.module.css";
import { ROLE_LABELS } from "@/lib/rules/actor";
import {
  removeUserScopeAction,
  resetUserPasswordAction,
  setUserActiveAction,
  setUserScopeAction,
  updateUserAction,
} from "@/lib/server/actions/admin-user-actions";
import { notFoundOnAppError } from "@/lib/server/admin/not-found-on-app-error";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { getAdminUser } from "@/lib/server/users/get-admin-user";

export const metadata: Metadata = { title: "编辑用户" };

const USERS = "/workspace/admin/users";

export default async function AdminUserPage({ params }: { params: Promise<{ loginName: string }> }) {
  const { loginName: raw } = await params;
  const actor = await requireAdminPage(`${USERS}/${raw}`);
  const user = await getAdminUser({ actor, loginName: decodeURIComponent(raw) }).catch(notFoundOnAppError);
  return (
    <>
      <h1>
        {user.displayName}（{user.loginName}）
      </h1>
      <AdminNav current={USERS} />
      <p className="muted">
        {ROLE_LABELS[user.role]} · {user.active ? "启用" : "已停用"}
        {user.mustChangePassword ? " · 待修改初始密码" : ""} · <Link href={USERS}>返回用户列表</Link>
      </p>
      <h2>姓名和角色</h2>
      <ActionForm action={updateUserAction} submitLabel="保存">
        <input type="hidden" name="loginName" value={user.loginName} />
        <div className={styles.grid}>
          <Field name="displayName" label="姓名" defaultValue={user.displayName} />
          <RoleSelect defaultValue={user.role} />
        </div>
      </ActionForm>

      <h2>范围</h2>
      {user.role === "ADMIN" ? <p className="muted">管理员可以看到全部单位。</p> : null}
      <table className={styles.table} aria-label="范围">
        <thead>
          <tr>
            <th scope="col">单位</th>
            <th scope="col">范围</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {user.scopes.map((s) => (
            <tr key={s.unit.code}>
              <td>
                {s.unit.name}（{s.unit.code}）
              </td>
              <td>{s.includeSubtree ? "本单位及全部下级单位" : "仅本单位"}</td>
              <td>
                <ActionForm action={removeUserScopeAction} submitLabel="移除" className={styles.inline} danger>
                  <input type="hidden" name="loginName" value={user.loginName} />
                  <input type="hidden" name="unitCode" value={s.unit.code} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {user.scopes.length === 0 && <p className="muted">尚未分配单位。</p>}
      <ActionForm action={setUserScopeAction} submitLabel="添加或修改范围" resetOnSuccess>
        <input type="hidden" name="loginName" value={user.loginName} />
        <Field name="unitCode" label="单位编码" />
        <Checkbox name="includeSubtree" label="包含该单位的全部下级单位" />
      </ActionForm>

      <h2>密码与账号</h2>
      <ActionForm
        action={resetUserPasswordAction}
        submitLabel="重置密码"
        className={styles.form}
        confirm={`为 ${user.loginName} 生成新的一次性密码？原密码将失效。`}
      >
        <input type="hidden" name="loginName" value={user.loginName} />
      </ActionForm>
      <ActionForm action={setUserActiveAction} submitLabel={user.active ? "停用账号" : "启用账号"} className={styles.inline} danger={user.active}>
        <input type="hidden" name="loginName" value={user.loginName} />
        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      </ActionForm>
    </>
  );
}
