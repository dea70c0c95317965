"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { saveDepartmentTextsAction } from "@/lib/server/actions/department-actions";
import type { DepartmentTextField } from "@/lib/workspace/department-texts";

/** The department report's texts (概况, 变动原因, 三公说明, 其他事项, 绩效); 决算单位构成 comes from the tree. */
export function DepartmentTextsForm(props: { reportId: string; version: number; fields: readonly DepartmentTextField[]; values: Record<string, string>; editable: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(form: FormData) {
    setMessage(null);
    const result = await saveDepartmentTextsAction(form);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setMessage({ ok: true, text: "已保存" });
    router.refresh();
  }
  return (
    <form action={save} data-testid="department-texts">
      <input type="hidden" name="reportId" value={props.reportId} />
      <input type="hidden" name="version" value={props.version} />
      <p>
        <label htmlFor="dept-duties">部门职责（每行一条）</label>
        <br />
        <textarea id="dept-duties" name="overview.duties" rows={4} cols={80} defaultValue={props.values["overview.duties"]} readOnly={!props.editable} />
      </p>
      {props.fields.map((f) => (
        <p key={f.path}>
          <label htmlFor={`dept-${f.path}`}>{f.label}{f.optional ? "（可选）" : ""}</label>
          <br />
          <textarea id={`dept-${f.path}`} name={f.path} rows={3} cols={80} defaultValue={props.values[f.path]} readOnly={!props.editable} />
        </p>
      ))}
      {props.editable && <button type="submit" className="button">保存文字</button>}
      {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "muted" : "notice"}>{message.text}</p>}
    </form>
  );
}
