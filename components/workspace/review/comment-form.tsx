"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { addCommentAction } from "@/lib/server/actions/add-comment-action";
import styles from "./review.module.css";

interface Props {
  reportId: string;
  parts: { slug: string; title: string }[];
  /** A field chosen from the diff or the checks (?field=…), with its label. */
  field: { path: string; label: string; part: string } | null;
  /** Every field of the package with its part, for choosing one here. */
  fields: { path: string; label: string; part: string }[];
}

/** A remark on a part of the report, or on the chosen field; the clerk sees it beside that field. */
export function CommentForm({ reportId, parts, field, fields }: Props) {
  const router = useRouter();
  const [section, setSection] = useState(field?.part ?? "report");
  const [picked, setPicked] = useState("");
  const fieldPath = field?.path ?? (picked || undefined);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await addCommentAction({ reportId, section, fieldPath, body }).catch(() => null);
    setBusy(false);
    if (!result) return setError("网络错误，请稍后重试");
    if (!result.ok) return setError(result.fieldErrors?.body ?? result.message);
    setBody("");
    router.replace("?", { scroll: false });
    router.refresh();
  }

  return (
    <form className={styles.panel} id="comment-form" onSubmit={submit}>
      <h2>批注</h2>
      {field ? (
        <p>
          字段：<strong data-testid="comment-field">{field.label}</strong>
        </p>
      ) : (
        <>
          <label>
            部分
            <select
              value={section}
              onChange={(e) => {
                setSection(e.target.value);
                setPicked("");
              }}
            >
              <option value="report">整份报告</option>
              {parts.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          {section !== "report" && (
            <label>
              字段（可不选）
              <select value={picked} onChange={(e) => setPicked(e.target.value)}>
                <option value="">整个部分</option>
                {fields
                  .filter((f) => f.part === section)
                  .map((f) => (
                    <option key={f.path} value={f.path}>
                      {f.label}
                    </option>
                  ))}
              </select>
            </label>
          )}
        </>
      )}
      <label htmlFor="comment-body">批注内容</label>
      <textarea id="comment-body" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <p>
        <button type="submit" className="button button-secondary" disabled={busy}>
          添加批注
        </button>
      </p>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
