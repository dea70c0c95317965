"use server";
import { redirect } from "next/navigation";
import { createReportDraft } from "@/lib/server/reports/create-report-draft";
import { ZStartDraft } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";
import type { ActionResult } from "./action-result";

/** 开始填报: a unit's year from scratch or from last year's texts. */
export const startDraftAction = authedAction(ZStartDraft, async (input, { actor }) => {
  await createReportDraft({ actor, ...input });
  return { unitCode: input.unitCode, year: input.year };
});

/** The dashboard form's action (works before hydration too): on success, open the editor. */
export async function startDraftFormAction(
  _previous: ActionResult<{ unitCode: string; year: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ unitCode: string; year: number }>> {
  const result = await startDraftAction(formData);
  if (result.ok) redirect(`/workspace/reports/${encodeURIComponent(result.data.unitCode)}/${result.data.year}/edit/overview`);
  return result;
}
