import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Field } from "@/components/workspace/admin/field";
import styles from "@/components/workspace/admin/admin.module.css";
import { deleteUnitAction, setUnitActiveAction, updateUnitAction } from "@/lib/server/actions/admin-unit-actions";
import { notFoundOnAppError } from "@/lib/server/admin/not-found-on-app-error";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { getAdminUnit } from "@/lib/server/units/get-admin-unit";

export const metadata: Metadata = { title: "编辑单位" };

const UNITS = "/workspace/admin/units";

export default async function AdminUnitPage({ params }: { params: Promise<{ unitCode: string }> }) {
  const { unitCode: raw } = await params;
  const unitCode = decodeURIComponent(raw);
  const actor = await requireAdminPage(`${UNITS}/${raw}`);
  const unit = await getAdminUnit({ actor, unitCode }).catch(notFoundOnAppError);
  return (
    <>
      <h1>{unit.name}</h1>
      <AdminNav current={UNITS} />
      <ol className={styles.crumbs} aria-label="单位层级">
        <li>
          <Link href={UNITS}>顶级单位</Link>
        </li>
        {unit.path.map((p) => (
          <li key={p.code}>
            <Link href={`${UNITS}?parent=${encodeURIComponent(p.code)}`}>{p.name}</Link>
          </li>
        ))}
        <li aria-current="page">{unit.name}</li>
      </ol>
      <p className="muted">
        编码 {unit.code} · {unit.active ? "启用" : "已停用"} · 下级单位 {unit.children} 个 · 报告 {unit.reports} 份 · 授权用户 {unit.scopes} 个
        {unit.children > 0 && (
          <>
            {" "}
            · <Link href={`${UNITS}?parent=${encodeURIComponent(unit.code)}`}>查看下级单位</Link>
          </>
        )}
      </p>
      <h2>编辑</h2>
      <ActionForm action={updateUnitAction} submitLabel="保存">
        <input type="hidden" name="unitCode" value={unit.code} />
        <div className={styles.grid}>
          <Field name="name" label="单位名称" defaultValue={unit.name} />
          <Field name="shortName" label="单位简称" defaultValue={unit.shortName} />
          <Field name="region" label="所属地区" defaultValue={unit.region} />
          <Field name="category" label="单位类别" defaultValue={unit.category} />
          <Field name="parentCode" label="上级单位编码" required={false} defaultValue={unit.parentCode} />
        </div>
      </ActionForm>
      <h2>停用或删除</h2>
      <p className="muted">停用的单位不能再开始新的年度填报，已公开的报告仍然公开。只有没有报告、没有下级单位的单位才能删除。</p>
      <ActionForm action={setUnitActiveAction} submitLabel={unit.active ? "停用单位" : "启用单位"} className={styles.inline} danger={unit.active}>
        <input type="hidden" name="unitCode" value={unit.code} />
        <input type="hidden" name="active" value={unit.active ? "false" : "true"} />
      </ActionForm>
      {unit.reports === 0 && (
        <ActionForm action={deleteUnitAction} submitLabel="删除单位" className={styles.inline} danger confirm={`确定删除 ${unit.name}？此操作不能撤销。`}>
          <input type="hidden" name="unitCode" value={unit.code} />
        </ActionForm>
      )}
    </>
  );
}
