"use server";
import { resolveComment } from "@/lib/server/comments/resolve-comment";
import { ZResolveComment } from "@/lib/workspace/review-schemas";
import { authedAction } from "./action-client";

/** The clerk marks a remark answered (resolveComment checks role, scope and status). */
export const resolveCommentAction = authedAction(ZResolveComment, async (input, { actor }) => {
  const { resolvedAt } = await resolveComment({ actor, commentId: input.commentId });
  return { resolvedAt: resolvedAt.toISOString() };
});
