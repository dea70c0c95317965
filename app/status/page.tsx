import type { Metadata } from "next";
import { YearSummaryCards } from "@/components/public/lists/year-summary-cards";
import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "公开情况",
  description: "各年度部门决算的公开情况：多少单位已公开，按时还是逾期，哪些尚未公开。",
};

export default async function StatusIndexPage() {
  const years = await listFiscalYears();
  return (
    <div className="container">
      <h1>公开情况</h1>
      <p>各单位应在公开期限（含当日）前公开上一年度的部门决算。选择年度查看明细。</p>
      <YearSummaryCards years={years} />
    </div>
  );
}
