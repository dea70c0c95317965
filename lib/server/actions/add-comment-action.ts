"use server";
import { addComment } from "@/lib/server/comments/add-comment";
import { ZAddComment } from "@/lib/workspace/review-schemas";
import { authedAction } from "./action-client";

/** A reviewer's remark on a part or a field (addComment checks role, scope and status). */
export const addCommentAction = authedAction(ZAddComment, async (input, { actor }) => addComment({ ...input, actor }));
