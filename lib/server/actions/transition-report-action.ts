"use server";
import { transitionReport } from "@/lib/server/reports/transition-report";
import { ZTransitionInput } from "@/lib/workspace/review-schemas";
import { authedAction } from "./action-client";

/** 提交审核, 退回, 审核通过, 发布 and 发起更正: each checked by transitionReport (role, scope, status, version). */
export const transitionReportAction = authedAction(ZTransitionInput, async (input, { actor }) => {
  const result = await transitionReport({ ...input, actor, source: "workspace" });
  return { status: result.status, version: result.version, revisionNumber: result.revisionNumber };
});
