import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import styles from "@/components/workspace/admin/admin.module.css";
import { importCodeSetAction } from "@/lib/server/actions/admin-settings-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { listRetiredCodeUsage } from "@/lib/server/codes/list-retired-code-usage";
import { listAdminFiscalYears } from "@/lib/server/years/list-admin-fiscal-years";
import { STATUS_LABELS } from "@/lib/workspace/report-status";

export const metadata: Metadata = { title: "科目编码" };

const PATH = "/workspace/admin/codes";

export default async function AdminCodesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAdminPage(PATH);
  const params = await searchParams;
  const years = await listAdminFiscalYears({ actor });
  const year = Number(params.year) || years[0]?.year;
  const usage = year ? await listRetiredCodeUsage({ actor, year }) : { rows: [], limited: false };
  return (
    <>
      <h1>科目编码</h1>
      <AdminNav current={PATH} />
      <h2>导入年度编码表</h2>
      <p className="muted">
        CSV（UTF-8 或 GBK）或 XLSX，表头 <code>类型,编码,名称</code>，类型为“功能”或“经济”。文件是该年度的完整编码表：
        上一年度有效、本表中没有的编码自该年度起停用；以前年度的编码不变。
      </p>
      <ActionForm action={importCodeSetAction} submitLabel="导入编码表">
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="code-year">年度</label>
            <select id="code-year" name="year" defaultValue={year}>
              {years.map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year}年度
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="code-file">编码表文件</label>
            <input id="code-file" name="file" type="file" accept=".csv,.xlsx,text/csv" />
          </div>
        </div>
      </ActionForm>
      <h2>使用已停用编码的报告</h2>
      <nav className={styles.inline} aria-label="年度">
        {years.map((y) => (
          <Link key={y.year} href={`${PATH}?year=${y.year}`} aria-current={y.year === year ? "page" : undefined}>
            {y.year}
          </Link>
        ))}
      </nav>
      {usage.rows.length === 0 ? (
        <p className="muted">
          {year}年度及以后的报告没有使用{year}年度停用的编码。
        </p>
      ) : (
        <table className={styles.table} aria-label="使用已停用编码的报告">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">年度</th>
              <th scope="col">状态</th>
              <th scope="col">已停用的编码</th>
            </tr>
          </thead>
          <tbody>
            {usage.rows.map((r) => (
              <tr key={`${r.unitCode}/${r.year}`}>
                <td>
                  {r.unitName}（{r.unitCode}）
                </td>
                <td>{r.year}</td>
                <td>{STATUS_LABELS[r.status as keyof typeof STATUS_LABELS] ?? r.status}</td>
                <td>{r.codes.join("、")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {usage.limited && <p className="muted">只显示前 200 份报告。</p>}
    </>
  );
}
