"use server";
import { revalidatePath } from "next/cache";
import { ZCodeSetUpload, ZGlossaryText, ZSaveFiscalYear } from "@/lib/admin/schemas";
import { importCodeSet } from "@/lib/server/codes/import-code-set";
import { saveDefaultGlossary } from "@/lib/server/texts/save-default-glossary";
import { saveFiscalYear } from "@/lib/server/years/save-fiscal-year";
import { authedAction } from "./action-client";

/** 保存年度 (open a year, its deadline, entry open or closed). */
export const saveFiscalYearAction = authedAction(ZSaveFiscalYear, async (input, { actor }) => {
  const { outcome } = await saveFiscalYear({ actor, input });
  revalidatePath("/workspace", "layout");
  return { message: outcome === "created" ? `已开放 ${input.year} 年度` : outcome === "updated" ? `已保存 ${input.year} 年度` : "没有修改" };
});

/** 导入年度科目编码. */
export const importCodeSetAction = authedAction(ZCodeSetUpload, async (input, { actor }) => {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const s = await importCodeSet({ actor, year: input.year, file: { name: input.file.name, size: input.file.size, bytes } });
  revalidatePath("/workspace/admin/codes");
  return { message: `${input.year} 年度编码已导入：新增 ${s.added}，改名 ${s.renamed}，停用 ${s.retired}，不变 ${s.unchanged}` };
});

/** 保存默认名词解释. */
export const saveGlossaryAction = authedAction(ZGlossaryText, async (input, { actor }) => {
  await saveDefaultGlossary({ actor, entries: input.glossary });
  revalidatePath("/workspace/admin/texts");
  return { message: "已保存默认名词解释" };
});
