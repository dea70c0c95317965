"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MESSAGES,
  formatFileSize,
  workspaceAttachmentPath,
  type TAttachmentKind,
} from "@/lib/public/attachments";
import type { TReportKind } from "@/lib/rules/department";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** What the page hands over of each attachment (dates as text: a server → client prop). */
export interface AttachmentRow {
  kind: TAttachmentKind;
  fileName: string;
  byteSize: number;
  uploadedAt: string;
}

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; message: string } | { kind: "failed"; message: string };

const HINTS: Record<TAttachmentKind, string> = {
  STAMPED: "报告定稿盖章后的扫描件，公开后与报告一同公开。",
  SELF_EVALUATION: "部门整体支出绩效自评表，公开后与报告一同公开。",
};

/** The report whose current revision the panel shows: the unit report in the editor, or a department report. */
export interface AttachmentsReport {
  reportId: string;
  unitCode: string;
  year: number;
  kind: TReportKind;
  editable: boolean;
}

/** The panel in the editor: the draft being edited (a unit report). */
export function EditorAttachmentsPanel({ attachments }: { attachments: AttachmentRow[] }) {
  const { info } = useDraft();
  return (
    <AttachmentsPanel
      attachments={attachments}
      report={{ reportId: info.reportId, unitCode: info.unitCode, year: info.year, kind: "UNIT", editable: info.editable }}
    />
  );
}

/**
 * The current revision's PDFs: upload (replacing the kind's file), download, delete. Uploads go to
 * the attachments route (up to 20 MB; the server checks the content, the scope and the state);
 * the page is then re-read (in the editor, the draft in the browser is kept).
 */
export function AttachmentsPanel({ attachments, report: info }: { attachments: AttachmentRow[]; report: AttachmentsReport }) {
  const router = useRouter();
  const [state, setState] = useState<Record<TAttachmentKind, State>>({ STAMPED: { kind: "idle" }, SELF_EVALUATION: { kind: "idle" } });
  const route = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}/attachments`;
  const set = (kind: TAttachmentKind, s: State) => setState((all) => ({ ...all, [kind]: s }));

  async function send(kind: TAttachmentKind, body: FormData, done: string) {
    set(kind, { kind: "busy" });
    body.set("reportId", info.reportId);
    body.set("kind", kind);
    const response = await fetch(route, { method: "POST", body }).catch(() => null);
    const result = (await response?.json().catch(() => null)) as { ok: boolean; message?: string } | null;
    if (!result) return set(kind, { kind: "failed", message: response?.status === 413 ? ATTACHMENT_MESSAGES.tooLarge : "网络错误，附件未保存" });
    if (!result.ok) return set(kind, { kind: "failed", message: result.message ?? "附件未保存" });
    set(kind, { kind: "done", message: done });
    router.refresh();
  }

  function onUpload(kind: TAttachmentKind) {
    return async (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const file = new FormData(event.currentTarget).get("file");
      if (!(file instanceof File) || file.name === "") return set(kind, { kind: "failed", message: ATTACHMENT_MESSAGES.noFile });
      if (file.size === 0) return set(kind, { kind: "failed", message: ATTACHMENT_MESSAGES.empty });
      if (file.size > ATTACHMENT_MAX_BYTES) return set(kind, { kind: "failed", message: ATTACHMENT_MESSAGES.tooLarge });
      const body = new FormData();
      body.set("file", file);
      await send(kind, body, `已上传：${file.name}`);
      event.currentTarget?.reset();
    };
  }

  function onDelete(kind: TAttachmentKind, fileName: string) {
    if (!window.confirm(`删除附件“${fileName}”吗？`)) return;
    const body = new FormData();
    body.set("intent", "delete");
    void send(kind, body, "附件已删除");
  }

  return (
    <>
      <p className="muted">
        附件随本版本保存，提交后不能再改；公开后与报告一同公开、不能再改（更正时沿用本版本的附件，可重新上传替换）。只接受 PDF
        文件（按文件内容判断），每个不超过 20 MB。
      </p>
      {ATTACHMENT_KINDS.map((kind) => {
        const current = attachments.find((a) => a.kind === kind);
        const s = state[kind];
        const inputId = `attachment-${kind}`;
        return (
          <section key={kind} className={styles.group} aria-labelledby={`${inputId}-h`} data-testid={`attachment-${kind}`}>
            <h2 id={`${inputId}-h`}>{ATTACHMENT_LABELS[kind]}</h2>
            <p className="muted">{HINTS[kind]}</p>
            {current ? (
              <p>
                当前文件：
                <a href={workspaceAttachmentPath(info.unitCode, info.year, kind, info.kind)} download={current.fileName}>
                  {current.fileName}
                </a>
                （{formatFileSize(current.byteSize)}，{new Date(current.uploadedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })} 上传）
                {info.editable && (
                  <button type="button" className="button button-secondary" disabled={s.kind === "busy"} onClick={() => onDelete(kind, current.fileName)}>
                    删除
                  </button>
                )}
              </p>
            ) : (
              <p>尚未上传。</p>
            )}
            {info.editable && (
              <form onSubmit={onUpload(kind)} className={styles.importForm}>
                <label htmlFor={inputId}>{current ? "上传新文件替换" : "选择 PDF 文件"}（不超过 20 MB）</label>
                <input id={inputId} name="file" type="file" accept=".pdf,application/pdf" />
                <button className="button" type="submit" disabled={s.kind === "busy"}>
                  {s.kind === "busy" ? "正在上传…" : "上传"}
                </button>
              </form>
            )}
            {s.kind === "done" && (
              <p className={styles.ok} role="status">
                {s.message}
              </p>
            )}
            {s.kind === "failed" && (
              <p className={styles.importErrors} role="alert">
                {s.message}
              </p>
            )}
          </section>
        );
      })}
    </>
  );
}
