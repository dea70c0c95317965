import { publicApi, publicApiOptions } from "@/lib/server/public/public-api";
import { reportPdfResponse } from "@/lib/server/public/report-pdf-response";
import { requirePublishedReport } from "@/lib/server/public/require-published-report";

export const runtime = "nodejs";

/**
 * GET …/report.pdf[?revision=n]: the whole report as an A4 PDF, made once per revision. Without
 * Chromium, a Chinese 503 page that links to the revision's printable page.
 */
export const GET = publicApi<{ unitCode: string; year: string }>(async (request, { unitCode, year }) =>
  reportPdfResponse(await requirePublishedReport({ unitCode, year, request })),
);

export const OPTIONS = publicApiOptions;
