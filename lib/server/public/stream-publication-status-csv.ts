import "@/lib/server/server-only";
import { BOM } from "@/lib/public/csv";
import { statusCsvHeader, statusCsvRows } from "@/lib/public/status-csv";
import { db } from "@/lib/server/db";
import { listStatusRowsByCode } from "./get-publication-status";

const CHUNK = 2500;

/**
 * 公开情况 of a year as CSV, every active unit (of the region, if given) by unit code, streamed:
 * one batch of rows is read from the database and written out at a time, each read on after the
 * last code sent (keyset over the units' code index), so a province's 10,000 rows never sit in
 * memory at once and no batch costs more than its own rows. Null for an unknown year.
 */
export async function streamPublicationStatusCsv(options: { year: number; region?: string; batch?: number }): Promise<ReadableStream<Uint8Array> | null> {
  const { year, region } = options;
  const now = new Date();
  const limit = options.batch ?? CHUNK;
  const fiscalYear = Number.isInteger(year) ? await db().fiscalYear.findUnique({ where: { year }, select: { publicationDeadline: true } }) : null;
  if (!fiscalYear) return null;
  const deadline = fiscalYear.publicationDeadline;
  const encoder = new TextEncoder();
  let afterCode: string | undefined;
  let sentHeader = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHeader) {
        sentHeader = true;
        controller.enqueue(encoder.encode(BOM + statusCsvHeader({ year, deadline, region: region ?? null })));
      }
      const rows = await listStatusRowsByCode({ year, deadline, region, now, limit, afterCode });
      if (rows.length > 0) controller.enqueue(encoder.encode(statusCsvRows({ rows })));
      afterCode = rows.at(-1)?.unit.code;
      if (rows.length < limit) controller.close();
    },
  });
}
