import { notFound } from "next/navigation";
import { EditorAttachmentsPanel } from "@/components/workspace/editor/attachments-panel";
import { PartEditor } from "@/components/workspace/editor/part-editor";
import { requireActor } from "@/lib/server/auth/session";
import { listWorkspaceAttachments } from "@/lib/server/attachments/get-workspace-attachments";
import { isAppError } from "@/lib/server/errors";
import { findPart } from "@/lib/workspace/parts";
import { ZYear } from "@/lib/workspace/schemas";
import styles from "@/components/workspace/editor/editor.module.css";

/** One part of the package; the draft itself is held by the edit layout. The attachments part reads its files here. */
export default async function PartPage({ params }: { params: Promise<{ unitCode: string; year: string; part: string }> }) {
  const { unitCode, year, part: slug } = await params;
  const part = findPart(slug);
  if (!part) notFound();
  return (
    <>
      <h1 className={styles.partTitle}>{part.title}</h1>
      {part.slug === "attachments" ? <EditorAttachmentsPanel attachments={await attachmentRows(unitCode, year)} /> : <PartEditor part={part.slug} />}
    </>
  );
}

async function attachmentRows(unitCode: string, yearText: string) {
  const year = ZYear.safeParse(yearText);
  if (!year.success) notFound();
  const actor = await requireActor(`/workspace/reports/${unitCode}/${yearText}/edit/attachments`);
  try {
    const rows = await listWorkspaceAttachments({ actor, unitCode: decodeURIComponent(unitCode), year: year.data });
    return rows.map((a) => ({ kind: a.kind, fileName: a.fileName, byteSize: a.byteSize, uploadedAt: a.uploadedAt.toISOString() }));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
