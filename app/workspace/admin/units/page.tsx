import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Field } from "@/components/workspace/admin/field";
import { Pager, SearchBox } from "@/components/workspace/admin/pager";
import styles from "@/components/workspace/admin/admin.module.css";
import { createUnitAction } from "@/lib/server/actions/admin-unit-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { getAdminUnit } from "@/lib/server/units/get-admin-unit";
import { listAdminUnits } from "@/lib/server/units/list-admin-units";
import { notFoundOnAppError } from "@/lib/server/admin/not-found-on-app-error";

export const metadata: Metadata = { title: "单位管理" };

const PATH = "/workspace/admin/units";

export default async function AdminUnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdminPage(PATH);
  const params = await searchParams;
  const parentCode = params.parent || null;
  const list = await listAdminUnits({ actor, parentCode, query: params }).catch(notFoundOnAppError);
  const parent = parentCode && !params.q ? await getAdminUnit({ actor, unitCode: parentCode }) : null;
  return (
    <>
      <h1>单位管理</h1>
      <AdminNav current={PATH} />
      <p>
        <Link href={`${PATH}/import`}>从 CSV 或 XLSX 导入单位名录</Link>
      </p>
      <SearchBox path={PATH} q={params.q} label="按编码、名称或简称搜索全部单位" />
      {params.q ? (
        <h2>搜索“{params.q}”的结果</h2>
      ) : (
        <ol className={styles.crumbs} aria-label="单位层级">
          <li>
            <Link href={PATH}>顶级单位</Link>
          </li>
          {parent?.path.map((p) => (
            <li key={p.code}>
              <Link href={`${PATH}?parent=${encodeURIComponent(p.code)}`}>{p.name}</Link>
            </li>
          ))}
          {list.parent && <li aria-current="page">{list.parent.name}的下级单位</li>}
        </ol>
      )}
      <table className={styles.table} aria-label="单位">
        <thead>
          <tr>
            <th scope="col">编码</th>
            <th scope="col">名称</th>
            <th scope="col">地区</th>
            <th scope="col">类别</th>
            <th scope="col">上级</th>
            <th scope="col">下级单位</th>
            <th scope="col">报告</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((u) => (
            <tr key={u.code} className={u.active ? undefined : styles.inactive}>
              <td>
                <Link href={`${PATH}/${encodeURIComponent(u.code)}`}>{u.code}</Link>
              </td>
              <td>{u.name}</td>
              <td>{u.region}</td>
              <td>{u.category}</td>
              <td>{u.parentCode ?? "—"}</td>
              <td>{u.children > 0 ? <Link href={`${PATH}?parent=${encodeURIComponent(u.code)}`}>{u.children} 个</Link> : "—"}</td>
              <td>{u.reports}</td>
              <td>{u.active ? "启用" : "已停用"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.total === 0 && <p className="muted">没有单位。</p>}
      <Pager path={PATH} params={{ q: params.q, parent: parentCode ?? undefined }} page={list.page} pageCount={list.pageCount} total={list.total} />

      <h2>新建单位</h2>
      <ActionForm action={createUnitAction} submitLabel="新建单位" resetOnSuccess>
        <div className={styles.grid}>
          <Field name="code" label="单位编码" placeholder="如 430203-zgh" />
          <Field name="name" label="单位名称" />
          <Field name="shortName" label="单位简称" />
          <Field name="region" label="所属地区" />
          <Field name="category" label="单位类别" placeholder="如 行政单位" />
          <Field name="parentCode" label="上级单位编码" required={false} defaultValue={list.parent?.code} />
        </div>
      </ActionForm>
    </>
  );
}
