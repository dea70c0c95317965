"use server";
import { createReportDraft } from "@/lib/server/reports/create-report-draft";
import { ZStartDraft } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";

/** 开始填报: a unit's year from scratch or from last year's texts. */
export const startDraftAction = authedAction(ZStartDraft, async (input, { actor }) => {
  await createReportDraft({ actor, ...input });
  return { unitCode: input.unitCode, year: input.year };
});
