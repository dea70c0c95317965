import type { Metadata } from "next";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { Checkbox, Field } from "@/components/workspace/admin/field";
import styles from "@/components/workspace/admin/admin.module.css";
import { saveFiscalYearAction } from "@/lib/server/actions/admin-settings-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { listAdminFiscalYears } from "@/lib/server/years/list-admin-fiscal-years";

export const metadata: Metadata = { title: "年度管理" };

const PATH = "/workspace/admin/years";

export default async function AdminYearsPage() {
  const actor = await requireAdminPage(PATH);
  const years = await listAdminFiscalYears({ actor });
  const next = (years[0]?.year ?? new Date().getFullYear() - 1) + 1;
  return (
    <>
      <h1>年度管理</h1>
      <AdminNav current={PATH} />
      <table className={styles.table} aria-label="年度">
        <thead>
          <tr>
            <th scope="col">年度</th>
            <th scope="col">公开截止日期</th>
            <th scope="col">填报</th>
            <th scope="col">报告</th>
            <th scope="col">修改</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <td>{y.year}年度</td>
              <td>{y.publicationDeadline}</td>
              <td>{y.entryOpen ? "开放" : "已关闭"}</td>
              <td>{y.reports}</td>
              <td>
                <ActionForm action={saveFiscalYearAction} submitLabel="保存" className={styles.inline}>
                  <input type="hidden" name="year" value={y.year} />
                  <label className="visually-hidden" htmlFor={`deadline-${y.year}`}>
                    {y.year}年度公开截止日期
                  </label>
                  <input id={`deadline-${y.year}`} name="publicationDeadline" type="date" defaultValue={y.publicationDeadline} />
                  <Checkbox name="entryOpen" label="开放填报" defaultChecked={y.entryOpen} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>开放新的年度</h2>
      <ActionForm action={saveFiscalYearAction} submitLabel="开放年度">
        <div className={styles.grid}>
          <Field name="year" label="年度" defaultValue={String(next)} />
          <Field name="publicationDeadline" label="公开截止日期" type="date" defaultValue={`${next + 1}-09-30`} />
        </div>
        <input type="hidden" name="entryOpen" value="true" />
      </ActionForm>
    </>
  );
}
