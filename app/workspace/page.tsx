import type { Metadata } from "next";
import { DashboardTable } from "@/components/workspace/dashboard/dashboard-table";
import { requireActor } from "@/lib/server/auth/session";
import { listWorkspaceReports } from "@/lib/server/reports/list-workspace-reports";

export const metadata: Metadata = { title: "填报工作台" };

export default async function WorkspacePage() {
  const actor = await requireActor("/workspace");
  const rows = await listWorkspaceReports({ actor });
  return (
    <>
      <h1>我的单位与年度</h1>
      <p className="muted">每个单位每年一份部门决算：开始填报、继续编辑草稿，或查看已提交的报告。</p>
      <DashboardTable rows={rows} role={actor.role} />
    </>
  );
}
