import "@/lib/server/server-only";
import { BOM } from "@/lib/public/csv";
import { statusCsvHeader, statusCsvRows } from "@/lib/public/status-csv";
import { getPublicationStatus, listStatusRows } from "./get-publication-status";

const CHUNK = 2500;

/**
 * 公开情况 of a year as CSV, streamed: one batch of rows is read from the database and written out
 * at a time, so a province's 10,000 rows never sit in memory at once. The first batch comes with
 * the counts and the deadline; the next ones read on after the last row sent (keyset, no OFFSET,
 * no counts again). Null for an unknown year.
 */
export async function streamPublicationStatusCsv(year: number, region?: string, options: { batch?: number } = {}): Promise<ReadableStream<Uint8Array> | null> {
  const now = new Date();
  const batch = options.batch ?? CHUNK;
  const first = await getPublicationStatus({ year, region, page: { page: 1, pageSize: batch }, now, maxPageSize: batch });
  if (!first) return null;
  const encoder = new TextEncoder();
  let rows = first.rows;
  let sentHeader = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHeader) {
        sentHeader = true;
        controller.enqueue(encoder.encode(BOM + statusCsvHeader(first)));
      }
      controller.enqueue(encoder.encode(statusCsvRows({ rows })));
      const last = rows.at(-1);
      if (rows.length < batch || !last) return controller.close();
      rows = await listStatusRows({ year, deadline: first.deadline, region, now, limit: batch, after: { timeliness: last.timeliness, code: last.unit.code } });
    },
  });
}
