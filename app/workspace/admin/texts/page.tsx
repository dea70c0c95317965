import type { Metadata } from "next";
import { ActionForm } from "@/components/workspace/admin/action-form";
import { AdminNav } from "@/components/workspace/admin/admin-nav";
import styles from "@/components/workspace/admin/admin.module.css";
import { saveGlossaryAction } from "@/lib/server/actions/admin-settings-actions";
import { requireAdminPage } from "@/lib/server/admin/require-admin-page";
import { getDefaultGlossary } from "@/lib/server/texts/get-default-glossary";

export const metadata: Metadata = { title: "默认文本" };

const PATH = "/workspace/admin/texts";

export default async function AdminTextsPage() {
  await requireAdminPage(PATH);
  const glossary = await getDefaultGlossary();
  return (
    <>
      <h1>默认文本</h1>
      <AdminNav current={PATH} />
      <h2>名词解释</h2>
      <p className="muted">
        新建草稿时提供的名词解释（第四部分）。每行一条，写成“名词：解释”。{glossary.edited ? "当前为管理员修改后的文本。" : "当前为参考报告中的标准文本。"}
      </p>
      <ActionForm action={saveGlossaryAction} submitLabel="保存名词解释">
        <div className={styles.field}>
          <label htmlFor="glossary">名词解释</label>
          <textarea id="glossary" name="glossary" rows={14} defaultValue={glossary.entries.map((e) => `${e.term}：${e.definition}`).join("\n")} />
        </div>
      </ActionForm>
    </>
  );
}
