"use client";
import { useState, type FormEvent } from "react";
import type { TPackage } from "@/lib/disclosure/package";
import { IMPORT_EMPTY_FILE, IMPORT_MAX_BYTES, IMPORT_NO_FILE } from "@/lib/workspace/schemas";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

type ImportState = { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; message: string; issues: string[] };

/** Export (JSON package, filled XLSX, empty template) and import (XLSX template or JSON, ≤ 5 MB). */
export function TransferPanel() {
  const { info, dirty, reset } = useDraft();
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}`;

  async function onImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.name === "") return setState({ kind: "failed", message: IMPORT_NO_FILE, issues: [] });
    if (file.size === 0) return setState({ kind: "failed", message: IMPORT_EMPTY_FILE, issues: [] });
    if (!/\.(xlsx|json)$/i.test(file.name)) return setState({ kind: "failed", message: "只能导入 .xlsx 或 .json 文件", issues: [] });
    if (file.size > IMPORT_MAX_BYTES) return setState({ kind: "failed", message: "文件超过 5 MB，请检查后重新选择", issues: [] });
    if (dirty && !window.confirm("导入将替换草稿的全部内容，页面上尚未保存的修改会丢失。确定导入吗？")) return;
    setState({ kind: "busy" });
    const body = new FormData();
    body.set("file", file);
    body.set("reportId", info.reportId);
    body.set("version", String(info.version));
    const response = await fetch(`${base}/import`, { method: "POST", body }).catch(() => null);
    const result = (await response?.json().catch(() => null)) as
      { ok: true; version: number; package: TPackage } | { ok: false; message: string; details?: { issues?: string[] } } | null;
    if (!result) return setState({ kind: "failed", message: "网络错误，未能导入", issues: [] });
    if (!result.ok) return setState({ kind: "failed", message: result.message, issues: result.details?.issues ?? [] });
    reset(result.package, result.version);
    setState({ kind: "done" });
  }

  return (
    <>
      <h2>导出</h2>
      <ul className={styles.downloads}>
        <li>
          <a href={`${base}/export?format=xlsx`} download>
            下载已填数据（XLSX 模板）
          </a>
        </li>
        <li>
          <a href={`${base}/export?format=template`} download>
            下载空白模板（XLSX）
          </a>
        </li>
        <li>
          <a href={`${base}/export?format=json`} download>
            下载数据包（JSON）
          </a>
        </li>
      </ul>
      <p className="muted">导出的是最近一次保存的内容。模板每张工作表对应一张公开表，金额以元为单位填写。</p>
      {info.editable && (
        <>
          <h2>导入</h2>
          <form onSubmit={onImport} className={styles.importForm}>
            <label htmlFor="import-file">选择填好的 XLSX 模板或 JSON 数据包（不超过 5 MB）</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
            <button className="button" type="submit" disabled={state.kind === "busy"}>
              {state.kind === "busy" ? "正在导入…" : "导入并替换草稿"}
            </button>
          </form>
          {state.kind === "done" && (
            <p className={styles.ok} role="status">
              导入成功，草稿已更新。
            </p>
          )}
          {state.kind === "failed" && (
            <div className={styles.importErrors} role="alert">
              <p>{state.message}</p>
              {state.issues.length > 0 && (
                <ul>
                  {state.issues.map((issue, i) => (
                    <li key={i}>{issue}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
