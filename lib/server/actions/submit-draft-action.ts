"use server";
import { submitRevision } from "@/lib/server/reports/submit-revision";
import { ZSubmitDraft } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";

/** 提交审核: only with zero blocking errors. */
export const submitDraftAction = authedAction(ZSubmitDraft, async (input, { actor }) => {
  return submitRevision({ actor, reportId: input.reportId, version: input.version });
});
