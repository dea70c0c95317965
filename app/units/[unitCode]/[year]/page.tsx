import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/public/report/report-view";
import { reportMetadata } from "@/lib/public/report-metadata";
import { getPublishedReport } from "@/lib/server/public/get-published-report";

// A published revision never changes: render on first request, keep it (ISR) until a publication
// calls revalidatePublishedReport (lib/server/public/revalidate.ts). The daily bound only keeps
// third-party caches honest; nothing is prerendered at build time (the build has no database).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ unitCode: string; year: string }> };

async function load(params: Props["params"]) {
  const { unitCode, year } = await params;
  if (!/^\d{4}$/.test(year)) return null;
  return getPublishedReport(decodeURIComponent(unitCode), Number(year));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  return data ? reportMetadata(data) : { title: "报告不存在" };
}

export default async function ReportPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  return <ReportView data={data} />;
}
