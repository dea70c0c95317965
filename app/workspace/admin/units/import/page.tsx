import type { Metadata } from "next";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import { UnitListImport } from "@/components/workspace/admin/unit-list-import";
import { importUnitListAction } from "@/lib/server/actions/admin-unit-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { UNIT_LIST_TEMPLATE_HEADER } from "@/lib/admin/unit-list";

export const metadata: Metadata = { title: "导入单位名录" };

export default async function UnitListImportPage() {
  await requireAdminPage("/workspace/admin/units/import");
  return (
    <>
      <h1>导入单位名录</h1>
      <AdminNav current="/workspace/admin/units" />
      <p>
        CSV（UTF-8、带 BOM 的 UTF-8 或 GBK 编码均可，自动识别）或 XLSX（第一个工作表）。第 1 行为表头：
        <code>{UNIT_LIST_TEMPLATE_HEADER.join(",")}</code>。上级单位可以在系统中已有，也可以在同一文件中。
      </p>
      <p className="muted">先预览将新建、修改和拒绝的单位；确认后整个文件一次导入，有任何一行被拒绝则什么都不写入。</p>
      <UnitListImport action={importUnitListAction} />
    </>
  );
}
