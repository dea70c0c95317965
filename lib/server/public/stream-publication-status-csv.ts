import "@/lib/server/server-only";
import { BOM } from "@/lib/public/csv";
import { statusCsvHeader, statusCsvRows } from "@/lib/public/status-csv";
import { getPublicationStatus } from "./get-publication-status";

const CHUNK = 2000;

/**
 * 公开情况 of a year as CSV, streamed: one page of rows is read from the database and written out
 * at a time, so a province's 10,000 rows never sit in memory at once. Null for an unknown year.
 */
export async function streamPublicationStatusCsv(options: { year: number; region?: string }): Promise<ReadableStream<Uint8Array> | null> {
  const { year, region } = options;
  const now = new Date();
  const first = await getPublicationStatus({ year, region, page: { page: 1, pageSize: CHUNK }, now, maxPageSize: CHUNK });
  if (!first) return null;
  const encoder = new TextEncoder();
  let page = first;
  let sentHeader = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHeader) {
        sentHeader = true;
        controller.enqueue(encoder.encode(BOM + statusCsvHeader(first)));
      }
      controller.enqueue(encoder.encode(statusCsvRows(page)));
      if (!page.info.next) return controller.close();
      const next = await getPublicationStatus({ year, region, page: { page: page.info.next, pageSize: CHUNK }, now, maxPageSize: CHUNK });
      if (!next) return controller.close();
      page = next;
    },
  });
}
