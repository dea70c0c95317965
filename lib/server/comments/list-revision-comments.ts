import "@/lib/server/server-only";
import type { DbClient } from "@/lib/server/db";
import type { ReviewComment } from "@/lib/workspace/view-models";

/** At most this many remarks per revision are shown (a review has a handful). */
export const COMMENTS_LIMIT = 200;

/**
 * The remarks on a revision, oldest first. Callers have already found the revision through a
 * scoped query (loadScopedReport), which is why this takes its id.
 */
export async function listRevisionComments(client: DbClient, revisionId: string): Promise<ReviewComment[]> {
  const rows = await client.comment.findMany({
    where: { revisionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: COMMENTS_LIMIT,
    include: { author: { select: { displayName: true } }, resolvedBy: { select: { displayName: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    section: c.section,
    fieldPath: c.fieldPath,
    body: c.body,
    author: c.author.displayName,
    createdAt: c.createdAt,
    resolved: c.resolved,
    resolvedAt: c.resolvedAt,
    resolvedBy: c.resolvedBy?.displayName ?? null,
  }));
}
