"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { fieldAnchorId } from "@/lib/disclosure/fields/paths";
import { saveDepartmentTextsAction } from "@/lib/server/actions/department-actions";
import type { DepartmentTextField, DepartmentVarianceRow } from "@/lib/workspace/department-texts";

export interface DepartmentTextsFormProps {
  reportId: string;
  version: number;
  fields: readonly DepartmentTextField[];
  values: Record<string, string>;
  /** The consolidated 公开05 lines whose variance reason the department writes (R9). */
  varianceRows: readonly DepartmentVarianceRow[];
  editable: boolean;
}

/**
 * The department report's texts (概况, 变动原因, 三公说明, 其他事项, 绩效) and the variance reasons of
 * the consolidated 公开05 lines; 决算单位构成 comes from the tree. Each input's id is its package
 * path's anchor, so a check's link leads to it.
 */
export function DepartmentTextsForm(props: DepartmentTextsFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(form: FormData) {
    setMessage(null);
    const result = await saveDepartmentTextsAction(form);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setMessage({ ok: true, text: "已保存" });
    router.refresh();
  }
  const dutiesId = fieldAnchorId("overview.duties");
  return (
    <form action={save} data-testid="department-texts">
      <input type="hidden" name="reportId" value={props.reportId} />
      <input type="hidden" name="version" value={props.version} />
      <p>
        <label htmlFor={dutiesId}>部门职责（每行一条）</label>
        <br />
        <textarea id={dutiesId} name="overview.duties" rows={4} cols={80} defaultValue={props.values["overview.duties"]} readOnly={!props.editable} />
      </p>
      {props.varianceRows.length > 0 && (
        <fieldset data-testid="department-variance-reasons">
          <legend>一般公共预算财政拨款支出决算数与年初预算数的差异原因（公开05）</legend>
          <p className="muted">以下科目汇总后的决算数（基本支出＋项目支出）与年初预算数不一致，须逐项说明原因（第三部分 五、（三））。</p>
          {props.varianceRows.map((row) => (
            <p key={row.code} data-testid={`variance-${row.code}`}>
              <label htmlFor={row.anchor}>
                {row.label}：决算数 {row.actual}，年初预算数 {row.budget}
                {row.needed ? row.reason.trim() ? "" : <strong>（须填写）</strong> : "（现已一致，可清空）"}
              </label>
              <br />
              <textarea id={row.anchor} name={row.name} rows={2} cols={80} defaultValue={row.reason} readOnly={!props.editable} />
            </p>
          ))}
        </fieldset>
      )}
      {props.fields.map((f) => (
        <p key={f.path}>
          <label htmlFor={fieldAnchorId(f.path)}>
            {f.label}
            {f.optional ? "（可选）" : ""}
          </label>
          <br />
          <textarea id={fieldAnchorId(f.path)} name={f.path} rows={3} cols={80} defaultValue={props.values[f.path]} readOnly={!props.editable} />
        </p>
      ))}
      {props.editable && (
        <button type="submit" className="button">
          保存文字
        </button>
      )}
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "muted" : "notice"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
