"use server";
import { saveDraftRevision } from "@/lib/server/reports/save-draft-revision";
import { ZSaveDraft } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";

/** 保存草稿: always possible for a well-formed package; a stale version is refused. */
export const saveDraftAction = authedAction(ZSaveDraft, async (input, { actor }) => {
  const saved = await saveDraftRevision({ actor, reportId: input.reportId, version: input.version, package: input.package });
  return { version: saved.version, savedAt: saved.updatedAt.toISOString() };
});
