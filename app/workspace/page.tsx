import type { Metadata } from "next";
import { DashboardTable } from "@/components/workspace/dashboard/dashboard-table";
import { Pager } from "@/components/public/paging/pager";
import pagerStyles from "@/components/public/paging/pager.module.css";
import { parsePage } from "@/lib/public/paging";
import { requireActor } from "@/lib/server/auth/session";
import { listWorkspaceReports, WORKSPACE_PAGE_SIZE } from "@/lib/server/reports/list-workspace-reports";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";

export const metadata: Metadata = { title: "填报工作台" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES: TReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"];

/** `草稿 3，已提交 1，…`: reports of one kind by status (未开始 is not a report, so not counted). */
const statusCounts = (counts: Partial<Record<TReportStatus, number>>) => STATUSES.map((s) => `${STATUS_LABELS[s]} ${counts[s] ?? 0}`).join("，");

export default async function WorkspacePage({ searchParams }: Props) {
  const actor = await requireActor("/workspace");
  const params = await searchParams;
  const yearText = Array.isArray(params.year) ? params.year[0] : params.year;
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const { rows, info, years, counts } = await listWorkspaceReports({ actor, page: parsePage(params, WORKSPACE_PAGE_SIZE), year });
  return (
    <>
      <h1>我的单位与年度</h1>
      <p className="muted">
        每个单位每年一份单位决算：开始填报、继续编辑草稿，或查看已提交的报告。有下属单位的单位另有一份部门决算，由本级和下属单位的单位决算汇总生成，在“部门汇总”中填写文字并提交。
      </p>
      {info.total > 0 ? (
        <p data-testid="workspace-counts">
          共{info.total}个单位。{year ? `${year}年度` : "各年度合计"}，单位决算：{statusCounts(counts.UNIT)}
          {Object.keys(counts.DEPARTMENT).length > 0 ? `；部门决算：${statusCounts(counts.DEPARTMENT)}` : ""}。
        </p>
      ) : null}
      {years.length > 1 && info.total > 0 ? (
        <form method="get" action="/workspace" className={pagerStyles.filters} aria-label="按年度筛选">
          <label>
            年度
            <select name="year" defaultValue={year ?? ""}>
              <option value="">全部年度</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          </label>
          <button className="button button-secondary" type="submit">
            筛选
          </button>
        </form>
      ) : null}
      <DashboardTable rows={rows} role={actor.role} />
      <Pager info={info} path="/workspace" params={{ year }} label="单位分页" />
    </>
  );
}
