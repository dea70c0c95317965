import "@/lib/server/server-only";
import { attachment } from "@/lib/public/attachment";
import { reportTitle } from "@/lib/public/report-metadata";
import { publishedReportPath } from "@/lib/public/report-paths";
import type { PublishedReport } from "@/lib/public/types";
import { env } from "@/lib/server/env";
import { PdfUnavailableError, pdfUnavailableResponse } from "./pdf-unavailable";
import { renderReportPdf } from "./render-pdf";

/**
 * The answer of …/report.pdf and …/department/report.pdf: the revision printed once (render-pdf.ts),
 * named after the report's title and revision. Without Chromium, a Chinese 503 page that links to
 * the revision's printable page.
 */
export async function reportPdfResponse(data: PublishedReport): Promise<Response> {
  let pdf: Buffer;
  try {
    pdf = await renderReportPdf(data, env().INTERNAL_BASE_URL /* the server's own address, never the request's */);
  } catch (error) {
    if (!(error instanceof PdfUnavailableError)) throw error;
    console.error("PDF 无法生成", error.message);
    return pdfUnavailableResponse({ title: reportTitle(data), printPath: publishedReportPath(data.kind, data.unit.code, data.year, data.revision.number) });
  }
  const demo = data.unit.demo ? "-示例数据" : "";
  const title = `${data.year}年度部门决算${data.kind === "DEPARTMENT" ? "（部门汇总）" : ""}`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": attachment(`${data.unit.name}-${title}-第${data.revision.number}版${demo}.pdf`),
    },
  });
}
