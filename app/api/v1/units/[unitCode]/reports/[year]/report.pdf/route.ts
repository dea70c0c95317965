import { attachment } from "@/lib/public/attachment";
import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { reportPath } from "@/lib/public/report-paths";
import { PdfUnavailableError, pdfUnavailableResponse } from "@/lib/server/public/pdf-unavailable";
import { renderReportPdf } from "@/lib/server/public/render-pdf";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";
import { env } from "@/lib/server/env";

export const runtime = "nodejs";

/**
 * GET …/report.pdf[?revision=n]: the whole report as an A4 PDF, made once per revision. Without
 * Chromium, a Chinese 503 page that links to the revision's printable page.
 */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) => {
  const data = await requirePublishedReport({ unitCode, year, request });
  let pdf: Buffer;
  try {
    pdf = await renderReportPdf(data, env().INTERNAL_BASE_URL /* the server's own address, never the request's */);
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    console.error("PDF 无法生成", error.message);
    return pdfUnavailableResponse({ title: `${data.unit.name}${data.year}年度部门决算`, printPath: reportPath(data.unit.code, data.year, data.revision.number) });
  }
  const demo = data.unit.demo ? "-示例数据" : "";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`${data.unit.name}-${data.year}年度部门决算-第${data.revision.number}版${demo}.pdf`),
    },
  });
});

export const OPTIONS = publicApiOptions;
