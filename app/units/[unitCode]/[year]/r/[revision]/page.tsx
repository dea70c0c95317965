import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/public/report/report-view";
import { reportMetadata } from "@/lib/public/report-metadata";
import { getPublishedReport } from "@/lib/server/public/get-published-report";

// A given published revision is frozen: cached like the report page (see ../../page.tsx).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ unitCode: string; year: string; revision: string }> };

async function load(params: Props["params"]) {
  const { unitCode, year, revision } = await params;
  if (!/^\d{4}$/.test(year) || !/^\d{1,4}$/.test(revision)) return null;
  return getPublishedReport(decodeURIComponent(unitCode), Number(year), Number(revision));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  return data ? reportMetadata(data) : { title: "报告不存在" };
}

export default async function RevisionPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  return <ReportView data={data} />;
}
