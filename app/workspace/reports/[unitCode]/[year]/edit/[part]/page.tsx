import { notFound } from "next/navigation";
import { PartEditor } from "@/components/workspace/editor/part-editor";
import { findPart } from "@/lib/workspace/parts";
import styles from "@/components/workspace/editor/editor.module.css";

/** One part of the package; the draft itself is held by the edit layout. */
export default async function PartPage({ params }: { params: Promise<{ part: string }> }) {
  const part = findPart((await params).part);
  if (!part) notFound();
  return (
    <>
      <h1 className={styles.partTitle}>{part.title}</h1>
      <PartEditor part={part.slug} />
    </>
  );
}
