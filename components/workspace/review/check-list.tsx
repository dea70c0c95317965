import Link from "next/link";
import type { CheckResult } from "@/lib/disclosure/model";
import styles from "./review.module.css";

/** Every check result (errors first), each with a link to remark on the field it concerns. */
export function CheckList({ checks, commentHref }: { checks: CheckResult[]; commentHref: (path: string) => string }) {
  const errors = checks.filter((c) => c.severity === "error");
  const warnings = checks.filter((c) => c.severity !== "error");
  if (checks.length === 0) return <p>全部检查通过。</p>;
  return (
    <>
      <p>
        <span className={errors.length ? styles.bad : ""}>{errors.length} 个错误</span>，{warnings.length} 个提示
      </p>
      <ol data-testid="review-checks">
        {[...errors, ...warnings].map((c, i) => (
          <li key={`${c.rule}-${c.path}-${i}`}>
            <strong className={c.severity === "error" ? styles.bad : undefined}>
              {c.severity === "error" ? "错误" : "提示"} {c.rule}
            </strong>{" "}
            {c.message}
            {c.path && (
              <>
                {" "}
                <Link href={commentHref(c.path)} scroll={false}>
                  批注
                </Link>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
