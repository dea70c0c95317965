/**
 * Summaries for revisions written before revision_summaries existed (or by hand): the seed calls
 * it, so an existing demo database gets its summaries on the next `npm run db:seed`. Oldest year
 * first, so each revision sees last year's published package. Returns how many were written.
 */
import type { DbTransaction } from "../prisma-client";
import { writeRevisionSummary } from "./write-revision-summary";

export async function writeMissingRevisionSummaries(tx: DbTransaction, batch = 500): Promise<number> {
  let written = 0;
  for (;;) {
    const missing = await tx.revision.findMany({
      where: { summary: null },
      orderBy: [{ report: { year: "asc" } }, { number: "asc" }],
      take: batch,
      select: { id: true },
    });
    for (const { id } of missing) await writeRevisionSummary(tx, id);
    written += missing.length;
    if (missing.length < batch) return written;
  }
}
