import Link from "next/link";
import { compare, formatWanTable, parseYuan } from "@/lib/disclosure/money";
import { changeText } from "@/lib/public/change-text";
import type { TReviewChange } from "@/lib/workspace/review-diff";
import styles from "./review.module.css";

/** How many changed fields are listed; a larger change says how many more there are. */
const SHOWN = 200;

function value(change: TReviewChange, side: "before" | "after") {
  const v = change[side];
  if (v === null) return <span className="muted">（无）</span>;
  return change.kind === "amount" ? `${formatWanTable(parseYuan(v))} 万元` : v;
}

function delta(change: TReviewChange) {
  if (change.kind !== "amount") return "";
  const before = parseYuan(change.before ?? "0.00");
  const after = parseYuan(change.after ?? "0.00");
  return compare(after, before).direction === "flat" ? "" : `${changeText(after, before).amount} 万元`;
}

/** The fields that changed since `baseLabel`, with before, after and the change in 万元. */
export function ChangeList({ changes, baseLabel, commentHref }: { changes: TReviewChange[]; baseLabel: string; commentHref: (path: string) => string }) {
  if (changes.length === 0) return <p className="muted">与{baseLabel}相比没有变化。</p>;
  return (
    <>
      <p className="muted">
        与{baseLabel}相比，{changes.length} 处变化：
      </p>
      <table className={styles.table} data-testid="change-list">
        <thead>
          <tr>
            <th scope="col">字段</th>
            <th scope="col" className={styles.num}>
              原值
            </th>
            <th scope="col" className={styles.num}>
              现值
            </th>
            <th scope="col" className={styles.num}>
              增减
            </th>
            <th scope="col">批注</th>
          </tr>
        </thead>
        <tbody>
          {changes.slice(0, SHOWN).map((c) => (
            <tr key={c.path}>
              <td>{c.label}</td>
              {/* Amounts and counts align on the right; a changed text reads from the left. */}
              <td className={c.kind === "text" ? undefined : styles.num}>{value(c, "before")}</td>
              <td className={c.kind === "text" ? undefined : styles.num}>{value(c, "after")}</td>
              <td className={styles.num}>{delta(c)}</td>
              <td>
                <Link href={commentHref(c.path)} scroll={false}>
                  批注
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > SHOWN && <p className="muted">另有 {changes.length - SHOWN} 处变化未列出。</p>}
    </>
  );
}
