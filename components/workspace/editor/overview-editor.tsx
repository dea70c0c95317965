"use client";
import { setPath } from "@/lib/workspace/immutable";
import { fieldAnchorId } from "@/lib/disclosure/fields/paths";
import { CarriedMark, TextField } from "./fields";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** 概况: duties as an ordered list (add, remove, move), organisation, composition. */
export function OverviewEditor() {
  const { pkg, update, info } = useDraft();
  const duties = pkg.overview.duties;
  const setDuties = (next: string[]) => update((p) => setPath(p, ["overview", "duties"], next));
  const move = (from: number, to: number) => {
    const next = [...duties];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    setDuties(next);
  };
  return (
    <>
      <h2>
        部门职责 <CarriedMark path="overview.duties" />
      </h2>
      <ol className={styles.duties} id={fieldAnchorId("overview.duties")}>
        {duties.map((duty, i) => (
          <li key={i}>
            <label htmlFor={fieldAnchorId(`overview.duties[${i}]`)} className="visually-hidden">
              第{i + 1}条职责
            </label>
            <textarea
              id={fieldAnchorId(`overview.duties[${i}]`)}
              rows={2}
              value={duty}
              disabled={!info.editable}
              onChange={(e) => setDuties(duties.map((d, j) => (j === i ? e.target.value : d)))}
            />
            {info.editable && (
              <span className={styles.rowTools}>
                <button type="button" className={styles.linkButton} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`第${i + 1}条上移`}>
                  上移
                </button>
                <button
                  type="button"
                  className={styles.linkButton}
                  disabled={i === duties.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={`第${i + 1}条下移`}
                >
                  下移
                </button>
                <button type="button" className={styles.linkButton} onClick={() => setDuties(duties.filter((_, j) => j !== i))} aria-label={`删除第${i + 1}条`}>
                  删除
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {info.editable && (
        <button type="button" className="button button-secondary" onClick={() => setDuties([...duties, ""])}>
          添加一条职责
        </button>
      )}
      <h2>机构设置</h2>
      <TextField path={["overview", "organization"]} multiline />
      <h2>决算单位构成</h2>
      <TextField path={["overview", "composition"]} multiline rows={2} />
    </>
  );
}
