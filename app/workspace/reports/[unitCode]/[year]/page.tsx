import { redirect } from "next/navigation";

export default async function ReportPage({ params }: { params: Promise<{ unitCode: string; year: string }> }) {
  const { unitCode, year } = await params;
  redirect(`/workspace/reports/${unitCode}/${year}/edit/overview`);
}
