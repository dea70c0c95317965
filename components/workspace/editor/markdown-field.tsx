"use client";
import { useState } from "react";
import { getPath, pathString, type KeyPath } from "@/lib/workspace/immutable";
import { catalogEntry } from "@/lib/disclosure/fields/catalog";
import { fieldAnchorId, fieldPattern } from "@/lib/disclosure/fields/paths";
import { RichText } from "@/components/public/rich-text";
import { TextField } from "./fields";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** Markdown text with a preview toggle, drawn by the renderer the published page and PDF use. */
export function MarkdownField({
  path,
  label = catalogEntry(fieldPattern(pathString(path)))?.column ?? pathString(path),
  rows = 12,
}: {
  path: KeyPath;
  label?: string;
  rows?: number;
}) {
  const { pkg } = useDraft();
  const [preview, setPreview] = useState(false);
  return (
    <div className={styles.markdown} id={`${fieldAnchorId(pathString(path))}-box`}>
      <button type="button" className={styles.linkButton} onClick={() => setPreview(!preview)} aria-pressed={preview}>
        {preview ? "返回编辑" : "预览排版"}
      </button>
      {preview ? (
        <div className={styles.markdownPreview}>
          <RichText text={(getPath(pkg, path) as string) ?? ""} topHeading="h3" />
        </div>
      ) : (
        <TextField path={path} label={`${label}（支持 Markdown）`} multiline rows={rows} />
      )}
    </div>
  );
}
