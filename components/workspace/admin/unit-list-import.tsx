"use client";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/server/actions/action-result";
import type { UnitListPreview } from "@/lib/server/units/import-unit-list";
import styles from "./admin.module.css";

const OUTCOME = { create: "新建", update: "修改", unchanged: "不变", refused: "拒绝" } as const;

/**
 * 导入单位名录: choose a file → preview (created, changed, refused) → 确认导入 sends the same
 * file again with commit, which the server applies all or nothing.
 */
export function UnitListImport({ action }: { action: (input: FormData) => Promise<ActionResult<UnitListPreview>> }) {
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<UnitListPreview> | null>(null);

  async function send(commit: boolean) {
    if (!file) return;
    const data = new FormData();
    data.set("file", file);
    data.set("commit", commit ? "true" : "false");
    setPending(true);
    setResult(await action(data));
    setPending(false);
  }

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await send(false);
  }

  const preview = result?.ok ? result.data : result && !result.ok ? ((result.details as UnitListPreview | undefined) ?? null) : null;
  return (
    <div>
      <form className={styles.form} onSubmit={onPreview}>
        <div className={styles.field}>
          <label htmlFor="unit-list-file">单位名录文件（CSV 或 XLSX，不超过 5 MB）</label>
          <input
            id="unit-list-file"
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </div>
        <div className={styles.inline}>
          <button className="button" type="submit" disabled={!file || pending}>
            预览
          </button>
        </div>
      </form>
      {result && !result.ok && (
        <p className={styles.error} role="alert">
          {result.message}
        </p>
      )}
      {preview && (
        <section aria-label="导入预览">
          <p>文件编码：{preview.encoding}</p>
          <p className={styles.counts}>
            <span>新建 {preview.counts.create}</span>
            <span>修改 {preview.counts.update}</span>
            <span>不变 {preview.counts.unchanged}</span>
            <span className={preview.counts.refused ? styles.refused : undefined}>拒绝 {preview.counts.refused}</span>
          </p>
          {preview.committed ? (
            <p className={styles.ok} role="status">
              已导入：新建 {preview.counts.create} 个单位，修改 {preview.counts.update} 个。
            </p>
          ) : preview.counts.refused > 0 ? (
            <p className={styles.error}>有被拒绝的行，整个文件不会导入。请修改文件后重新预览。</p>
          ) : (
            <button className="button" type="button" disabled={pending || preview.counts.create + preview.counts.update === 0} onClick={() => send(true)}>
              确认导入
            </button>
          )}
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">行</th>
                <th scope="col">结果</th>
                <th scope="col">编码</th>
                <th scope="col">名称</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={`${row.line}-${row.code}`} className={row.outcome === "refused" ? styles.refused : undefined}>
                  <td>{row.line}</td>
                  <td>{OUTCOME[row.outcome]}</td>
                  <td>{row.code}</td>
                  <td>{row.name}</td>
                  <td>{row.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
