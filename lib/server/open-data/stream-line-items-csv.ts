import "@/lib/server/server-only";
import { CSV_HEADER, csvLine } from "@/lib/public/open-data/fiscal-data-package";
import { db } from "@/lib/server/db";
import { listOpenDataReports } from "./list-open-data-reports";

const BATCH = 100;

/**
 * Every amount of every published report of the year as CSV rows (lib/public/open-data), read
 * 100 reports at a time as the reader pulls: memory stays bounded whatever the year's size.
 */
export function streamLineItemsCsv(options: { year: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let afterCode = "";
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_HEADER));
      }
      const reports = await listOpenDataReports({ year: options.year, afterCode, limit: BATCH });
      if (reports.length === 0) return controller.close();
      afterCode = reports.at(-1)!.unitCode;
      const byRevision = new Map(reports.map((r) => [r.revisionId, r]));
      const items = await db().$queryRaw<{ revisionId: string; section: string; code: string | null; field: string; amount: string }[]>`
        SELECT revision_id AS "revisionId", section, code, field, amount::text AS amount
        FROM line_items WHERE revision_id = ANY(${reports.map((r) => r.revisionId)}::uuid[])
        ORDER BY revision_id, id`;
      const lines: string[] = [];
      // Keep the report order (unit code) rather than the uuid order of the query.
      const grouped = new Map<string, typeof items>();
      for (const item of items) (grouped.get(item.revisionId) ?? grouped.set(item.revisionId, []).get(item.revisionId)!).push(item);
      for (const report of reports) {
        for (const item of grouped.get(report.revisionId) ?? []) {
          const r = byRevision.get(item.revisionId)!;
          lines.push(
            csvLine({
              unitCode: r.unitCode,
              unitName: r.unitName,
              region: r.region,
              year: options.year,
              revision: r.revision,
              section: item.section,
              field: item.field,
              code: item.code,
              amount: item.amount,
            }),
          );
        }
      }
      controller.enqueue(encoder.encode(lines.join("")));
    },
  });
}
