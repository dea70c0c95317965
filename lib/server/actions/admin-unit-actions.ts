"use server";
import { revalidatePath } from "next/cache";
import { ZSetUnitActive, ZUnitFields, ZUnitKey, ZUnitListUpload, ZUpdateUnit } from "@/lib/admin/schemas";
import { createUnit } from "@/lib/server/units/create-unit";
import { deleteUnit } from "@/lib/server/units/delete-unit";
import { importUnitList } from "@/lib/server/units/import-unit-list";
import { setUnitActive } from "@/lib/server/units/set-unit-active";
import { updateUnit } from "@/lib/server/units/update-unit";
import { authedAction } from "./action-client";

const UNITS = "/workspace/admin/units";

/** 新建单位. */
export const createUnitAction = authedAction(ZUnitFields, async (fields, { actor }) => {
  await createUnit({ actor, fields });
  revalidatePath(UNITS, "layout");
  return { message: `已新建单位 ${fields.name}（${fields.code}）`, unitCode: fields.code };
});

/** 保存单位. */
export const updateUnitAction = authedAction(ZUpdateUnit, async (input, { actor }) => {
  const { outcome } = await updateUnit({ actor, input });
  revalidatePath(UNITS, "layout");
  return { message: outcome === "unchanged" ? "没有修改" : "已保存" };
});

/** 停用 / 启用. */
export const setUnitActiveAction = authedAction(ZSetUnitActive, async (input, { actor }) => {
  await setUnitActive({ actor, unitCode: input.unitCode, active: input.active });
  revalidatePath(UNITS, "layout");
  return { message: input.active ? "已启用" : "已停用" };
});

/** 删除 (only a unit without reports and children). */
export const deleteUnitAction = authedAction(ZUnitKey, async (input, { actor }) => {
  await deleteUnit({ actor, unitCode: input.unitCode });
  revalidatePath(UNITS, "layout");
  return { message: `已删除单位 ${input.unitCode}` };
});

/** 导入单位名录: preview, or (commit) apply all or nothing. */
export const importUnitListAction = authedAction(ZUnitListUpload, async (input, { actor }) => {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const preview = await importUnitList({ actor, file: { name: input.file.name, size: input.file.size, bytes }, commit: input.commit });
  if (preview.committed) revalidatePath(UNITS, "layout");
  return preview;
});
