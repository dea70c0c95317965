import { attachment } from "@/lib/public/attachment";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { renderReportPdf } from "@/lib/server/public/render-pdf";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";
import { env } from "@/lib/server/env";

export const runtime = "nodejs";

/** GET …/report.pdf[?revision=n]: the whole report as an A4 PDF, made once per revision. */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport(unitCode, year, request);
  // The server's own address, never the request's (a forged Host must not choose what is printed).
  const pdf = await renderReportPdf(data, env().INTERNAL_BASE_URL);
  const demo = data.unit.demo ? "-示例数据" : "";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`${data.unit.name}-${data.year}年度部门决算-第${data.revision.number}版${demo}.pdf`),
    },
  });
});

export const OPTIONS = publicApiOptions;
