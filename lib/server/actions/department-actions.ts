"use server";
import { z } from "zod";
import { buildDepartmentReport } from "@/lib/server/reports/build-department-report";
import { saveDepartmentTexts } from "@/lib/server/reports/save-department-texts";
import { ZDepartmentTexts } from "@/lib/workspace/department-texts";
import { ZUnitCode, ZYear } from "@/lib/workspace/schemas";
import { authedAction } from "./action-client";

/** 生成部门决算 / 刷新汇总: the figures come from the consolidation, never from the form. */
export const buildDepartmentReportAction = authedAction(z.object({ unitCode: ZUnitCode, year: ZYear }), async (input, { actor }) => {
  return buildDepartmentReport({ actor, unitCode: input.unitCode, year: input.year });
});

/** 保存文字: the department report's texts and its 公开05 lines' variance reasons; its figures are rebuilt with them. */
export const saveDepartmentTextsAction = authedAction(ZDepartmentTexts, async (input, { actor }) => {
  const { reportId, version, varianceReasons, ...texts } = input;
  const saved = await saveDepartmentTexts({ actor, reportId, version, texts: texts as Record<string, string>, varianceReasons });
  return { version: saved.version };
});
