"use client";
import type { DisclosureTable as TTable } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import type { CodeSet } from "@/lib/disclosure/codes";
import { getPath, pathString, setPath, type KeyPath } from "@/lib/workspace/immutable";
import { fieldsUnder } from "@/lib/disclosure/fields/catalog";
import { fieldAnchorId } from "@/lib/disclosure/fields/paths";
import { DisclosureTable } from "@/components/workspace/preview/disclosure-table";
import { AmountField, TextField } from "./fields";
import { CodeOptions, codeName } from "./code-picker";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

type Row = { code: string } & Record<string, unknown>;

export interface CodedRowsEditorProps {
  /** The coded list; its columns (amounts, then 公开05's variance reason) come from the field catalog. */
  path: KeyPath;
  kind: "functional" | "economic";
  accept?: (code: string) => boolean;
  /** The official table built live by the core, for the 类/款 subtotals and totals. */
  table?: (pkg: TPackage, codes: CodeSet | null) => TTable;
  addLabel?: string;
}

/** Rows entered at 项 (or economic 款) level: code, name, amounts in 元; subtotals from the core. */
export function CodedRowsEditor(props: CodedRowsEditorProps) {
  const { pkg, update, codes, info } = useDraft();
  const rows = (getPath(pkg, props.path) as Row[] | undefined) ?? [];
  const listId = `codes-${pathString(props.path).replace(/\W/g, "-")}`;
  const list = props.path.join(".");
  const columns = fieldsUnder(`${list}[]`).map((e) => ({ key: e.path.split(".").at(-1)!, label: e.column, kind: e.kind }));
  const amounts = columns.filter((c) => c.kind === "amount");
  const texts = columns.filter((c) => c.kind === "text");
  const blank = (): Row => ({ code: "", ...Object.fromEntries(amounts.map((a) => [a.key, "0.00"])) });
  // A cell also carries the id of its code path (income[code=2013101].fiscal), which comments use;
  // only the first row of a code gets it, so ids stay unique while R2 reports the duplicate.
  const firstOfCode = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.code && !firstOfCode.has(row.code)) firstOfCode.set(row.code, i);
  });
  const codeCellId = (row: Row, i: number, key: string) =>
    row.code && firstOfCode.get(row.code) === i ? fieldAnchorId(`${list}[code=${row.code}].${key}`) : undefined;

  return (
    <>
      <CodeOptions id={listId} codes={codes} kind={props.kind} accept={props.accept} />
      {/* Focusable so the keyboard can scroll it at 360 px even when every input is read-only. */}
      <div className={styles.gridWrap} tabIndex={0} role="region" aria-label={`${props.addLabel?.replace(/^添加/, "") ?? "明细"}（可左右滚动）`}>
        <table className={styles.grid}>
          <thead>
            <tr>
              <th scope="col">科目编码</th>
              <th scope="col">科目名称</th>
              {amounts.map((a) => (
                <th key={a.key} scope="col">
                  {a.label}（元）
                </th>
              ))}
              {texts.map((t) => (
                <th key={t.key} scope="col">
                  {t.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const rowPath = [...props.path, i];
              const codeId = fieldAnchorId(pathString([...rowPath, "code"]));
              const name = codeName(codes, props.kind, row.code);
              return (
                <tr key={i} id={fieldAnchorId(pathString(rowPath))}>
                  <td id={codeCellId(row, i, "code")}>
                    <label htmlFor={codeId} className="visually-hidden">
                      第{i + 1}行科目编码
                    </label>
                    <input
                      id={codeId}
                      className={styles.code}
                      list={listId}
                      value={row.code}
                      inputMode="numeric"
                      disabled={!info.editable}
                      placeholder="编码或名称"
                      aria-describedby={`${codeId}-name`}
                      onChange={(e) => {
                        // Picking "2010301 行政运行" from the list, or typing digits, both keep the digits only.
                        const code = e.target.value.trim().split(/\s+/)[0].replace(/\D/g, "").slice(0, 10);
                        update((p) => setPath(p, [...rowPath, "code"], code));
                      }}
                    />
                  </td>
                  <td id={`${codeId}-name`} className={name ? undefined : styles.unknown}>
                    {name ?? (row.code ? "编码不存在" : "")}
                  </td>
                  {amounts.map((a) => (
                    <td key={a.key} id={codeCellId(row, i, a.key)}>
                      <AmountField path={[...rowPath, a.key]} label={`第${i + 1}行${a.label}`} hideLabel />
                    </td>
                  ))}
                  {texts.map((t) => (
                    <td key={t.key} id={codeCellId(row, i, t.key)} className={styles.reason}>
                      <TextField path={[...rowPath, t.key]} label={`第${i + 1}行${t.label}`} optional multiline rows={2} hideLabel />
                    </td>
                  ))}
                  <td>
                    {info.editable && (
                      <button
                        type="button"
                        className={styles.linkButton}
                        aria-label={`删除第${i + 1}行`}
                        onClick={() =>
                          update((p) =>
                            setPath(
                              p,
                              props.path,
                              rows.filter((_, j) => j !== i),
                            ),
                          )
                        }
                      >
                        删除
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {info.editable && (
        <button type="button" className="button button-secondary" onClick={() => update((p) => setPath(p, props.path, [...rows, blank()]))}>
          {props.addLabel ?? "添加一行"}
        </button>
      )}
      {props.table && (
        <section aria-label="实时汇总" className={styles.live}>
          <h3>实时汇总（公开表口径，万元，自动计算类、款小计）</h3>
          <LiveTable build={() => props.table!(pkg, codes)} />
        </section>
      )}
    </>
  );
}

/** A half-typed row (no code yet) must not take the page down: the summary waits for it. */
function LiveTable({ build }: { build: () => TTable }) {
  let table: TTable | null;
  try {
    table = build();
  } catch {
    table = null;
  }
  return table ? <DisclosureTable table={table} /> : <p className="muted">请先填完整科目编码，汇总表随后显示。</p>;
}
